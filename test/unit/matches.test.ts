import { describe, expect, it } from 'vitest';
import { allMatches, opened, openedMatches, presentLists, wordLists } from '$lib/extract/matches';

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

describe('openedMatches', () => {
	const viaOpened = (re: RegExp, openings: string[], text: string) =>
		openedMatches(opened(re, openings), text).map((m) => [m.index, ...m]);

	it.each([
		[/调研指导|调研|实地(检查|察看)/g, ['调研', '实地'], '到长春调研指导，随后实地察看，再调研'],
		// A look-behind sees the text before the index tried, as in a search from 0.
		[
			/(?=检查)(?<=(?:到|赴)[^，。]{1,8}?)检查/g,
			['检查'],
			'到长春市检查工作，检查结束；赴延边检查'
		],
		[/(\d+)例/g, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], '新增165例，其中长春市97例'],
		[/会/g, ['会'], '没有'],
		// Openings are words, not patterns.
		[/a\.b|\(x\)/g, ['a.', '('], 'aXb a.b (x) a.b']
	])('finds what allMatches finds: %s', (re, openings, text) => {
		expect(viaOpened(re, openings, text)).toEqual(via(re, text));
	});

	it('goes on after a match, not inside it', () => {
		expect(viaOpened(/调研调研|研调/g, ['调研', '研调'], '调研调研调')).toEqual([[0, '调研调研']]);
	});

	it('refuses an empty opening and a unicode regex', () => {
		expect(() => opened(/a/g, [''])).toThrow(TypeError);
		expect(() => opened(/a/gu, ['a'])).toThrow(TypeError);
	});
});

describe('presentLists', () => {
	const lists = wordLists([['发布会', '通气会'], ['视'], ['会上', '会议上'], ['会见']]);

	it.each([
		['召开新闻发布会', 0b0001],
		['以视频形式召开会议', 0b0010],
		['在会议上强调，并会见专家', 0b1100],
		['在新闻通气会上介绍', 0b0101],
		['没有', 0]
	])('tells which lists have a word in %s', (text, bits) => {
		expect(presentLists(lists, text)).toBe(bits);
	});

	it('agrees with a regex test per list', () => {
		const res = [/发布会|通气会/, /视/, /会议?上/, /会见/];
		for (const text of ['会', '会议', '会议上视', '通气会见', '发布会上']) {
			const bits = res.reduce((b, re, i) => (re.test(text) ? b | (1 << i) : b), 0);
			expect(presentLists(lists, text)).toBe(bits);
		}
	});

	it('refuses an empty word', () => {
		expect(() => wordLists([['a', '']])).toThrow(TypeError);
	});

	it('finds words of two characters or more at odd and even offsets alike', () => {
		const pairs = wordLists([
			['发布会', '通气会'],
			['视频', '电视电话'],
			['会上', '会议上'],
			['会见']
		]);
		expect(pairs.pairs).not.toBeNull();
		expect(lists.pairs).toBeNull();
		const res = [/发布会|通气会/, /视频|电视电话/, /会议?上/, /会见/];
		const pieces = ['会', '议', '上', '见', '发布', '通气', '视', '频', '电视', '电话', '甲', '乙'];
		// Every text of up to four pieces: each word starts at an odd offset in some and an even
		// one in others, and ends the text in some.
		const texts = [''];
		for (let n = 0; n < 4; n++) {
			for (const text of [...texts]) for (const piece of pieces) texts.push(text + piece);
		}
		for (const text of texts) {
			const bits = res.reduce((b, re, i) => (re.test(text) ? b | (1 << i) : b), 0);
			expect(presentLists(pairs, text)).toBe(bits);
		}
	});
});
