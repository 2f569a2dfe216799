/**
 * Bytes to text. Chinese archives are UTF-8 (with or without BOM) or GB18030; anything else is
 * not an article.
 */

export type DecodeResult =
	{ ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** Decode a file's bytes; CRLF and lone CR become LF, a leading BOM is dropped. */
export function decodeText(input: string | Uint8Array): DecodeResult {
	if (typeof input === 'string') return { ok: true, text: normalise(input), encoding: 'utf-8' };
	if (looksBinary(input)) return { ok: false, reason: 'it contains NUL bytes (a binary file?)' };
	try {
		return { ok: true, text: normalise(utf8.decode(input)), encoding: 'utf-8' };
	} catch {
		try {
			return { ok: true, text: normalise(gb18030.decode(input)), encoding: 'gb18030' };
		} catch {
			return { ok: false, reason: 'its bytes are neither UTF-8 nor GB18030 text' };
		}
	}
}

function normalise(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** NUL bytes never occur in UTF-8 or GB18030 text. */
function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 8192);
	return head.includes(0);
}
