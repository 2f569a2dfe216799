/**
 * Issue 8's families of real sentences, each in our own words with other names and numbers: the
 * structures seen in real bulletins, press conferences, other provinces' reports, Traditional
 * mirrors and credit lines (see test/fixtures/unseen5 for whole articles).
 */
import { describe, expect, it } from 'vitest';
import { dashboardData } from '$lib/charts/dashboard-data';
import { buildDataset } from '$lib/dataset/build-dataset';
import { findDates } from '$lib/extract/dates';
import { extractEvents } from '$lib/extract/events';
import { extractArticle } from '$lib/extract/index';
import { findCreditLine, findPersonMentions, splitNameRun } from '$lib/extract/people';
import { toSimplified } from '$lib/extract/script';
import { isMarketNews } from '$lib/extract/topic';
import { caseRows, makeArticle, type CaseRow } from './helpers/make-article';

type Row = CaseRow;
const rows = caseRows;

describe('case reports: the shapes of real bulletins and transcripts', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'a note after each city, the clinical types before 其中, the asymptomatic list after ；',
			[
				'4月3日0—24时，全省新增本地确诊病例57例（轻型55例、普通型2例），其中长春市41例（含9例无症状感染者转为确诊病例）、吉林市16例（含1例无症状感染者转为确诊病例）；新增本地无症状感染者230例，其中长春市200例、通化市30例。'
			],
			'2022-04-04',
			[
				['2022-04-03', '吉林省', 57, 230],
				['2022-04-03', '长春市', 41, 200],
				['2022-04-03', '吉林市', 16, null],
				['2022-04-03', '通化市', null, 30]
			]
		],
		[
			'a transcript: 包括 lists with ， and a conversion as its own clause; a 9至24时 window',
			[
				'3月20日0至24时，全省新增确诊病例88例，包括长春市70例，含2例无症状感染者转确诊病例，辽源市18例，无症状感染者45例，包括长春市45例。其中3月20日9至24时，全省新增本地确诊病例50例。'
			],
			'2022-03-21',
			[
				['2022-03-20', '吉林省', 88, 45],
				['2022-03-20', '长春市', 70, 45],
				['2022-03-20', '辽源市', 18, null],
				['2022-03-20', '吉林省', 50, null, '9—24时']
			]
		],
		[
			'discharges in the same shape right after are never reports',
			[
				'4月3日0—24时，全省新增本地确诊病例5例，其中四平市5例。4月3日0—24时，全省新增治愈出院确诊病例60例，其中长春市50例、吉林市10例；新增解除隔离医学观察无症状感染者90例，其中长春市90例。'
			],
			'2022-04-04',
			[
				['2022-04-03', '吉林省', 5, null],
				['2022-04-03', '四平市', 5, null]
			]
		],
		[
			'another province: its own region; shares of its figures are not reports',
			[
				'河北省卫健委4月6日通报，4月5日0—24时，河北新增本土确诊病例12例和无症状感染者40例，其中3例确诊病例为此前无症状感染者转归，2例确诊病例和33例无症状感染者在隔离管控中发现。'
			],
			'2022-04-06',
			[['2022-04-05', '河北省', 12, 40]]
		],
		[
			'a mirror: ASCII and doubled marks, pinyin glosses, a mis-encoded 無 (the ? is no sentence end)',
			[
				'4月3日0-24時,全省新增本地確診病例57例(輕型57例),,其中長(zhǎng)春市41例,、吉林市16例;新增本地?zé)o癥狀感染者230例,其中長(zhǎng)春市200例。'
			],
			'2022-04-04',
			[
				['2022-04-03', '吉林省', 57, 230],
				['2022-04-03', '长春市', 41, 200],
				['2022-04-03', '吉林市', 16, null]
			]
		],
		[
			'a city bulletin: 全市 is the city of the lead, never a district of its lists',
			[
				'据吉林市卫健委消息，4月2日0-24时，全市新增本土确诊病例30例。新增病例中，轻型30例。其中蛟河市3例，桦甸市2例。',
				'期间，4月2日8-24时，全市新增本土确诊病例20例。'
			],
			'2022-04-03',
			[
				['2022-04-02', '吉林市', 30, null],
				['2022-04-02', '蛟河市', 3, null],
				['2022-04-02', '桦甸市', 2, null],
				['2022-04-02', '吉林市', 20, null, '8—24时']
			]
		],
		[
			'a national bulletin set out line by line, spaces around its numbers',
			[
				'4 月 2 日 0 — 24 时，31 个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例 700 例。',
				'本土病例 650 例',
				'吉林 500 例，其中长春市 420 例、吉林市 80 例；',
				'上海 150 例，其中浦东新区 100 例。'
			],
			'2022-04-03',
			[
				['2022-04-02', '全国', 650, null],
				['2022-04-02', '吉林省', 500, null],
				['2022-04-02', '长春市', 420, null],
				['2022-04-02', '吉林市', 80, null],
				['2022-04-02', '上海市', 150, null]
			]
		],
		[
			'a copy that lost its big numbers keeps what it still says',
			[
				'4月2日0-24时，长春市新增本地确诊病例例（含5例无症状感染者转为确诊病例），其中宽城区例、九台区40例、农安县2例。'
			],
			'2022-04-03',
			[
				['2022-04-02', '九台区', 40, null],
				['2022-04-02', '农安县', 2, null]
			]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		expect(rows(paragraphs, day)).toEqual(expected);
	});
});

describe('events: press conferences, Traditional script, regions', () => {
	const events = (text: string, day: string) =>
		extractEvents(makeArticle([text], { day })).map((e) => [e.date, e.kind, e.chair, e.region]);
	it.each<
		[string, string, string, Array<[string, string, string | undefined, string | undefined]>]
	>([
		[
			'a press conference by video link is a press conference',
			'今天，本轮吉林省疫情防控工作第19场新闻发布会以视频连线的形式召开。',
			'2022-04-02',
			[['2022-04-02', 'other', undefined, '吉林省']]
		],
		[
			'a national press conference: its day is the day it was held, its region 全国',
			'国家卫健委新闻发言人某某18日在国务院联防联控机制新闻发布会上表示，4月17日全国新增本土感染者超过两万例。',
			'2022-04-19',
			[['2022-04-18', 'other', undefined, '全国']]
		],
		[
			'the host who 主持s a press conference chairs it; its speakers do not',
			'4月8日，吉林省政府新闻办召开第25场新闻发布会，省政府新闻办主任王明远主持发布会，省卫生健康委副主任刘子平通报疫情。',
			'2022-04-08',
			[['2022-04-08', 'other', '王明远', '吉林省']]
		],
		[
			'Traditional script reads as Simplified: 以視頻形式 is a video conference',
			'3月30日，吉林省委書記景俊海以視頻形式主持召開全省疫情防控調度會議。',
			'2022-03-31',
			[['2022-03-30', 'video-conference', '景俊海', '吉林省']]
		],
		[
			'another province’s leading group, told in the same words: its own region',
			'4月3日，浙江省委书记、省疫情防控工作领导小组组长钱立新以视频形式主持召开领导小组会议。',
			'2022-04-04',
			[['2022-04-03', 'video-conference', '钱立新', '浙江省']]
		],
		[
			'a leader directing the work at a command centre holds a working session',
			'4月6日下午，省委书记景俊海到吉林市疫情防控指挥部，指挥部署全市疫情防控工作。',
			'2022-04-07',
			[['2022-04-06', 'meeting', '景俊海', '吉林省']]
		],
		[
			'a sentence with no subject after a full stop goes on with the same leader',
			'4月27日，省委书记景俊海主持召开专家座谈会。在长春市实地检查指导复工复产工作。',
			'2022-04-28',
			[
				['2022-04-27', 'meeting', '景俊海', '吉林省'],
				['2022-04-27', 'field-inspection', '景俊海', '吉林省']
			]
		],
		[
			'a ；-clause with no subject is the same leader’s next activity',
			'4月11日，省委书记景俊海主持召开复工复产调度会；到长春市绿园区现场办公，推动企业复产。',
			'2022-04-12',
			[
				['2022-04-11', 'meeting', '景俊海', '吉林省'],
				['2022-04-11', 'onsite-office', '景俊海', '吉林省']
			]
		]
	])('%s', (_name, text, day, expected) => {
		expect(events(text, day)).toEqual(expected);
	});

	it('one inspection when the lead drops the given name (省长韩) and the next sentence gives it', () => {
		const article = makeArticle(
			[
				'4月9日，省委副书记、省长韩在白山市调研疫情防控工作。',
				'4月9日，韩俊在白山市疫情防控指挥部检查工作。'
			],
			{ day: '2022-04-10' }
		);
		expect(extractEvents(article).map((e) => [e.date, e.kind, e.chair, e.sources.length])).toEqual([
			['2022-04-09', 'field-inspection', '韩俊', 2]
		]);
	});

	it('a video link at a stop of a visit is the visit; a visit after a range spans it', () => {
		const article = makeArticle(
			[
				'4月1日至2日，国务院副总理某某在长春市检查指导疫情防控工作。',
				'某某来到宽城区疾控中心，实地察看流调工作。在一处隔离点，某某与隔离人员视频连线。'
			],
			{ day: '2022-04-02' }
		);
		const events = extractEvents(article);
		expect(events.map((e) => [e.date, e.dateEnd, e.kind])).toEqual([
			['2022-04-01', '2022-04-02', 'field-inspection']
		]);
	});
});

describe('people: titles, 据…介绍, credit lines', () => {
	const names = (text: string) => findPersonMentions(text, { roster: [] }).map((m) => m.name);
	it.each<[string, string, string[]]>([
		['a long organisation and title chain', '省卫生健康委副主任冯立群通报疫情。', ['冯立群']],
		[
			'two titles joined by 、 before the name',
			'省委宣传部副部长、省政府新闻办主任宋知远主持发布会。',
			['宋知远']
		],
		['据…介绍', '据省商务厅党组成员、副厅长方启明介绍，保供平稳。', ['方启明']],
		['a role before a name', '社区志愿者韦小雨在群里说，物资已送到。', ['韦小雨']],
		['任 after a personnel decision', '省委决定，卢建新任吉林市委副书记。', ['卢建新']]
	])('%s', (_name, text, expected) => {
		expect(names(text)).toEqual(expected);
	});

	it.each<[string, string, string[]]>([
		[
			'a spaced list after 总台记者',
			'（总台记者 邝海 项若彤 贝明轩）',
			['邝海', '项若彤', '贝明轩']
		],
		['names run together', '（总台记者郑一鸣陈欣怡杜伟）', ['郑一鸣', '陈欣怡', '杜伟']],
		['an outlet glued to the label, then 摄影', '松辽日报记者洪海燕 摄影 尤佳', ['洪海燕', '尤佳']],
		['an editor is no credit', '编辑 汤小米', []],
		['prose is no credit line', '记者了解到，全市物资供应充足。', []]
	])('findCreditLine: %s', (_name, text, expected) => {
		expect(findCreditLine(text).map((c) => c.name)).toEqual(expected);
	});

	it('splitNameRun prefers common surnames and no surname inside a given name', () => {
		expect(splitNameRun('钱明远孙丽何军严志强')).toEqual(['钱明远', '孙丽', '何军', '严志强']);
		expect(splitNameRun('记者')).toBeNull();
	});

	it('a Jilin article’s credit line and title chains reach its people; 总台记者 is no one', () => {
		const { people } = extractArticle(
			makeArticle(
				[
					'4月6日，吉林省召开第28场新闻发布会。省卫生健康委副主任冯立群介绍了医疗救治情况。',
					'（总台记者 邝海 项若彤）'
				],
				{ day: '2022-04-06' }
			)
		);
		expect(people.map((p) => p.name).sort()).toEqual(['冯立群', '邝海', '项若彤'].sort());
	});
});

describe('script, dates and scope', () => {
	it('乾 and 於 are names in Simplified text; 於 folds in Traditional text', () => {
		expect(toSimplified('记者 於小川 吴乾坤')).toBe('记者 於小川 吴乾坤');
		expect(toSimplified('關於會議')).toBe('关于会议');
		expect(toSimplified('記者 吳乾坤')).toBe('记者 吴乾坤');
	});

	it('a page’s time stamp glued to the lead date does not hide the date', () => {
		const [m] = findDates('最后更新: 2022-04-02 10:15:303月31日晚，', { articleDay: '2022-04-02' });
		expect([m.date, m.partOfDay]).toEqual(['2022-03-31', 'evening']);
	});

	it.each<[string, string, string[], boolean]>([
		[
			'a company notice',
			'某某股份：一季度净利润增长',
			['公司于4月7日召开董事会，审议通过利润分配预案。净利润同比增长。'],
			true
		],
		['a leader’s forum', '某某恳谈会举行', ['2月5日，省委书记景俊海主持召开恳谈会。'], false],
		[
			'market words in an epidemic story',
			'疫情影响股价',
			['受疫情影响，公司股价下跌，净利润减少。'],
			false
		]
	])('isMarketNews: %s', (_name, title, paragraphs, expected) => {
		expect(isMarketNews({ ...makeArticle(paragraphs), title })).toBe(expected);
	});
});

describe('the focus region', () => {
	const file = (name: string, title: string, text: string, date = '2022-04-07 10:00:00') => ({
		file: name,
		bytes: `---\ntitle: '${title}'\nauthor: 测试报\ndate: ${date}\n---\n<div><p>${text}</p></div>\n`
	});
	const files = [
		file(
			'a.txt',
			'吉林省疫情防控领导小组会议召开',
			'4月6日，省委书记景俊海以视频形式主持召开省疫情防控领导小组会议。省委副书记、省长韩俊出席会议。'
		),
		file(
			'b.txt',
			'省委专题会召开',
			'4月6日，省委书记林志远以视频形式主持召开省疫情防控工作领导小组会议。他强调，要守住山西防线。'
		),
		file('c.txt', '辽宁新增本土确诊病例', '4月6日0—24时，辽宁新增本土确诊病例9例。')
	];

	it('keeps the focus region’s items in the main lists and sets the rest aside with their region', () => {
		const d = buildDataset('x', files, [], new Date('2023-01-01T00:00:00Z'));
		expect(d.corpus.focus).toBe('吉林省');
		expect(d.articles.map((a) => a.region)).toEqual(['吉林省', '山西省', '辽宁省']);
		expect(d.events.map((e) => [e.chair, e.region])).toEqual([['景俊海', '吉林省']]);
		expect(d.setAside.events.map((e) => [e.chair, e.region])).toEqual([['林志远', '山西省']]);
		expect(d.caseReports).toEqual([]);
		expect(d.setAside.caseReports.map((c) => [c.region, c.confirmed])).toEqual([['辽宁省', 9]]);
		expect(d.people.map((p) => p.name).sort()).toEqual(['景俊海', '韩俊'].sort());
		expect(d.setAside.people.map((p) => p.name)).toEqual(['林志远']);
		// The meetings legend colours the dashboard's chairs: no other province's.
		expect(Object.keys(dashboardData(d).colours)).not.toContain('林志远');
		expect(Object.keys(dashboardData(d).colours)).toContain('景俊海');
	});

	it('another focus turns the lists round', () => {
		const d = buildDataset('x', files, [], new Date('2023-01-01T00:00:00Z'), { focus: '山西省' });
		expect(d.events.map((e) => e.chair)).toEqual(['林志远']);
		expect(d.setAside.events.map((e) => e.chair)).toEqual(['景俊海']);
		expect([...new Set(d.appearances.map((a) => a.person))]).toEqual(['林志远']);
	});
});
