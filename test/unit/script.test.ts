import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { foldedArticle, hasTraditional, isSimplified, toSimplified } from '$lib/extract/script';

describe('toSimplified', () => {
	it.each([
		[
			'3月12日晚，吉林省委書記景俊海以視頻形式主持召開省疫情防控領導小組會議',
			'3月12日晚，吉林省委书记景俊海以视频形式主持召开省疫情防控领导小组会议'
		],
		['省委副書記、省長韓俊出席會議。', '省委副书记、省长韩俊出席会议。'],
		[
			'全省新增本地確診病例165例、無症狀感染者179例',
			'全省新增本地确诊病例165例、无症状感染者179例'
		],
		[
			'實地檢查指導疫情防控工作，看望慰問一線工作人員',
			'实地检查指导疫情防控工作，看望慰问一线工作人员'
		],
		// already Simplified: unchanged
		[
			'今天，省委书记景俊海在长春实地检查指导疫情防控工作。',
			'今天，省委书记景俊海在长春实地检查指导疫情防控工作。'
		],
		// mixed scripts, Latin, digits and emoji keep their places
		[
			'4月2日上午，景俊海到長春新區管委會現場辦公 👍 COVID-19',
			'4月2日上午，景俊海到长春新区管委会现场办公 👍 COVID-19'
		],
		['', '']
	])('%s', (input, expected) => {
		const out = toSimplified(input);
		expect(out).toBe(expected);
		expect(out.length).toBe(input.length);
	});

	it('keeps every index aligned, so offsets found in the folded text cut the original', () => {
		const original = '吉林省委書記景俊海以視頻形式主持召開會議';
		const folded = toSimplified(original);
		const at = folded.indexOf('视频形式');
		expect(original.slice(at, at + 4)).toBe('視頻形式');
	});

	it('passes over no character OpenCC converts (the quick test for Simplified text)', () => {
		const convert = Converter({ from: 't', to: 'cn' });
		const missed: string[] = [];
		for (let code = 0x3000; code <= 0x9fff; code++) {
			const ch = String.fromCharCode(code);
			const converted = convert(ch);
			// 乾 and 於 alone are Simplified too (see script.ts); a longer result is not used.
			const expected = converted.length === 1 && !'乾於'.includes(ch) ? converted : ch;
			if (toSimplified(ch) !== expected) missed.push(ch);
		}
		expect(missed).toEqual([]);
	});
});

it.each([
	'某省長於本月3日主持召開會議，聽取彙報。',
	'於某某、乾某某出席；會議強調，著力做好醫療救治。',
	'衛健委通報：4月5日0—24時，全省新增本土確診病例12例（某某市8例、某市4例）。',
	'他說著說著，乾脆到現場辦公。'
])('folds once for all: folding a folded text changes nothing (%s)', (text) => {
	// readSentences hands each rule the folded sentence as its own folded form.
	const folded = toSimplified(text);
	expect(toSimplified(folded)).toBe(folded);
});

describe('hasTraditional', () => {
	it.each([
		['視頻會議', true],
		['视频会议', false],
		['景俊海', false],
		['abc 123', false]
	])('%s -> %s', (text, expected) => {
		expect(hasTraditional(text)).toBe(expected);
	});
});

describe('foldedArticle', () => {
	const article = {
		title: '某省長主持召開會議',
		paragraphs: [
			{ text: '4月5日，某某主持召开会议。' },
			{ text: '於某某出席；會議強調，著力做好醫療救治。' },
			{ text: '於本月3日召开。' }
		]
	};

	it('holds what toSimplified and isSimplified say of the title and each paragraph', () => {
		const folded = foldedArticle(article);
		expect(folded.title).toBe(toSimplified(article.title));
		expect(folded.paragraphs).toEqual(article.paragraphs.map((p) => toSimplified(p.text)));
		expect(folded.plain).toEqual(article.paragraphs.map((p) => isSimplified(p.text)));
		expect(folded.plain).toEqual([true, false, false]);
	});

	it('folds an article object once', () => {
		expect(foldedArticle(article)).toBe(foldedArticle(article));
		expect(foldedArticle({ ...article })).not.toBe(foldedArticle(article));
	});
});
