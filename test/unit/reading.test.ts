import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, readingArticle, stripGlosses } from '$lib/extract/reading';
import { extractArticle } from '$lib/extract/index';
import { makeArticle } from './helpers/make-article';

describe('stripGlosses: a mirror’s pinyin glosses and doubled marks out, offsets kept', () => {
	it.each<[string, string, string]>([
		['glosses after characters', '長(zhǎng)春市衛(wèi)健委', '長春市衛健委'],
		['full-width brackets too', '轉（zhuǎn）為確診', '轉為確診'],
		['doubled clause marks', '4月5日,,省委書記,、省長', '4月5日,省委書記,省長'],
		['Latin without tone marks is not a gloss', '吉刻APP(app)记者', '吉刻APP(app)记者']
	])('%s', (_name, written, reading) => {
		const r = stripGlosses(written);
		const text = r?.text ?? written;
		expect(text).toBe(reading);
		if (r) {
			// Every reading character is the written character it maps to.
			for (let i = 0; i < text.length; i++) expect(written[r.toOriginal[i]]).toBe(text[i]);
		}
	});

	it('returns null when there is nothing to take out', () => {
		expect(stripGlosses('省委书记景俊海主持召开会议。')).toBeNull();
	});
});

describe('fullWidthPunctuation', () => {
	it.each<[string, string]>([
		['3月5日,全省新增;其中:长春市', '3月5日，全省新增；其中：长春市'],
		['1,201例 and 10:30', '1,201例 and 10:30'],
		['长春市1,2例', '长春市1，2例']
	])('%s', (text, expected) => {
		expect(fullWidthPunctuation(text)).toBe(expected);
		expect(fullWidthPunctuation(text)).toHaveLength(text.length);
	});
});

describe('readingArticle: extraction reads the clean text, evidence points at the written one', () => {
	const written = [
		'4月6日0-24時,全省新增本地確診病例58例(輕型58例),其中長(zhǎng)春市51例(含6例無癥狀感染者轉(zhuǎn)為確診病例)、吉林市7例。'
	];
	const article = makeArticle(written, { day: '2022-04-07' });

	it('is null for an article with nothing to clean', () => {
		expect(readingArticle(makeArticle(['全省新增本地确诊病例5例。']))).toBeNull();
	});

	it('finds the figures through the glosses and quotes the sentence as written', () => {
		const { caseReports } = extractArticle(article);
		expect(caseReports.map((r) => [r.region, r.confirmed, r.converted])).toEqual([
			['吉林省', 58, undefined],
			['长春市', 51, 6],
			['吉林市', 7, undefined]
		]);
		for (const r of caseReports) {
			for (const s of r.sources) {
				expect(s.quote).toBe(written[0].slice(s.start, s.end));
				expect(s.quote).toContain('(zhǎng)');
			}
		}
	});
});
