/** Text from file names, safe to print on a terminal or show in a page. */

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides as
 * escapes: `a\nb.txt`, `\x1b[2J`, `\u202e`.
 */
export function terminalSafe(text: string): string {
	return text.replace(
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
		(c) => {
			const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
			const code = c.charCodeAt(0);
			return (
				named[c] ??
				(code < 0x100
					? `\\x${code.toString(16).padStart(2, '0')}`
					: `\\u${code.toString(16).padStart(4, '0')}`)
			);
		}
	);
}
