import { describe, expect, it } from 'vitest';
import { formatScore, scoreDataset, type TruthArticle } from '$lib/dataset/score';
import { setAsideByRegion } from '$lib/dataset/set-aside';
import type { Article, Dataset, Evidence } from '$lib/types';

const ev = (article: string): Evidence => ({ article, paragraph: 0, quote: 'x', start: 0, end: 1 });
const article = (id: string, region?: string) =>
	({ id, file: `${id}.txt`, ...(region ? { region } : {}) }) as Article;

/** A small dataset: two Jilin articles and a Shanghai one. */
const dataset = {
	corpus: { focus: '吉林省' },
	articles: [article('a', '吉林省'), article('b', '吉林省'), article('s', '上海市')],
	events: [
		{
			id: 'e1',
			date: '2022-04-02',
			kind: 'video-conference',
			participants: [],
			sources: [ev('a')]
		},
		// A range counts as its start day.
		{
			id: 'e2',
			date: '2022-04-03',
			dateEnd: '2022-04-05',
			kind: 'field-inspection',
			participants: [],
			sources: [ev('b'), ev('a')]
		},
		// Produced as a focus item in a Shanghai article: a false positive.
		{ id: 'e3', date: '2022-04-02', kind: 'other', participants: [], sources: [ev('s')] }
	],
	caseReports: [
		{
			id: 'c1',
			date: '2022-04-01',
			region: '吉林省',
			confirmed: 10,
			asymptomatic: 20,
			sources: [ev('a')]
		},
		{
			id: 'c2',
			date: '2022-04-01',
			region: '长春市',
			confirmed: 7,
			asymptomatic: null,
			sources: [ev('a')]
		}
	],
	cumulativeReports: [],
	people: [],
	appearances: [
		{ person: '甲某', article: 'a', date: '2022-04-02', role: 'chair', evidence: ev('a') },
		{ person: '乙某', article: 'a', date: '2022-04-02', role: 'credit', evidence: ev('a') },
		{ person: '丙某', article: 's', date: '2022-04-02', role: 'speaker', evidence: ev('s') }
	],
	setAside: {
		events: [
			{
				id: 'x1',
				date: '2022-04-02',
				kind: 'other',
				region: '上海市',
				participants: [],
				sources: [ev('s')]
			},
			{ id: 'x2', date: '2022-04-02', kind: 'meeting', participants: [], sources: [ev('b')] }
		],
		caseReports: [
			{
				id: 'x3',
				date: '2022-04-01',
				region: '浦东新区',
				confirmed: 1,
				asymptomatic: 2,
				sources: [ev('s')]
			},
			{
				id: 'x4',
				date: '2022-04-01',
				region: '上海市',
				confirmed: 3,
				asymptomatic: 4,
				sources: [ev('s')]
			}
		],
		cumulativeReports: [],
		appearances: [
			{
				person: '丁某',
				article: 's',
				date: '2022-04-02',
				role: 'speaker',
				evidence: ev('s'),
				event: 'x1'
			}
		],
		people: []
	}
} as unknown as Dataset;

const truth: TruthArticle[] = [
	{
		file: 'a.txt',
		subject: '吉林省',
		events: [
			{ date: '2022-04-02', kind: 'video-conference', region: '吉林省' },
			{ date: '2022-04-03', kind: 'field-inspection', region: '吉林省', dateEnd: '2022-04-05' }
		],
		caseReports: [
			{ date: '2022-04-01', region: '吉林省', confirmed: 10, asymptomatic: 20 },
			{ date: '2022-04-01', region: '长春市', confirmed: 7, asymptomatic: 5 }
		],
		people: ['甲某', '乙某', '戊某']
	},
	{ file: 'b.txt', subject: '吉林省', events: [], caseReports: [], people: [] },
	{
		file: 's.txt',
		subject: '上海市',
		events: [{ date: '2022-04-02', kind: 'other', region: '上海市' }],
		caseReports: [{ date: '2022-04-01', region: '上海市', confirmed: 3, asymptomatic: 4 }],
		people: ['丙某']
	}
];

describe('scoreDataset', () => {
	const score = scoreDataset(dataset, truth);
	const m = (name: string) => score.measures.find((x) => x.name === name)!;

	it('event-days: focus events by file, a range by its start day, other regions’ truth left out', () => {
		const e = m('event-days');
		expect(e.truePositives).toEqual([
			'a.txt | 2022-04-02 | video-conference',
			'a.txt | 2022-04-03 | field-inspection'
		]);
		// b.txt's source of the inspection and the focus event in the Shanghai article.
		expect(e.falsePositives).toEqual([
			'b.txt | 2022-04-03 | field-inspection',
			's.txt | 2022-04-02 | other'
		]);
		expect(e.misses).toEqual([]);
		expect([e.precision, e.recall]).toEqual([0.5, 1]);
		expect(e.f1).toBeCloseTo(2 / 3);
	});

	it('case reports: a wrong figure is a miss and a false positive; set-aside reports never count', () => {
		const c = m('case reports');
		expect(c.truePositives).toEqual(['a.txt | 2022-04-01 | 10 | 20']);
		expect(c.falsePositives).toEqual(['a.txt | 2022-04-01 | 7 | -']);
		expect(c.misses).toEqual(['a.txt | 2022-04-01 | 7 | 5']);
		expect(m('case reports (with region)').truePositives).toEqual([
			'a.txt | 2022-04-01 | 吉林省 | 10 | 20'
		]);
	});

	it('people: only articles about the focus region; a focus appearance elsewhere is a false positive', () => {
		const p = m('people');
		expect(p.truePositives).toEqual(['a.txt | 乙某', 'a.txt | 甲某']);
		expect(p.misses).toEqual(['a.txt | 戊某']);
		expect(p.falsePositives).toEqual(['s.txt | 丙某']);
	});

	it('prints a line per measure, and every miss and extra with -v', () => {
		const text = formatScore(score, true);
		expect(text).toMatch(/^focus 吉林省, 3 files/);
		expect(text).toMatch(/event-days\s+P 0\.500 {2}R 1\.000 {2}F1 0\.667 {2}\(tp 2, fp 2, fn 0\)/);
		expect(text).toContain('  miss  a.txt | 戊某');
		expect(text).toContain('  extra s.txt | 丙某');
		expect(formatScore(score)).not.toContain('miss');
	});

	it('nothing to find and nothing found is a perfect score', () => {
		const empty = scoreDataset({ ...dataset, events: [], caseReports: [], appearances: [] }, [
			{ file: 'b.txt', subject: '吉林省', events: [], caseReports: [], people: [] }
		]);
		expect(empty.measures.map((x) => x.f1)).toEqual([1, 1, 1, 1]);
	});
});

describe('setAsideByRegion', () => {
	it('counts set-aside items by region: appearances under their event, else their article', () => {
		expect(setAsideByRegion(dataset)).toEqual([
			{ region: '上海市', events: 1, caseReports: 1, cumulativeReports: 0, appearances: 1 },
			{ region: '(none)', events: 1, caseReports: 0, cumulativeReports: 0, appearances: 0 },
			// A district the gazetteer does not know counts under its own name.
			{ region: '浦东新区', events: 0, caseReports: 1, cumulativeReports: 0, appearances: 0 }
		]);
	});
});
