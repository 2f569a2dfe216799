/**
 * Whether a UTF-16 code unit is white space as `\s` and `trim()` know it: the rules test text a
 * character at a time, and this is the one definition they share (NaN, past the end: false).
 */
export function isWhiteSpace(c: number): boolean {
	if (c > 0x20 && c < 0xa0) return false;
	return (
		(c >= 0x09 && c <= 0x0d) ||
		c === 0x20 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}
