import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '$lib/white-space';

describe('isWhiteSpace', () => {
	it('is what `\\s` and trim() call white space, for every UTF-16 code unit', () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			const ch = String.fromCharCode(c);
			if (isWhiteSpace(c) !== /\s/.test(ch) || isWhiteSpace(c) !== (ch.trim() === ''))
				differ.push(c);
		}
		expect(differ).toEqual([]);
	});

	it('is false past the end of a text', () => {
		expect(isWhiteSpace('a'.charCodeAt(1))).toBe(false);
	});
});
