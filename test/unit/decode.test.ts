/**
 * `decodeText` reads UTF-8 through Node's transcoding rather than TextDecoder: on any bytes it must
 * answer what the fatal TextDecoder (then GB18030) answers, byte-order marks included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/corpus/decode';

/** The decoder as written before: TextDecoder for UTF-8, then GB18030; CR and one BOM dropped. */
function reference(bytes: Uint8Array) {
	const normalise = (text: string) =>
		(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
	for (const encoding of ['utf-8', 'gb18030'] as const) {
		try {
			const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
			return { ok: true, text: normalise(text), encoding };
		} catch {
			// the next encoding
		}
	}
	return { ok: false };
}

describe('decodeText', () => {
	it('reads any bytes (without NUL or a UTF-16 mark) as TextDecoder does', () => {
		const piece = fc.constantFrom(
			[0x41],
			[0x0d, 0x0a],
			[0x0d],
			[0xef, 0xbb, 0xbf],
			[0xe5, 0xad, 0x97],
			[0xf0, 0x9f, 0x98, 0x80],
			[0xf4, 0x8f, 0xbf, 0xbf],
			[0xef, 0xbf, 0xbe],
			[0xc2, 0x85],
			[0xed, 0xa0, 0x80],
			[0xc0, 0x80],
			[0xe4, 0xb8],
			[0x80],
			[0xb0, 0xa1],
			[0xff]
		);
		let utf8 = 0;
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
				const bytes = new Uint8Array(pieces.flat());
				fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe));
				const ours = decodeText(bytes);
				if (ours.ok && ours.encoding === 'utf-8') utf8++;
				expect(
					ours.ok ? { ok: true, text: ours.text, encoding: ours.encoding } : { ok: false }
				).toEqual(reference(bytes));
			}),
			{ numRuns: 5000 }
		);
		expect(utf8).toBeGreaterThan(500);
	});

	it('drops one byte-order mark, as TextDecoder does, and normalise one more', () => {
		const bom = [0xef, 0xbb, 0xbf];
		const text = (bytes: number[]) => {
			const decoded = decodeText(new Uint8Array(bytes));
			return decoded.ok ? decoded.text : null;
		};
		expect(text([...bom, 0x41])).toBe('A');
		expect(text([...bom, ...bom, 0x41])).toBe('A');
		expect(text([...bom, ...bom, ...bom, 0x41])).toBe('\ufeffA');
		expect(text([0x41, ...bom])).toBe('A\ufeff');
	});
});
