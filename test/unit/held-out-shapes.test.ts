/**
 * The families of real sentences that held-out sets of real articles (read by people who never saw
 * the code) showed the first round did not generalise to. Each in our own words, with other names
 * and numbers; whole-article shapes are in test/fixtures/unseen6.
 */
import { describe, expect, it } from 'vitest';
import { buildExtraction, extractArticle } from '$lib/extract/index';
import type { CaseReport } from '$lib/types';
import { makeArticle } from './helpers/make-article';

type Row = [string, string, number | null, number | null, string?];

function rows(paragraphs: string[], day: string): Row[] {
	const { caseReports } = extractArticle(makeArticle(paragraphs, { day }));
	return caseReports.map((r: Omit<CaseReport, 'id'>) => {
		const row: Row = [r.date, r.region, r.confirmed, r.asymptomatic];
		if (r.window) row.push(r.window);
		return row;
	});
}

describe('case reports: list grammar', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'a note between the keyword and its number; a lone region after the figure (，在某区)',
			[
				'4月6日8—17时，吉林省通化市新增本地确诊病例（轻型）3例，其中柳河县2例（行程已另行公布），东昌区1例；新增本地无症状感染者2例，在东昌区。'
			],
			'2022-04-07',
			[
				['2022-04-06', '通化市', 3, 2, '8—17时'],
				['2022-04-06', '柳河县', 2, null, '8—17时'],
				['2022-04-06', '东昌区', 1, 2, '8—17时']
			]
		],
		[
			'the clinical split as comma clauses before the list (a transcript)',
			[
				'4月8日，省卫生健康委副主任某某介绍，4月7日0时至24时，全省新增本土确诊病例230例，轻型225例，普通型5例，其中长春市200例，通化市30例，新增本土无症状感染者410例，新增出院确诊病例和解除无症状感染者320例。'
			],
			'2022-04-08',
			[
				['2022-04-07', '吉林省', 230, 410],
				['2022-04-07', '长春市', 200, null],
				['2022-04-07', '通化市', 30, null]
			]
		],
		[
			'a copy that lost its punctuation: a list ends where an item runs on into the next clause',
			[
				'4月9日0-24时，全省新增本土确诊病例123例，其中长春市120例、松原市3例新增本土无症状感染者500例，其中长春市480例、白山市20例新增出院确诊病例和解除无症状感染者300例，其中长春市250例、吉林市50例'
			],
			'2022-04-10',
			[
				['2022-04-09', '吉林省', 123, 500],
				['2022-04-09', '长春市', 120, 480],
				['2022-04-09', '松原市', 3, null],
				['2022-04-09', '白山市', null, 20]
			]
		],
		[
			'a body named after its city counts for the city; the screening figure after it does not',
			[
				'2022年4月9日0—24时，通化师范学院新增确诊病例2例、新增无症状感染者3例；2022年4月10日0—8时，通化师范学院新增初筛阳性感染者4例。'
			],
			'2022-04-10',
			[['2022-04-09', '通化市', 2, 3]]
		],
		[
			'what a span is counted from (自…以来) is background, not a report',
			['自3月2日某县发现1例确诊病例以来，全省疫情快速上升。3月20日，全省新增本地确诊病例40例。'],
			'2022-03-21',
			[['2022-03-20', '吉林省', 40, null]]
		],
		[
			'a span’s start (自…以来) dates nothing after it: a sub-headline keeps the figures’ day',
			[
				'4月5日0—24时，全省新增本地确诊病例12例。',
				'自3月1日以来，全省累计报告本地确诊病例900例。',
				'吉林新增本地确诊病例12例'
			],
			'2022-04-06',
			[['2022-04-05', '吉林省', 12, null]]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		expect(rows(paragraphs, day)).toEqual(expected);
	});
});

describe('case reports: whose a city is', () => {
	const article = (id: string, paragraphs: string[]) =>
		makeArticle(paragraphs, { id, day: '2022-04-06' });

	it.each<[string, string[], Array<[string, string | undefined]>]>([
		[
			'another province’s cities in a Jilin digest take that province, never Jilin',
			[
				'吉林新增本地确诊病例12例',
				'4月5日0—24时，吉林新增本地确诊病例12例，其中长春市10例、延边州2例。',
				'4月5日0—24时，山东省新增本土确诊病例15例，其中青岛市9例、烟台市6例；新增本土无症状感染者30例，其中青岛市30例。'
			],
			[
				['吉林省', '吉林省'],
				['长春市', '吉林省'],
				['延边州', '吉林省'],
				['山东省', '山东省'],
				['青岛市', '山东省'],
				['烟台市', '山东省']
			]
		],
		[
			'a city nothing places is in no province',
			['4月5日0—24时，某某市新增本土确诊病例7例。'],
			[['某某市', undefined]]
		]
	])('%s', (_name, paragraphs, expected) => {
		const { caseReports } = extractArticle(article('a', paragraphs));
		expect(caseReports.map((r) => [r.region, r.province])).toEqual(expected);
	});

	it('the focus lists keep Jilin’s figures; other provinces’ cities are set aside', () => {
		const x = buildExtraction([
			article('digest', [
				'4月5日0—24时，吉林新增本地确诊病例12例，其中长春市10例、延边州2例。',
				'4月5日0—24时，山东省新增本土确诊病例15例，其中青岛市9例、烟台市6例。'
			])
		]);
		expect(x.caseReports.map((r) => r.region).sort()).toEqual(['吉林省', '延边州', '长春市']);
		expect(x.setAside.caseReports.map((r) => r.region).sort()).toEqual([
			'山东省',
			'烟台市',
			'青岛市'
		]);
	});
});
