import { describe, expect, it } from 'vitest';
import { isApproximate, NUMBER_PATTERN, parseChineseNumber } from '$lib/extract/numbers';

describe('parseChineseNumber', () => {
	it.each<[string, number | null]>([
		['165', 165],
		['１６５', 165],
		['0', 0],
		['1,234', 1234],
		['1.5', 1.5],
		['一', 1],
		['十', 10],
		['十二', 12],
		['二十', 20],
		['三十一', 31],
		['一百六十五', 165],
		['一百零五', 105],
		['一千零五十', 1050],
		['两千零三', 2003],
		['两百', 200],
		['一万二千', 12000],
		['十万', 100000],
		['一亿二千万', 120000000],
		['零', 0],
		['〇', 0],
		['二〇二二', 2022],
		['一〇八', 108],
		['廿一', 21],
		['壹佰陆拾伍', 165],
		['1.2万', 12000],
		['1.1万', 11000],
		['3万', 30000],
		['3万余', 30000],
		['1000余', 1000],
		['3千', 3000],
		['1万2千', 12000],
		['１．２万', 12000],
		['', null],
		['万', null],
		['例', null],
		['十几', null],
		['三五', null],
		['abc', null]
	])('%s -> %s', (input, expected) => {
		expect(parseChineseNumber(input)).toBe(expected);
	});
});

describe('NUMBER_PATTERN', () => {
	const re = new RegExp(`(${NUMBER_PATTERN})例`, 'g');
	it.each([
		['全省新增本地确诊病例165例、全省新增本地无症状感染者179例', ['165', '179']],
		['延边州珲春市报告1例本土新冠肺炎确诊病例', ['1']],
		['新增本地确诊病例1.2万例', ['1.2万']],
		['累计报告3万余例', ['3万余']],
		['报告一百六十五例', ['一百六十五']],
		['全省新增１６５例', ['１６５']]
	])('%s', (text, expected) => {
		expect([...text.matchAll(re)].map((m) => m[1])).toEqual(expected);
	});
});

describe('isApproximate', () => {
	it.each<[string, string, string, boolean]>([
		['1.2万余', '感染者', '例', true],
		['300多', '新增', '例', true],
		['3万余', '', '', true],
		['1400', '病例约', '例，', true],
		['千', '仍有近', '例', true],
		['1万', '超过', '例', true],
		['500', '逾', '例', true],
		['1400', '病例', '例左右', true],
		['1456', '病例', '例、', false],
		['165', '新增', '例', false],
		['一百六十五', '报告', '例', false],
		// 近 as part of a word before the number is still a hedge only when it ends the text
		['5', '近日新增', '例', false]
	])('%s (before %s, after %s) -> %s', (token, before, after, expected) => {
		expect(isApproximate(token, before, after)).toBe(expected);
	});
});
