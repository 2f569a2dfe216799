import { describe, expect, it } from 'vitest';
import { allMatches } from '$lib/extract/matches';

/** What `allMatches` stands in for. */
const viaMatchAll = (re: RegExp, text: string) =>
	[...text.matchAll(re)].map((m) => [m.index, ...m]);
const via = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
	it.each([
		[/召开|主持/g, '景俊海主持召开会议，韩俊主持'],
		[/(\d+)例/g, '新增165例，其中长春市97例'],
		[/x*/g, 'axbxx'],
		[/(?:)/gu, 'a😀b'],
		[/会/g, '没有']
	])('finds what matchAll finds: %s', (re, text) => {
		expect(via(re, text)).toEqual(viaMatchAll(re, text));
	});

	it('starts at 0 and leaves lastIndex at 0', () => {
		const re = /例/g;
		re.lastIndex = 3;
		expect(allMatches(re, '1例2例').map((m) => m.index)).toEqual([1, 3]);
		expect(re.lastIndex).toBe(0);
	});

	it('refuses a regex that is not global, as matchAll does', () => {
		expect(() => allMatches(/例/, '1例')).toThrow(TypeError);
	});
});
