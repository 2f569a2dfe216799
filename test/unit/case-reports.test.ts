import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/corpus/parse-article';
import {
	extractCaseReports,
	mergeCaseReports,
	mergeCumulativeReports,
	splitSentences
} from '$lib/extract/case-reports';
import type { CaseReport, CumulativeReport, Evidence } from '$lib/types';
import { makeArticle } from './helpers/make-article';

type Row = Pick<CaseReport, 'date' | 'region' | 'confirmed' | 'asymptomatic'> &
	Partial<Pick<CaseReport, 'window' | 'converted'>>;

/** The figures of a report, without its sources. */
function figures(r: Omit<CaseReport, 'id'> | Omit<CumulativeReport, 'id'>): Row {
	const rest: Partial<CaseReport> = { ...r };
	delete rest.sources;
	delete rest.id;
	delete rest.conflict;
	delete (rest as { province?: string }).province;
	return rest as Row;
}

function reports(paragraphs: string[], day = '2022-04-06') {
	return extractCaseReports(makeArticle(paragraphs, { day }));
}

describe('extractCaseReports: daily figures', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'seed 004: counts belong to the day before the bulletin day stated in the sentence',
			[
				'3月10日，吉林省卫健委通报，3月9日，全省新增本地确诊病例165例、全省新增本地无症状感染者179例。'
			],
			'2022-03-10',
			[{ date: '2022-03-09', region: '吉林省', confirmed: 165, asymptomatic: 179 }]
		],
		[
			'seed 004: partial window, smallest named unit, no asymptomatic figure',
			['据《吉林日报》此前报道，3月1日0—6时，延边州珲春市报告1例本土新冠肺炎确诊病例。'],
			'2022-03-10',
			[
				{
					date: '2022-03-01',
					region: '珲春市',
					confirmed: 1,
					asymptomatic: null,
					window: '0—6时'
				}
			]
		],
		[
			'province figures with city breakdowns in brackets',
			[
				'4月5日0—24时，全省新增本地确诊病例1234例（长春市1096例、吉林市132例、白城市3例、延边州3例），新增本地无症状感染者800例（长春市700例、吉林市100例）。'
			],
			'2022-04-06',
			[
				{ date: '2022-04-05', region: '吉林省', confirmed: 1234, asymptomatic: 800 },
				{ date: '2022-04-05', region: '长春市', confirmed: 1096, asymptomatic: 700 },
				{ date: '2022-04-05', region: '吉林市', confirmed: 132, asymptomatic: 100 },
				{ date: '2022-04-05', region: '白城市', confirmed: 3, asymptomatic: null },
				{ date: '2022-04-05', region: '延边州', confirmed: 3, asymptomatic: null }
			]
		],
		[
			'breakdown with short city names and a 其中 list',
			[
				'2022年3月12日0时至24时，吉林省新增本地确诊病例1412例，其中长春1177例、吉林168例、延边朝鲜族自治州22例；新增本地无症状感染者1456例。'
			],
			'2022-03-13',
			[
				{ date: '2022-03-12', region: '吉林省', confirmed: 1412, asymptomatic: 1456 },
				{ date: '2022-03-12', region: '长春市', confirmed: 1177, asymptomatic: null },
				{ date: '2022-03-12', region: '吉林市', confirmed: 168, asymptomatic: null },
				{ date: '2022-03-12', region: '延边州', confirmed: 22, asymptomatic: null }
			]
		],
		[
			'conversions from asymptomatic to confirmed',
			[
				'2022年4月5日0—24时，吉林省新增本地确诊病例1234例（含无症状感染者转为确诊病例103例）；新增本地无症状感染者800例。'
			],
			'2022-04-06',
			[
				{
					date: '2022-04-05',
					region: '吉林省',
					confirmed: 1234,
					asymptomatic: 800,
					converted: 103
				}
			]
		],
		[
			'conversion written before the count (含N例…)',
			['4月5日0—24时，长春市新增本地确诊病例1096例（含93例无症状感染者转为确诊病例）。'],
			'2022-04-06',
			[
				{
					date: '2022-04-05',
					region: '长春市',
					confirmed: 1096,
					asymptomatic: null,
					converted: 93
				}
			]
		],
		[
			'其中-sentences of city figures take the date of the sentence before',
			[
				'吉林省卫生健康委员会4月6日通报：4月5日0—24时，全省新增本地确诊病例1234例、本地无症状感染者800例。',
				'其中，长春市新增本地确诊病例1096例、本地无症状感染者700例；吉林市新增本地确诊病例132例、本地无症状感染者100例。'
			],
			'2022-04-06',
			[
				{ date: '2022-04-05', region: '吉林省', confirmed: 1234, asymptomatic: 800 },
				{ date: '2022-04-05', region: '长春市', confirmed: 1096, asymptomatic: 700 },
				{ date: '2022-04-05', region: '吉林市', confirmed: 132, asymptomatic: 100 }
			]
		],
		[
			'a bulletin day with no figures day means the day before',
			['3月14日，吉林省卫健委通报，全省新增本地确诊病例1412例、新增本地无症状感染者1456例。'],
			'2022-03-14',
			[{ date: '2022-03-13', region: '吉林省', confirmed: 1412, asymptomatic: 1456 }]
		],
		[
			'分别 lists both figures after both keywords',
			['3月11日0—24时，全省新增本地确诊病例和本地无症状感染者分别为1231例和1246例。'],
			'2022-03-12',
			[{ date: '2022-03-11', region: '吉林省', confirmed: 1231, asymptomatic: 1246 }]
		],
		[
			'Chinese numerals and a number before the keyword',
			['3月4日，长春市报告一例本土确诊病例。'],
			'2022-03-05',
			[{ date: '2022-03-04', region: '长春市', confirmed: 1, asymptomatic: null }]
		],
		[
			'昨日 with a full-day window',
			['昨日0—24时，长春市新增本地确诊病例50例、本地无症状感染者37例。'],
			'2022-04-06',
			[{ date: '2022-04-05', region: '长春市', confirmed: 50, asymptomatic: 37 }]
		],
		[
			'Xinhua dateline and day-only dates',
			['新华社长春4月6日电 吉林省卫健委6日通报，5日0时至24时，吉林省新增本地确诊病例1234例。'],
			'2022-04-06',
			[{ date: '2022-04-05', region: '吉林省', confirmed: 1234, asymptomatic: null }]
		],
		[
			'region before the date',
			['吉林省3月9日新增本地确诊病例165例。'],
			'2022-03-10',
			[{ date: '2022-03-09', region: '吉林省', confirmed: 165, asymptomatic: null }]
		],
		[
			'a district keeps its own name',
			['4月5日0—24时，长春市朝阳区新增本地确诊病例16例。'],
			'2022-04-06',
			[{ date: '2022-04-05', region: '朝阳区', confirmed: 16, asymptomatic: null }]
		],
		[
			'a partial window from 8时',
			['4月6日0时至15时，长春市新增本地确诊病例300例。'],
			'2022-04-06',
			[
				{
					date: '2022-04-06',
					region: '长春市',
					confirmed: 300,
					asymptomatic: null,
					window: '0—15时'
				}
			]
		],
		[
			'Traditional script reads the same, quotes stay as written',
			['3月9日，全省新增本地確診病例165例、全省新增本地無症狀感染者179例。'],
			'2022-03-10',
			[{ date: '2022-03-09', region: '吉林省', confirmed: 165, asymptomatic: 179 }]
		],
		[
			'headline style: 本土确诊, 本土无症状, short province name',
			['吉林昨日新增本土确诊1412例、本土无症状1456例。'],
			'2022-03-14',
			[{ date: '2022-03-13', region: '吉林省', confirmed: 1412, asymptomatic: 1456 }]
		],
		[
			'national list with short province names: the nation and each province, by its own name',
			['3月13日0—24时，全国新增本土确诊病例1337例（吉林895例、山东175例）。'],
			'2022-03-14',
			[
				{ date: '2022-03-13', region: '全国', confirmed: 1337, asymptomatic: null },
				{ date: '2022-03-13', region: '吉林省', confirmed: 895, asymptomatic: null },
				{ date: '2022-03-13', region: '山东省', confirmed: 175, asymptomatic: null }
			]
		],
		[
			'a bulletin on 今天 from a city health commission',
			['长春市卫健委今天通报，全市新增本地确诊病例50例。'],
			'2022-04-06',
			[{ date: '2022-04-05', region: '长春市', confirmed: 50, asymptomatic: null }]
		],
		[
			'thousands commas and 其中-lists with a nested bracket',
			[
				'据吉林省卫健委消息，4月12日0—24时，吉林省新增本地确诊病例1,201例，其中长春市1,100例（含轻型1000例）、吉林市101例；新增本地无症状感染者3,000例，其中长春市2,500例、吉林市500例。'
			],
			'2022-04-13',
			[
				{ date: '2022-04-12', region: '吉林省', confirmed: 1201, asymptomatic: 3000 },
				{ date: '2022-04-12', region: '长春市', confirmed: 1100, asymptomatic: 2500 },
				{ date: '2022-04-12', region: '吉林市', confirmed: 101, asymptomatic: 500 }
			]
		],
		[
			'the press-conference day in an earlier paragraph does not override the figures day',
			[
				'4月5日，吉林省召开疫情防控新闻发布会。',
				'会上通报，4月4日0时至24时，全省新增本地确诊病例3078例和本地无症状感染者1829例。其中，长春市新增本地确诊病例2843例、本地无症状感染者1496例。'
			],
			'2022-04-05',
			[
				{ date: '2022-04-04', region: '吉林省', confirmed: 3078, asymptomatic: 1829 },
				{ date: '2022-04-04', region: '长春市', confirmed: 2843, asymptomatic: 1496 }
			]
		],
		[
			'two days in one sentence, numbers before keywords',
			['3月3日，吉林市报告新增1例新冠肺炎确诊病例和2例无症状感染者，3月4日新增确诊病例11例。'],
			'2022-03-05',
			[
				{ date: '2022-03-03', region: '吉林市', confirmed: 1, asymptomatic: 2 },
				{ date: '2022-03-04', region: '吉林市', confirmed: 11, asymptomatic: null }
			]
		],
		[
			'national report: local figures only (not the total with imported cases), each region its own',
			[
				'3月9日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例1369例。其中境外输入病例31例（上海12例，广东8例），本土病例1338例（吉林省895例、山东省175例、广东省62例）。',
				'31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者3622例，其中境外输入67例，本土3555例（吉林省1412例、山东省1000例）。'
			],
			'2022-03-10',
			[
				{ date: '2022-03-09', region: '全国', confirmed: 1338, asymptomatic: 3555 },
				{ date: '2022-03-09', region: '吉林省', confirmed: 895, asymptomatic: 1412 },
				{ date: '2022-03-09', region: '山东省', confirmed: 175, asymptomatic: 1000 },
				{ date: '2022-03-09', region: '广东省', confirmed: 62, asymptomatic: null }
			]
		],
		[
			'Hong Kong outlet: Traditional script, 宗 as the counter, thousands commas',
			[
				'吉林省衞生健康委員會今日（5日）通報，4月4日0時至24時，全省新增本地確診病例1,565宗（長春市1,369宗、吉林市190宗），新增本地無症狀感染者2,903宗（長春市2,181宗）。'
			],
			'2022-04-05',
			[
				{ date: '2022-04-04', region: '吉林省', confirmed: 1565, asymptomatic: 2903 },
				{ date: '2022-04-04', region: '长春市', confirmed: 1369, asymptomatic: 2181 },
				{ date: '2022-04-04', region: '吉林市', confirmed: 190, asymptomatic: null }
			]
		],
		[
			'conversions told in the next sentence belong to the region it names',
			[
				'4月1日0—24时，吉林省新增本地确诊病例2041例（长春市1624例、吉林市401例），新增本地无症状感染者1456例。其中，长春市新增确诊病例中含1080例无症状感染者转为确诊病例。'
			],
			'2022-04-02',
			[
				{ date: '2022-04-01', region: '吉林省', confirmed: 2041, asymptomatic: 1456 },
				{
					date: '2022-04-01',
					region: '长春市',
					confirmed: 1624,
					asymptomatic: null,
					converted: 1080
				},
				{ date: '2022-04-01', region: '吉林市', confirmed: 401, asymptomatic: null }
			]
		],
		[
			'a wire dateline is the filing day: figures without a day of their own are the day before',
			['新华社长春4月2日电（记者 张建）吉林省新增本地确诊病例2041例、本地无症状感染者1456例。'],
			'2022-04-02',
			[{ date: '2022-04-01', region: '吉林省', confirmed: 2041, asymptomatic: 1456 }]
		],
		[
			'a 其中-sentence breaks down the figure that ended the sentence before',
			[
				'4月1日0—24时，吉林省新增本地确诊病例2041例。其中，长春市1624例，吉林市401例。新增本地无症状感染者1456例。其中，长春市1011例。'
			],
			'2022-04-02',
			[
				{ date: '2022-04-01', region: '吉林省', confirmed: 2041, asymptomatic: 1456 },
				{ date: '2022-04-01', region: '长春市', confirmed: 1624, asymptomatic: 1011 },
				{ date: '2022-04-01', region: '吉林市', confirmed: 401, asymptomatic: null }
			]
		],
		[
			'counts in Chinese numerals',
			[
				'据四平市卫健委通报，4月7日0—24时，四平市新增本地确诊病例十二例、新增本地无症状感染者二十七例。'
			],
			'2022-04-08',
			[{ date: '2022-04-07', region: '四平市', confirmed: 12, asymptomatic: 27 }]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		const { caseReports } = reports(paragraphs, day);
		expect(caseReports.map(figures)).toEqual(expected);
	});
});

describe('extractCaseReports: estimates are not figures', () => {
	it.each<[string, string[], Row[]]>([
		['余 after the number', ['4月4日0—24时，全省新增本土无症状感染者1.2万余例。'], []],
		[
			'约 before the number; the exact one is kept',
			['4月4日0—24时，全省新增本土确诊病例约1400例、本土无症状感染者2345例。'],
			[{ date: '2022-04-04', region: '吉林省', confirmed: null, asymptomatic: 2345 }]
		],
		['近千', ['4月4日，长春市新增本土确诊病例近千例。'], []],
		['左右 after the counter', ['4月4日，全省新增本土确诊病例1400例左右。'], []],
		[
			'an estimate of a city share',
			['4月4日0—24时，全省新增本土确诊病例1456例（长春市1千余例、吉林市230例）。'],
			[
				{ date: '2022-04-04', region: '吉林省', confirmed: 1456, asymptomatic: null },
				{ date: '2022-04-04', region: '吉林市', confirmed: 230, asymptomatic: null }
			]
		]
	])('%s', (_name, paragraphs, expected) => {
		const got = reports(paragraphs, '2022-04-05').caseReports.map(figures);
		expect(got.sort((a, b) => a.region.localeCompare(b.region))).toEqual(
			expected.sort((a, b) => a.region.localeCompare(b.region))
		);
	});
});

describe('extractCaseReports: stated zeros and district lists', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'无新增 confirmed is a figure of 0 beside the asymptomatic one',
			[
				'吉林市疫情防控指挥部20日通报，4月19日0—24时，吉林市无新增本地确诊病例，新增本地无症状感染者3例，均在隔离管控人员中发现。'
			],
			'2022-04-20',
			[{ date: '2022-04-19', region: '吉林市', confirmed: 0, asymptomatic: 3 }]
		],
		[
			'无新增…和无症状感染者: both 0',
			['4月18日0—24时，吉林市无新增本地确诊病例和无症状感染者。'],
			'2022-04-20',
			[{ date: '2022-04-18', region: '吉林市', confirmed: 0, asymptomatic: 0 }]
		],
		[
			'a streak (连续…无新增) is not one day’s figure; 其余市（州） names no region',
			[
				'4月19日0—24时，全省新增本地确诊病例38例（长春市38例）。其余市（州）无新增。通化市已连续10天无新增本地确诊病例。'
			],
			'2022-04-20',
			[
				{ date: '2022-04-19', region: '吉林省', confirmed: 38, asymptomatic: null },
				{ date: '2022-04-19', region: '长春市', confirmed: 38, asymptomatic: null }
			]
		],
		[
			'确诊病例中，…: the districts of the confirmed figure, not the last (asymptomatic) one',
			[
				'长春市卫生健康委员会副主任杨俊介绍，4月10日0—24时，长春市新增本地确诊病例898例、本地无症状感染者1247例。确诊病例中，朝阳区296例、南关区188例、宽城区141例。'
			],
			'2022-04-11',
			[
				{ date: '2022-04-10', region: '长春市', confirmed: 898, asymptomatic: 1247 },
				{ date: '2022-04-10', region: '朝阳区', confirmed: 296, asymptomatic: null },
				{ date: '2022-04-10', region: '南关区', confirmed: 188, asymptomatic: null },
				{ date: '2022-04-10', region: '宽城区', confirmed: 141, asymptomatic: null }
			]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		const { caseReports } = reports(paragraphs, day);
		expect(caseReports.map(figures)).toEqual(expected);
	});
});

describe('extractCaseReports: not a daily report', () => {
	it.each([
		[
			'a count with no number',
			'此轮本土疫情中，吉林农业科技学院确诊病例人数较多，出现了学校聚集性疫情暴发。'
		],
		['imported cases', '3月9日0—24时，全省新增境外输入确诊病例2例。'],
		['patients in hospital', '3月9日，全省现有本地确诊病例1000例。'],
		['recovered', '3月9日，长春市累计治愈出院确诊病例500例。'],
		['an unknown subject is not the province', '3月9日，吉林农业科技学院新增确诊病例30例。'],
		['a sum over several days', '3月1日至9日，全省新增本地确诊病例1200余例。'],
		[
			'累计新增 over a range is a sum, not a running total',
			'3月14日—3月16日，吉林省累计新增本地确诊病例3011例，疫情处于快速上升期。'
		],
		[
			'a meeting, no figures',
			'3月10日，吉林省委书记景俊海在北京以视频形式主持召开省疫情防控领导小组会议。'
		],
		['no date at all', '全省新增本地确诊病例165例。'],
		['close contacts', '3月9日，全省新增密切接触者3000例。']
	])('%s', (_name, text) => {
		expect(reports([text], '2022-03-10')).toEqual({ caseReports: [], cumulativeReports: [] });
	});
});

describe('extractCaseReports: cumulative totals', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'截至 a day: the total runs to that day',
			['截至4月5日24时，全省累计报告本地确诊病例21000例、本地无症状感染者30000例。'],
			'2022-04-06',
			[{ date: '2022-04-05', region: '吉林省', confirmed: 21000, asymptomatic: 30000 }]
		],
		[
			'截至目前: the article day',
			['截至目前，长春市累计报告本地确诊病例1.2万例。'],
			'2022-04-06',
			[{ date: '2022-04-06', region: '长春市', confirmed: 12000, asymptomatic: null }]
		],
		[
			// 3000余 is an estimate: the province row is not recorded, the stated city shares are.
			'cumulative breakdown by city',
			['截至3月12日24时，全省累计报告本地确诊病例3000余例（长春市1800例、吉林市1100例）。'],
			'2022-03-13',
			[
				{ date: '2022-03-12', region: '长春市', confirmed: 1800, asymptomatic: null },
				{ date: '2022-03-12', region: '吉林市', confirmed: 1100, asymptomatic: null }
			]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		const { caseReports, cumulativeReports } = reports(paragraphs, day);
		expect(caseReports).toEqual([]);
		expect(cumulativeReports.map(figures)).toEqual(expected);
	});

	it('keeps new and cumulative figures of one sentence apart', () => {
		const { caseReports, cumulativeReports } = reports([
			'4月5日0—24时，全省新增本地确诊病例1234例，累计报告本地确诊病例21000例。'
		]);
		expect(caseReports.map(figures)).toEqual([
			{ date: '2022-04-05', region: '吉林省', confirmed: 1234, asymptomatic: null }
		]);
		expect(cumulativeReports.map(figures)).toEqual([
			{ date: '2022-04-05', region: '吉林省', confirmed: 21000, asymptomatic: null }
		]);
	});
});

describe('extractCaseReports: evidence', () => {
	it('quotes the whole sentence with exact offsets', () => {
		const article = makeArticle(
			[
				'会议强调要严格落实防控措施。据《吉林日报》此前报道，3月1日0—6时，延边州珲春市报告1例本土新冠肺炎确诊病例。接到报告后，景俊海第一时间作出批示。'
			],
			{ id: 'a1' }
		);
		const [report] = extractCaseReports(article).caseReports;
		const [source] = report.sources;
		expect(source).toMatchObject({
			article: 'a1',
			paragraph: 0,
			quote: '据《吉林日报》此前报道，3月1日0—6时，延边州珲春市报告1例本土新冠肺炎确诊病例。'
		});
		expect(article.paragraphs[0].text.slice(source.start, source.end)).toBe(source.quote);
		expect(source.rule).toMatch(/^case:new/);
	});

	it('skips a caption that repeats a body sentence', () => {
		const article = makeArticle(
			[
				'3月9日，全省新增本地确诊病例165例、全省新增本地无症状感染者179例。',
				'3月9日，全省新增本地确诊病例165例、全省新增本地无症状感染者179例。'
			],
			{ captions: [1] }
		);
		const { caseReports } = extractCaseReports(article);
		expect(caseReports).toHaveLength(1);
		expect(caseReports[0].sources.map((s) => s.paragraph)).toEqual([0]);
	});

	it('gives one report two sources when the body repeats it', () => {
		const { caseReports } = reports([
			'4月5日0—24时，全省新增本地确诊病例1234例。',
			'吉林省卫健委介绍，4月5日0—24时，全省新增本地确诊病例1234例，新增本地无症状感染者800例。'
		]);
		expect(caseReports.map(figures)).toEqual([
			{ date: '2022-04-05', region: '吉林省', confirmed: 1234, asymptomatic: 800 }
		]);
		expect(caseReports[0].sources.map((s) => s.paragraph)).toEqual([0, 1]);
	});
});

describe('splitSentences', () => {
	it('does not split inside brackets', () => {
		const text = '新增1例（长春市1例；吉林市0例）。其中，长春市新增；完';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'新增1例（长春市1例；吉林市0例）。',
			'其中，长春市新增；',
			'完'
		]);
	});
});

function source(article: string): Evidence {
	return { article, paragraph: 0, quote: 'q', start: 0, end: 1, rule: 'case:new:figure' };
}

describe('mergeCaseReports', () => {
	const jilin = { date: '2022-03-09', region: '吉林省' };

	it('merges the same figures from several articles into one report', () => {
		const merged = mergeCaseReports([
			{ ...jilin, confirmed: 165, asymptomatic: 179, sources: [source('a')] },
			{ ...jilin, confirmed: 165, asymptomatic: 179, sources: [source('b')] }
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0].sources.map((s) => s.article)).toEqual(['a', 'b']);
		expect(merged[0].conflict).toBeUndefined();
	});

	it('keeps a report that leaves out a figure apart from a fuller one, neither a conflict', () => {
		const merged = mergeCaseReports([
			{ ...jilin, confirmed: 165, asymptomatic: null, sources: [source('a')] },
			{ ...jilin, confirmed: 165, asymptomatic: 179, sources: [source('b')] }
		]);
		expect(merged.map((r) => [r.asymptomatic, r.conflict ?? false, r.sources.length])).toEqual([
			[null, false, 1],
			[179, false, 1]
		]);
	});

	it('keeps different figures for the same day and region, each flagged', () => {
		const merged = mergeCaseReports([
			{ ...jilin, confirmed: 165, asymptomatic: 179, sources: [source('a')] },
			{ ...jilin, confirmed: 895, asymptomatic: 179, sources: [source('b')] }
		]);
		expect(merged.map((r) => [r.confirmed, r.conflict])).toEqual([
			[165, true],
			[895, true]
		]);
		expect(new Set(merged.map((r) => r.id)).size).toBe(2);
	});

	it('does not merge a partial window with the daily total', () => {
		const merged = mergeCaseReports([
			{ ...jilin, confirmed: 165, asymptomatic: 179, sources: [source('a')] },
			{ ...jilin, confirmed: 20, asymptomatic: null, window: '0—6时', sources: [source('b')] }
		]);
		expect(merged).toHaveLength(2);
		expect(merged.some((r) => r.conflict)).toBe(false);
	});

	it('gives stable, URL-safe ids sorted by date', () => {
		const input = [
			{ date: '2022-03-09', region: '珲春市', confirmed: 1, asymptomatic: null, sources: [] },
			{ date: '2022-03-01', region: '吉林省', confirmed: 1, asymptomatic: null, sources: [] }
		];
		const first = mergeCaseReports(input).map((r) => r.id);
		expect(first).toEqual(mergeCaseReports(input).map((r) => r.id));
		expect(first[0]).toMatch(/^case-2022-03-01-[a-z0-9]+$/);
		expect(first[1]).toMatch(/^case-2022-03-09-[a-z0-9]+$/);
	});

	it('merges cumulative totals the same way', () => {
		const merged = mergeCumulativeReports([
			{ ...jilin, confirmed: 3000, asymptomatic: 2000, sources: [source('a')] },
			{ ...jilin, confirmed: 3000, asymptomatic: 2000, sources: [source('b')] },
			{ ...jilin, confirmed: 3000, asymptomatic: null, sources: [source('c')] }
		]);
		expect(merged).toEqual([
			{
				id: expect.stringMatching(/^cum-2022-03-09-[a-z0-9]+-1$/),
				...jilin,
				confirmed: 3000,
				asymptomatic: 2000,
				sources: [source('a'), source('b')]
			},
			{
				id: expect.stringMatching(/^cum-2022-03-09-[a-z0-9]+-2$/),
				...jilin,
				confirmed: 3000,
				asymptomatic: null,
				sources: [source('c')]
			}
		]);
	});
});

describe('the seed corpus', () => {
	const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
	const articles = readdirSync(dir)
		.sort()
		.map((file) => parseArticle(file, readFileSync(dir + file)).article)
		.filter((a) => a !== null);

	it('finds exactly the two hand-read reports of 004 and nothing elsewhere', () => {
		const all = articles.flatMap((a) => extractCaseReports(a).caseReports);
		expect(mergeCaseReports(all).map(figures)).toEqual([
			{ date: '2022-03-01', region: '珲春市', confirmed: 1, asymptomatic: null, window: '0—6时' },
			{ date: '2022-03-09', region: '吉林省', confirmed: 165, asymptomatic: 179 }
		]);
		expect(articles.flatMap((a) => extractCaseReports(a).cumulativeReports)).toEqual([]);
	});

	it('quotes exactly what the paragraphs say', () => {
		for (const article of articles) {
			for (const report of extractCaseReports(article).caseReports) {
				for (const s of report.sources) {
					expect(article.paragraphs[s.paragraph].text.slice(s.start, s.end)).toBe(s.quote);
				}
			}
		}
	});
});
