/**
 * The families of real sentences a fourth held-out set (G: 31 real articles read by someone who
 * never saw the code) showed the extraction missed. Each in our own words, with other names and
 * numbers; whole-article shapes are in test/fixtures/unseen8.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '$lib/extract/dates';
import { extractEvents } from '$lib/extract/events';
import { buildExtraction, extractArticle } from '$lib/extract/index';
import { findBylineCredits, findPersonMentions } from '$lib/extract/people';
import { makeArticle } from './helpers/make-article';

type Row = [string, string, number | null, number | null];

/** Rows (date, region, confirmed, asymptomatic) of one article, focus and set aside, sorted. */
function rows(paragraphs: string[], day: string): Row[] {
	const x = buildExtraction([makeArticle(paragraphs, { day })]);
	return [...x.caseReports, ...x.setAside.caseReports]
		.map((r): Row => [r.date, r.region, r.confirmed, r.asymptomatic])
		.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
}

const byRegion = (list: Row[]) =>
	[...list].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

describe('case reports: the shapes set G showed', () => {
	it.each<[string, string[], string, Row[]]>([
		[
			'a rewrite gives each province’s share of a national figure (分布中，…占…，其中…；另外…也有…)',
			[
				'国家卫健委11日通报，3月10日全天31个省份新增本土确诊病例520例，新增本土无症状感染者610例。',
				'在10日新增本土确诊520例的区域主要分布中，吉林省占210例，其中长春市150例、吉林市48例、延边朝鲜族自治州12例；另外广东也有70例，其中深圳市70例。'
			],
			'2022-03-11',
			[
				['2022-03-10', '全国', 520, 610],
				['2022-03-10', '吉林市', 48, null],
				['2022-03-10', '吉林省', 210, null],
				['2022-03-10', '广东省', 70, null],
				['2022-03-10', '延边州', 12, null],
				['2022-03-10', '深圳市', 70, null],
				['2022-03-10', '长春市', 150, null]
			]
		],
		[
			'the same for asymptomatic infections, in Traditional, with 有 and 其次是…的',
			[
				'國家衛健委11日通報，3月10日全天新增本土無症狀感染者610例。',
				'而在新增本土無症狀感染者610例的位置分佈上，最多仍來自吉林省有260例，其中長春市200例、吉林市60例；其次是廣東的90例。'
			],
			'2022-03-11',
			[
				['2022-03-10', '全国', null, 610],
				['2022-03-10', '吉林市', null, 60],
				['2022-03-10', '吉林省', null, 260],
				['2022-03-10', '广东省', null, 90],
				['2022-03-10', '长春市', null, 200]
			]
		],
		[
			'a city’s positives split by metric after 其中 (the sum is no report); its running totals',
			[
				'市卫健委通报，4月2日0-24时，长春市新增阳性感染者1250例，其中本土确诊病例430例，本土无症状感染者820例。截至2日24时，本轮疫情长春市累计报告阳性感染者9100例，其中确诊病例5200例，无症状感染者3900例。'
			],
			'2022-04-03',
			[['2022-04-02', '长春市', 430, 820]]
		],
		[
			'a bulletin whose brackets a copying site stripped: the list is glued to its figure',
			[
				'2月9日0-24时，全省新增本地确诊病例14例白山市9例，四平市3例，辽源市2例，其中6例白山市4例，四平市2例系由无症状感染者转为确诊病例 截至目前，全省累计报告确诊病例70例白山市50例，四平市20例'
			],
			'2022-02-10',
			[
				['2022-02-09', '吉林省', 14, null],
				['2022-02-09', '四平市', 3, null],
				['2022-02-09', '白山市', 9, null],
				['2022-02-09', '辽源市', 2, null]
			]
		],
		[
			'words glued after a figure that do not add up to it are no list',
			['4月2日0-24时，全省新增本地确诊病例14例长春市9例，全省新增本地无症状感染者30例。'],
			'2022-04-03',
			[['2022-04-02', '吉林省', 14, 30]]
		],
		[
			'a case told as a story (发现1人…诊断为本土确诊病例) is that place’s, on the day it was found',
			[
				'新华社长春3月6日电（记者莫书涵）吉林省敦化市疫情防控指挥部6日发布通告称，5日，敦化市在重点人群筛查中，发现1人核酸检测结果呈阳性，经复核仍为阳性，经专家组会诊诊断为本土确诊病例（轻型），已转运至定点医院。'
			],
			'2022-03-06',
			[['2022-03-05', '敦化市', 1, null]]
		],
		[
			'the same for an asymptomatic infection',
			['4月8日，梅河口市在区域核酸检测中发现2名核酸检测阳性人员，经专家组会诊判定为无症状感染者。'],
			'2022-04-09',
			[['2022-04-08', '梅河口市', null, 2]]
		],
		[
			'a positive result with no diagnosis is no case report',
			['4月8日，梅河口市在区域核酸检测中发现1人核酸检测结果异常，正在复核。'],
			'2022-04-09',
			[]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		expect(rows(paragraphs, day)).toEqual(byRegion(expected));
	});

	it('the cumulative split after 累计报告阳性感染者 is a running total', () => {
		const { cumulativeReports } = extractArticle(
			makeArticle(
				[
					'截至2日24时，本轮疫情长春市累计报告阳性感染者9100例，其中确诊病例5200例，无症状感染者3900例。'
				],
				{ day: '2022-04-03' }
			)
		);
		expect(cumulativeReports.map((r) => [r.date, r.region, r.confirmed, r.asymptomatic])).toEqual([
			['2022-04-02', '长春市', 5200, 3900]
		]);
	});
});

describe('people: speaker labels, a reprint’s wire dateline, a glued photo credit', () => {
	it.each<[string, string, string[]]>([
		[
			'a transcript’s speaker label: title chain, space, name, colon',
			'吉林省农业农村厅副厅长 柯明轩：一是保障农资供应。',
			['柯明轩']
		],
		['a full-width space and colon', '省卫健委副主任\u3000詹雪松：目前全省…', ['詹雪松']],
		['a title and a space with no colon after the name is no label', '省卫健委副主任 会议要求', []]
	])('%s', (_name, text, expected) => {
		expect(findPersonMentions(text, { roster: [] }).map((p) => p.name)).toEqual(expected);
	});

	it('the speaker label makes a speaker, with the title chain before the space', () => {
		const { people, appearances } = extractArticle(
			makeArticle(['吉林省农业农村厅副厅长 柯明轩：一是保障农资供应。'], { day: '2022-04-12' })
		);
		expect(people.map((p) => [p.name, p.titles])).toEqual([['柯明轩', ['吉林省农业农村厅副厅长']]]);
		expect(appearances.map((a) => [a.person, a.role])).toEqual([['柯明轩', 'speaker']]);
	});

	it.each<[string, string, string[]]>([
		[
			'a reprint’s 据…电 dateline names every reporter',
			'据新华社电 (记者莫书涵、华凌云)记者从28日召开的新闻发布会上了解到',
			['莫书涵', '华凌云']
		],
		[
			'names set apart by spaces',
			'据中新社电（记者 骆思源 饶晓东）记者从吉林省获悉',
			['骆思源', '饶晓东']
		],
		[
			'a cited dispatch (…报道) is no byline of this story',
			'据新华社长春4月2日电（记者 卜春雷）报道',
			[]
		],
		['据…讯 is a citation too', '据本报讯（记者 卜春雷）', []]
	])('findBylineCredits: %s', (_name, text, expected) => {
		const found = findBylineCredits(text);
		expect(found.map((c) => c.name)).toEqual(expected);
	});

	it('a photo credit with 摄 glued to the name (新華社發（某某攝）) credits the name', () => {
		const article = makeArticle(['這是4月2日拍攝的長春市一處核酸採樣點。新華社發（樊永健攝）'], {
			day: '2022-04-03',
			captions: [0]
		});
		const text = article.paragraphs[0].text;
		const start = text.indexOf('樊永健攝');
		const credit = {
			name: '樊永健攝',
			role: 'reporter' as const,
			paragraph: 0,
			start,
			end: start + 4
		};
		const { people, appearances } = extractArticle({ ...article, credits: [credit] });
		expect(people.map((p) => p.name)).toEqual(['樊永健']);
		expect(appearances.map((a) => [a.person, a.role, a.evidence.quote])).toEqual([
			['樊永健', 'credit', '（樊永健攝）']
		]);
	});
});

describe('events and dates: consecutive days listed, a room named for video', () => {
	it.each<
		[string, string, string, Array<[string, string, string | undefined, string | undefined]>]
	>([
		[
			'consecutive days listed with 、, then 分别: each day',
			'11月20日、21日，某市疫情防控工作领导小组分别召开会议。',
			'2021-11-22',
			[['11月20日、21日', '2021-11-20', '2021-11-21', 'daily']]
		],
		[
			'three consecutive days',
			'4月5日、6日、7日，省长卜春雷到延边州调研。',
			'2022-04-08',
			[['4月5日、6日、7日', '2022-04-05', '2022-04-07', undefined]]
		],
		[
			'days that are not consecutive stay apart',
			'4月5日、8日，省长卜春雷两次到延边州调研。',
			'2022-04-09',
			[
				['4月5日', '2022-04-05', undefined, undefined],
				['8日', '2022-04-08', undefined, undefined]
			]
		]
	])('%s', (_name, text, day, expected) => {
		expect(
			findDates(text, { articleDay: day }).map((m) => [m.text, m.date, m.dateEnd, m.recurrence])
		).toEqual(expected);
	});

	type Ev = [string, string, string | undefined, string | undefined, string | undefined];
	it.each<[string, string[], string, Ev[]]>([
		[
			'meetings held in a room named for video on two days, one each day: a meeting',
			[
				'11月20日、21日，某市疫情防控工作领导小组在市政府视频会议室分别召开会议，听取各区汇报。',
				'市委书记饶晓东主持会议并讲话。'
			],
			'2021-11-22',
			[['2021-11-20', 'meeting', '饶晓东', '2021-11-21', 'daily']]
		],
		[
			'a meeting held 以视频形式 is still a video conference',
			['4月6日，市委书记饶晓东以视频形式主持召开领导小组会议。'],
			'2022-04-07',
			[['2022-04-06', 'video-conference', '饶晓东', undefined, undefined]]
		]
	])('%s', (_name, paragraphs, day, expected) => {
		expect(
			extractEvents(makeArticle(paragraphs, { day })).map((e): Ev => [
				e.date,
				e.kind,
				e.chair,
				e.dateEnd,
				e.recurrence
			])
		).toEqual(expected);
	});
});
