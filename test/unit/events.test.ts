import { describe, expect, it } from 'vitest';
import {
	extractEvents,
	mergeEvents,
	mergeEventsWithIndex,
	readSentences,
	type ArticleEvent
} from '$lib/extract/events';
import { isAboutEpidemic } from '$lib/extract/topic';
import type { Article } from '$lib/types';
import { articleOf, type ArticleSpec } from './helpers/make-article-b';

/** The fields a reader checks, without evidence offsets. */
/** An event without its sources' text, and without its region (tested on its own below). */
function summary(e: ArticleEvent) {
	const { sources, ...rest } = e;
	delete rest.region;
	return { ...rest, sources: sources.map((s) => s.paragraph) };
}

function expectEvidenceExact(article: Article, events: ArticleEvent[]) {
	for (const e of events) {
		for (const s of e.sources) {
			expect(s.article).toBe(article.id);
			expect(article.paragraphs[s.paragraph].text.slice(s.start, s.end)).toBe(s.quote);
		}
	}
}

const cases: Array<[string, string[], ArticleSpec, ReturnType<typeof summary>[]]> = [
	[
		'multi-stop inspection on one day is one event; captions repeat it',
		[
			'今天，省委书记景俊海在长春实地检查指导疫情防控工作，看望慰问一线工作人员。他强调，要深入贯彻习近平总书记关于统筹疫情防控和经济社会发展的重要讲话重要指示精神，按照孙春兰副总理部署要求，坚持科学精准、动态清零。',
			'在经开区疫情防控指挥部，景俊海听取工作情况汇报，要求长春市、经开区深入小区一线再扫描、找盲区、防爆点、控风险。',
			'4月15日，省委书记景俊海在长春实地检查指导疫情防控工作，到宽城区为圆满完成包保支援任务的四平工作队送行。',
			'景俊海来到宽城区，为圆满完成包保支援任务的四平工作队送行。',
			'在北京援吉核酸检测队驻地，景俊海亲切看望慰问全体队员。',
			'吴靖平、张志军、庞庆波参加有关活动。'
		],
		{ day: '2022-04-15', captions: [2] },
		[
			{
				date: '2022-04-15',
				kind: 'field-inspection',
				chair: '景俊海',
				place: '长春',
				participants: ['吴靖平', '张志军', '庞庆波'],
				confidence: 'stated',
				sources: [0, 2, 4]
			}
		]
	],
	[
		'on-site office in the morning, place after 到',
		[
			'4月2日上午，省委书记景俊海到长春新区管委会现场办公，听取疫情防控进展情况，进一步研究完善有关工作举措。景俊海强调，要深入贯彻习近平总书记关于疫情防控的重要讲话重要指示精神。省政协主席江泽林参加活动。',
			'4月2日，省委书记景俊海到长春新区管委会现场办公，听取疫情防控进展情况。邹乃硕 摄',
			'刘伟参加活动。（黄鹭）'
		],
		{ day: '2022-04-02', captions: [1] },
		[
			{
				date: '2022-04-02',
				partOfDay: 'morning',
				kind: 'onsite-office',
				chair: '景俊海',
				place: '长春新区管委会',
				participants: ['江泽林', '刘伟'],
				confidence: 'stated',
				sources: [0, 1]
			}
		]
	],
	[
		'back-to-back sessions and a 今天 repeat are one video conference',
		[
			'3月28日，省委书记景俊海以视频形式主持召开省疫情防控领导小组长春防疫工作问题查摆会和反馈会。',
			'今天，省委书记景俊海以视频形式主持召开省疫情防控领导小组长春防疫工作问题查摆会和反馈会。景俊海强调，长春各级党员干部要切实把思想和行动统一到习近平总书记关于疫情防控的重要指示精神上来。',
			'在省疫情防控领导小组长春防疫工作问题查摆会上，各有关专项工作组汇报长春防疫工作存在的问题并提出有关建议。',
			'随后，景俊海主持召开省疫情防控领导小组长春防疫工作问题反馈会，向长春市反馈了核酸检测、流调溯源、隔离转运等十个方面问题。',
			'高广滨、范锐平、阿东、王子联在各会场参加会议。'
		],
		{ day: '2022-03-28', captions: [0] },
		[
			{
				date: '2022-03-28',
				kind: 'video-conference',
				title: '省疫情防控领导小组长春防疫工作问题查摆会和反馈会',
				chair: '景俊海',
				participants: ['高广滨', '范锐平', '阿东', '王子联'],
				confidence: 'stated',
				sources: [0, 1, 3]
			}
		]
	],
	[
		'Traditional script, evening, place, 出席会议 participants',
		[
			'3月12日晚，吉林省委書記景俊海繼續在吉林市以視頻形式主持召開省疫情防控領導小組會議。他強調，要深入貫徹習近平總書記關於疫情防控工作的重要講話重要指示精神，按照全國疫情防控工作電視電話會議精神和孫春蘭副總理部署要求。省委副書記、省長韓俊，國家衛生健康委副主任李斌出席會議。',
			'3月12日，省委書記景俊海以視頻形式主持召開省疫情防控領導小組會議。'
		],
		{ day: '2022-03-13', captions: [1] },
		[
			{
				date: '2022-03-12',
				partOfDay: 'evening',
				kind: 'video-conference',
				title: '省疫情防控領導小組會議',
				place: '吉林市',
				chair: '景俊海',
				participants: ['韩俊', '李斌'],
				confidence: 'stated',
				sources: [0, 1]
			}
		]
	],
	[
		'a dated conference, an inferred 第一时间 instruction, a daily range; personnel decision is no event',
		[
			'3月10日，吉林省卫健委通报，3月9日，全省新增本地确诊病例165例、全省新增本地无症状感染者179例。',
			'据吉林广播电视台官方微信公众号报道，3月10日，吉林省委书记景俊海在北京以视频形式主持召开省疫情防控领导小组会议，进一步调度部署全省疫情防控工作。省委副书记、省长韩俊出席会议。',
			'据《吉林日报》此前报道，3月1日0—6时，延边州珲春市报告1例本土新冠肺炎确诊病例。接到报告后，正在北京准备参加全国两会的省委书记景俊海，省委副书记、省长韩俊第一时间作出批示指示。',
			'报道显示，3月2日至3月9日，吉林省委书记景俊海，每天在北京以视频形式主持召开省疫情防控领导小组会议，深入分析研判当前全省疫情防控形势。',
			'3月10日下午，据“吉林发布”消息，吉林省委决定，总督学、省教育厅党组成员岳强兼任吉林农业科技学院党委书记；免去张立峰的吉林农业科技学院党委书记职务。'
		],
		{ day: '2022-03-10' },
		[
			{
				date: '2022-03-10',
				kind: 'video-conference',
				title: '省疫情防控领导小组会议',
				place: '北京',
				chair: '景俊海',
				participants: ['韩俊'],
				confidence: 'stated',
				sources: [1]
			},
			{
				date: '2022-03-01',
				kind: 'other',
				place: '北京',
				chair: '景俊海',
				participants: ['韩俊'],
				confidence: 'inferred',
				sources: [2]
			},
			{
				date: '2022-03-02',
				dateEnd: '2022-03-09',
				recurrence: 'daily',
				kind: 'video-conference',
				title: '省疫情防控领导小组会议',
				place: '北京',
				chair: '景俊海',
				participants: [],
				confidence: 'stated',
				sources: [3]
			}
		]
	],
	[
		'a meeting then an inspection after it: two events on one day',
		[
			'4月1日上午，省长韩俊主持召开省政府常务会议，研究部署疫情防控工作。会后，韩俊来到长春市朝阳区实地检查核酸检测工作。'
		],
		{ day: '2022-04-01' },
		[
			{
				date: '2022-04-01',
				partOfDay: 'morning',
				kind: 'meeting',
				title: '省政府常务会议',
				chair: '韩俊',
				participants: [],
				confidence: 'stated',
				sources: [0]
			},
			{
				date: '2022-04-01',
				kind: 'field-inspection',
				place: '长春市朝阳区',
				chair: '韩俊',
				participants: [],
				confidence: 'inferred',
				sources: [0]
			}
		]
	],
	[
		'a range without 每天 is not daily',
		['3月5日至7日，省委书记景俊海深入长春、吉林基层一线督导检查疫情防控工作。'],
		{ day: '2022-03-08' },
		[
			{
				date: '2022-03-05',
				dateEnd: '2022-03-07',
				kind: 'field-inspection',
				chair: '景俊海',
				participants: [],
				confidence: 'stated',
				sources: [0]
			}
		]
	],
	[
		'a video link with a national body',
		['3月18日晚，景俊海与国务院联防联控机制综合组视频连线，汇报吉林疫情防控工作。'],
		{ day: '2022-03-19' },
		[
			{
				date: '2022-03-18',
				partOfDay: 'evening',
				kind: 'video-conference',
				chair: '景俊海',
				participants: [],
				confidence: 'stated',
				sources: [0]
			}
		]
	],
	[
		'a press conference is `other`, with no chair',
		['3月20日，吉林省召开新闻发布会，通报全省疫情防控工作情况。'],
		{ day: '2022-03-21' },
		[
			{
				date: '2022-03-20',
				kind: 'other',
				participants: [],
				confidence: 'stated',
				sources: [0]
			}
		]
	]
];

describe('extractEvents', () => {
	it.each(cases)('%s', (_label, paragraphs, spec, expected) => {
		const article = articleOf(paragraphs, spec);
		const events = extractEvents(article);
		expect(events.map(summary)).toEqual(expected);
		expectEvidenceExact(article, events);
	});
});

/** Sentences in the style of other Jilin reports (not from the seeds): the rules must generalise. */
const moreCases: Array<[string, ArticleSpec, Partial<ArticleEvent>[]]> = [
	[
		'4月7日，省委书记景俊海到长春市绿园区、朝阳区检查指导疫情防控工作，看望慰问基层一线工作人员。',
		{ day: '2022-04-07' },
		[
			{
				date: '2022-04-07',
				kind: 'field-inspection',
				chair: '景俊海',
				place: '长春市绿园区、朝阳区'
			}
		]
	],
	[
		'3月21日上午，省委书记景俊海，省委副书记、省长韩俊在长春市调研疫情防控和民生保障工作。',
		{ day: '2022-03-21' },
		[
			{
				date: '2022-03-21',
				partOfDay: 'morning',
				kind: 'field-inspection',
				chair: '景俊海',
				place: '长春市',
				participants: ['韩俊']
			}
		]
	],
	[
		'3月25日，省疫情防控领导小组召开会议，省委书记景俊海主持会议并讲话。',
		{ day: '2022-03-25' },
		[{ date: '2022-03-25', kind: 'meeting', chair: '景俊海' }]
	],
	[
		'3月16日，省委常委会召开会议，传达学习习近平总书记关于疫情防控工作的重要指示精神。省委书记景俊海主持会议。',
		{ day: '2022-03-16' },
		[{ date: '2022-03-16', kind: 'meeting', chair: '景俊海', confidence: 'stated' }]
	],
	[
		'4月10日，孙春兰副总理在长春主持召开会议，听取吉林省疫情防控工作汇报。',
		{ day: '2022-04-10' },
		[{ date: '2022-04-10', kind: 'meeting', chair: '孙春兰', place: '长春' }]
	],
	[
		'吉林省委書記景俊海13日在長春市檢查指導疫情防控工作。',
		{ day: '2022-03-14' },
		[{ date: '2022-03-13', kind: 'field-inspection', chair: '景俊海', place: '長春市' }]
	],
	[
		'3月18日，全省疫情防控工作电视电话会议召开。',
		{ day: '2022-03-18' },
		[{ date: '2022-03-18', kind: 'video-conference', title: '全省疫情防控工作电视电话会议' }]
	],
	[
		'3月19日，景俊海主持召开省疫情防控领导小组视频会议，部署全省疫情防控工作。',
		{ day: '2022-03-19' },
		[{ date: '2022-03-19', kind: 'video-conference', title: '省疫情防控领导小组视频会议' }]
	],
	['在全省疫情防控工作电视电话会议上，景俊海强调，要坚决遏制疫情扩散蔓延势头。', {}, []],
	['连日来，景俊海多次深入长春、吉林一线检查指导疫情防控工作。', {}, []],
	['省领导高广滨、吴靖平出席。', {}, []],
	[
		// The meeting is named before 召开; the one who 主持 chairs it, the one who 出席并讲话 attends.
		'4月12日，全省疫情防控工作会议在长春召开。省委书记景俊海出席会议并讲话。省委副书记、省长韩俊主持会议。',
		{ day: '2022-04-12' },
		[{ date: '2022-04-12', kind: 'meeting', chair: '韩俊', participants: ['景俊海'] }]
	],
	[
		// 调研指导 describes 孙春兰 (…的 + title + name); what she does here is 实地检查.
		'4月2日，正在吉林调研指导疫情防控工作的中共中央政治局委员、国务院副总理孙春兰来到长春市方舱医院实地检查。',
		{ day: '2022-04-03' },
		[{ date: '2022-04-02', kind: 'field-inspection', chair: '孙春兰' }]
	],
	[
		'新华社长春3月26日电（记者 段续、颜麟蕴）吉林省委书记景俊海25日在吉林市检查指导疫情防控工作。',
		{ day: '2022-03-26' },
		[{ date: '2022-03-25', kind: 'field-inspection', chair: '景俊海', confidence: 'stated' }]
	],
	[
		// A passive press conference: the date sits between the noun and the verb.
		'吉林省第五十场疫情防控新闻发布会4月5日在长春召开。',
		{ day: '2022-04-05' },
		[{ date: '2022-04-05', kind: 'other' }]
	],
	[
		'4月12日，全省疫情防控工作会议召开。景俊海出席并讲话，韩俊主持。',
		{ day: '2022-04-12' },
		[{ date: '2022-04-12', kind: 'meeting', chair: '韩俊', participants: ['景俊海'] }]
	],
	[
		// The one who 主持 chairs, not the subject who 参加.
		'3月13日，省委书记景俊海在长春参加孙春兰副总理主持召开的吉林省疫情防控工作视频会议。',
		{ day: '2022-03-13' },
		[{ date: '2022-03-13', kind: 'video-conference', chair: '孙春兰', participants: ['景俊海'] }]
	],
	[
		'3月12日至13日，省委书记景俊海连续两天以视频形式主持召开省疫情防控领导小组会议。',
		{ day: '2022-03-14' },
		[{ date: '2022-03-12', dateEnd: '2022-03-13', recurrence: 'daily', chair: '景俊海' }]
	],
	[
		// Officials who 出席发布会 attend the press conference already told.
		'4月10日，吉林省召开疫情防控新闻发布会。省卫生健康委副主任张艳丽，长春市副市长孙光芝出席发布会并回答记者提问。',
		{ day: '2022-04-10' },
		[{ date: '2022-04-10', kind: 'other', participants: ['张艳丽', '孙光芝'] }]
	],
	[
		// A dated speech at a meeting tells the meeting; its chair comes from 主持.
		'4月12日，省委书记景俊海在全省疫情防控工作会议上强调，要坚决巩固疫情防控成果。省委副书记、省长韩俊主持会议。',
		{ day: '2022-04-12' },
		[{ date: '2022-04-12', kind: 'meeting', chair: '韩俊', participants: ['景俊海'] }]
	],
	[
		'3月18日，景俊海在全省疫情防控工作电视电话会议上讲话。',
		{ day: '2022-03-18' },
		[{ date: '2022-03-18', kind: 'video-conference', participants: ['景俊海'] }]
	],
	[
		// No day of its own: the dispatch day, inferred.
		'新华社长春4月5日电（记者 张建）吉林省委书记景俊海在长春市检查指导疫情防控工作。',
		{ day: '2022-04-05' },
		[{ date: '2022-04-05', kind: 'field-inspection', chair: '景俊海', confidence: 'inferred' }]
	]
];

describe('extractEvents: other reports of the same kind', () => {
	it.each(moreCases)('%s', (text, spec, expected) => {
		const events = extractEvents(articleOf([text], spec));
		expect(events).toHaveLength(expected.length);
		events.forEach((e, i) => expect(e).toMatchObject(expected[i]));
	});
});

describe('isAboutEpidemic', () => {
	it.each<[string, string, string[], boolean]>([
		['title says so', '景俊海在长春检查指导疫情防控工作', ['景俊海来到宽城区。'], true],
		[
			'body says so, title does not',
			'吉林省委书记：我们正经历一次大战大考',
			['3月12日，景俊海主持召开省疫情防控领导小组会议。', '他强调，要坚决阻断疫情传播。'],
			true
		],
		[
			'a company notice that names the epidemic once',
			'吉林化纤：一季度净利润同比增长',
			[
				'吉林化纤4月8日晚间公告，公司于4月7日召开第十届董事会第五次会议。董事长宋德武主持会议。',
				'公告显示，公司一季度实现营业收入9.86亿元。',
				'公司表示，受本轮疫情影响，部分物流运输一度受阻。',
				'分析人士指出，碳纤维行业景气度有望维持高位。截至4月8日收盘，吉林化纤报5.12元。'
			],
			false
		]
	])('%s', (_label, title, paragraphs, expected) => {
		expect(isAboutEpidemic({ ...articleOf(paragraphs), title })).toBe(expected);
	});
});

describe('extractEvents: dispatch sessions, 会见, and what comes next', () => {
	it.each<[string, string[], string, Array<Partial<ArticleEvent>>]>([
		[
			'调度…工作 in person at the command is a meeting',
			[
				'4月5日，省委书记景俊海在省疫情防控指挥部调度疫情防控工作，听取长春市、吉林市疫情防控工作情况汇报，研究部署下一步重点任务。'
			],
			'2022-04-05',
			[{ date: '2022-04-05', kind: 'meeting', chair: '景俊海', place: '省疫情防控指挥部' }]
		],
		[
			'视频调度 stays a video conference',
			['3月13日，省委书记景俊海视频调度长春、吉林两市疫情防控工作。'],
			'2022-03-13',
			[{ date: '2022-03-13', kind: 'video-conference', chair: '景俊海' }]
		],
		[
			'会见 a delegation is a meeting; 随后…视频连线 is a second activity',
			[
				'4月9日，省委副书记、省长韩俊在长春会见国家卫生健康委专家组一行，代表省委、省政府对专家组给予吉林疫情防控工作的大力支持表示衷心感谢。',
				'随后，韩俊通过视频连线长春市、吉林市、四平市，听取三市疫情防控工作情况汇报，逐一研究解决突出问题。',
				'副省长蔡东参加会见和调度。'
			],
			'2022-04-09',
			[
				{ date: '2022-04-09', kind: 'meeting', chair: '韩俊', place: '长春', confidence: 'stated' },
				{
					date: '2022-04-09',
					kind: 'video-conference',
					chair: '韩俊',
					confidence: 'inferred',
					participants: ['蔡东']
				}
			]
		]
	])('%s', (_label, paragraphs, day, expected) => {
		const events = extractEvents(articleOf(paragraphs, { day }));
		expect(events).toHaveLength(expected.length);
		events.forEach((e, i) => expect(e).toMatchObject(expected[i]));
	});
});

describe('extractEvents: not events', () => {
	it.each([
		['attending a 会见 and a 调度', '4月9日，副省长蔡东参加会见和调度。'],
		['an instruction to dispatch', '景俊海强调，要加强统筹调度工作，确保物资供应。'],
		['background with 此前 and no date', '此前，景俊海曾多次深入基层一线检查指导疫情防控工作。'],
		['a meeting referred to (精神)', '要按照全国疫情防控工作电视电话会议精神，抓紧抓实防控措施。'],
		[
			'an instruction to go to the front line',
			'各专项工作组人员要深入长春、吉林基层一线，调配资源、解决问题。'
		],
		[
			'an instruction after 要求',
			'景俊海听取工作情况汇报，要求长春市、经开区深入小区一线再扫描、找盲区。'
		],
		[
			'a personnel decision',
			'3月10日下午，吉林省委决定，总督学、省教育厅党组成员岳强兼任吉林农业科技学院党委书记。'
		],
		[
			'a policy notice',
			'3月15日，省委办公厅、省政府办公厅印发《关于进一步做好疫情防控工作的通知》。'
		],
		['at the meeting (会上)', '会上，各有关专项工作组汇报长春防疫工作存在的问题并提出有关建议。'],
		['attendance only', '省委副书记、省长韩俊出席会议。'],
		[
			'a company board meeting, even in an epidemic sentence',
			'受疫情影响，公司于4月7日以通讯方式召开第十届董事会第五次会议，董事长宋德武主持会议。'
		],
		['a case report', '3月9日，全省新增本地确诊病例165例、全省新增本地无症状感染者179例。'],
		[
			'reported speech in a speech paragraph',
			'景俊海强调，各级领导干部要主持召开专题会议，研究解决突出问题。'
		]
	])('%s', (_label, text) => {
		expect(extractEvents(articleOf([text]))).toEqual([]);
	});
});

describe('mergeEvents', () => {
	const event = (
		date: string,
		kind: ArticleEvent['kind'],
		chair: string | undefined,
		article: string
	) =>
		({
			date,
			kind,
			chair,
			participants: [],
			confidence: 'stated',
			sources: [{ article, paragraph: 0, quote: 'x', start: 0, end: 1 }]
		}) satisfies ArticleEvent;

	it('merges the same date, kind and chair across articles, with stable numbered ids', () => {
		const inputs = [
			event('2022-03-12', 'video-conference', '景俊海', 'a'),
			event('2022-03-10', 'video-conference', '景俊海', 'b'),
			event('2022-03-12', 'video-conference', '景俊海', 'c'),
			event('2022-03-12', 'video-conference', '韩俊', 'c'),
			event('2022-03-12', 'field-inspection', '景俊海', 'd')
		];
		const { events, index } = mergeEventsWithIndex(inputs);
		expect(events.map((e) => [e.id, e.chair, e.sources.map((s) => s.article)])).toEqual([
			['ev-2022-03-10-video-conference-1', '景俊海', ['b']],
			['ev-2022-03-12-field-inspection-1', '景俊海', ['d']],
			['ev-2022-03-12-video-conference-1', '景俊海', ['a', 'c']],
			['ev-2022-03-12-video-conference-2', '韩俊', ['c']]
		]);
		expect(index).toEqual([2, 0, 2, 3, 1]);
		// the same input in another order gives the same ids
		expect(mergeEvents([...inputs].reverse()).map((e) => e.id)).toEqual(events.map((e) => e.id));
	});

	// One outlet: `3月28日，景俊海主持召开省疫情防控领导小组会议`; another: `吉林省委書記景俊海3月28日
	// 以視頻會議形式主持召開…會議`. The same gathering; the more specific kind wins.
	it.each<[string, ArticleEvent[], Array<[string, string[]]>]>([
		[
			'meeting and video conference from two outlets merge as a video conference',
			[
				event('2022-03-28', 'meeting', '景俊海', 'guancha'),
				event('2022-03-28', 'video-conference', '景俊海', 'udn')
			],
			[['ev-2022-03-28-video-conference-1', ['udn', 'guancha']]]
		],
		[
			'field inspection and on-site office merge as an on-site office',
			[
				event('2022-04-02', 'onsite-office', '景俊海', 'a'),
				event('2022-04-02', 'field-inspection', '景俊海', 'b')
			],
			[['ev-2022-04-02-onsite-office-1', ['a', 'b']]]
		],
		[
			'one article telling both kinds tells two activities (会见, then 视频连线)',
			[
				event('2022-04-09', 'meeting', '韩俊', 'a'),
				event('2022-04-09', 'video-conference', '韩俊', 'a')
			],
			[
				['ev-2022-04-09-meeting-1', ['a']],
				['ev-2022-04-09-video-conference-1', ['a']]
			]
		],
		[
			'no chair: not known to be the same gathering',
			[
				event('2022-04-11', 'meeting', undefined, 'a'),
				event('2022-04-11', 'video-conference', undefined, 'b')
			],
			[
				['ev-2022-04-11-meeting-1', ['a']],
				['ev-2022-04-11-video-conference-1', ['b']]
			]
		],
		[
			'a meeting and an inspection stay apart',
			[
				event('2022-03-25', 'meeting', '景俊海', 'a'),
				event('2022-03-25', 'field-inspection', '景俊海', 'b')
			],
			[
				['ev-2022-03-25-field-inspection-1', ['b']],
				['ev-2022-03-25-meeting-1', ['a']]
			]
		]
	])('%s', (_label, inputs, expected) => {
		const { events, index } = mergeEventsWithIndex(inputs);
		expect(events.map((e) => [e.id, e.sources.map((s) => s.article)])).toEqual(expected);
		for (const [i, e] of inputs.entries()) {
			expect(events[index[i]].sources.map((s) => s.article)).toContain(e.sources[0].article);
		}
	});

	it('different parts of the day stay apart across kinds', () => {
		const morning = {
			...event('2022-03-20', 'meeting', '景俊海', 'a'),
			partOfDay: 'morning' as const
		};
		const evening = {
			...event('2022-03-20', 'video-conference', '景俊海', 'b'),
			partOfDay: 'evening' as const
		};
		expect(mergeEvents([morning, evening])).toHaveLength(2);
	});

	it('keeps a range apart from a single day', () => {
		const range = {
			...event('2022-03-02', 'video-conference', '景俊海', 'a'),
			dateEnd: '2022-03-09'
		};
		const day = event('2022-03-02', 'video-conference', '景俊海', 'b');
		expect(mergeEvents([range, day])).toHaveLength(2);
	});
});

describe('extractEvents: dated clauses, plain 检查 after a move, two-day spans', () => {
	it.each<[string, string[], string, Array<Partial<ArticleEvent>>]>([
		[
			'；3月16日，… opens another dated activity in the same sentence',
			[
				'近期，吉林省委、省政府主要负责同志深入一线指挥调度。3月15日，省委书记景俊海到长春市检查方舱医院建设情况；3月16日，省长韩俊以视频方式调度吉林市疫情防控工作；3月17日，景俊海主持召开省委常委会会议，研究部署疫情防控重点工作。'
			],
			'2022-03-19',
			[
				{ date: '2022-03-15', kind: 'field-inspection', chair: '景俊海', place: '长春市' },
				{ date: '2022-03-16', kind: 'video-conference', chair: '韩俊' },
				{ date: '2022-03-17', kind: 'meeting', chair: '景俊海' }
			]
		],
		[
			'到…检查 is an inspection (plain 检查 after a move to the place)',
			[
				'3月29日，省长韩俊到长春市检查方舱医院建设运行情况，要求加快建设进度、尽快投入使用。（记者 李樊）'
			],
			'2022-03-29',
			[{ date: '2022-03-29', kind: 'field-inspection', chair: '韩俊', place: '长春市' }]
		],
		[
			'昨天 + 到…检查, published after midnight Beijing',
			['昨天，副省长蔡东到长春市检查方舱医院建设和患者收治工作，要求加快方舱医院建设进度。'],
			'2022-04-03',
			[{ date: '2022-04-02', kind: 'field-inspection', chair: '蔡东' }]
		],
		[
			'4月8日至9日…深入…检查 is one two-day inspection (no daily recurrence)',
			[
				'4月8日至9日，省委书记景俊海在长春市深入方舱医院、社区和物资保供企业检查疫情防控工作。',
				'在宽城区一封控社区，景俊海察看核酸采样和生活物资配送情况。',
				'4月9日晚，景俊海主持召开全省疫情防控工作视频调度会议，听取各地疫情防控工作情况汇报。'
			],
			'2022-04-09',
			[
				{ date: '2022-04-08', dateEnd: '2022-04-09', kind: 'field-inspection', chair: '景俊海' },
				{ date: '2022-04-09', kind: 'video-conference', chair: '景俊海', partOfDay: 'evening' }
			]
		],
		[
			'sentence offsets hold in every paragraph (one paragraph ending without 。 does not shift the next)',
			[
				'吉林日报',
				'3月20日，省委副书记、省长韩俊深入长春市朝阳区检查指导疫情防控工作。他强调，要织密织牢社区防控网。'
			],
			'2022-03-21',
			[{ date: '2022-03-20', kind: 'field-inspection', chair: '韩俊', confidence: 'stated' }]
		]
	])('%s', (_label, paragraphs, day, expected) => {
		const article = articleOf(paragraphs, { day });
		const events = extractEvents(article);
		expect(events).toHaveLength(expected.length);
		events.forEach((e, i) => expect(e).toMatchObject(expected[i]));
		expectEvidenceExact(article, events);
		for (const e of events) expect(e.recurrence).toBeUndefined();
	});

	it('a ； not followed by a day stays inside the sentence', () => {
		const article = articleOf([
			'3月15日，省委书记景俊海到长春市检查方舱医院建设情况；要加快建设进度，尽快投入使用。'
		]);
		expect(extractEvents(article).map((e) => e.sources[0].quote)).toEqual([
			'3月15日，省委书记景俊海到长春市检查方舱医院建设情况；要加快建设进度，尽快投入使用。'
		]);
	});
});

describe('extractEvents: 在…检查, attendance at a branch venue, announced gatherings', () => {
	it.each<[string, string[], string, Array<Partial<ArticleEvent>>]>([
		[
			'在…检查…工作 is an inspection; leaders named bare in a list: the first chairs',
			['4月2日，景俊海、韩俊在吉林市检查疫情防控工作。'],
			'2022-04-03',
			[
				{
					date: '2022-04-02',
					kind: 'field-inspection',
					chair: '景俊海',
					participants: ['韩俊']
				}
			]
		],
		[
			'在…检查…情况',
			['3月29日，副省长蔡东在长春市检查方舱医院建设情况。'],
			'2022-03-29',
			[{ date: '2022-03-29', kind: 'field-inspection', chair: '蔡东' }]
		],
		[
			'在吉林分会场参加…视频会议, then 会议由…主持: one conference, chaired by the one who presides',
			[
				'3月10日，省委书记景俊海，省委副书记、省长韩俊在吉林分会场参加国务院联防联控机制疫情防控视频会议。会议由中共中央政治局委员、国务院副总理孙春兰在北京主持。'
			],
			'2022-03-10',
			[
				{
					date: '2022-03-10',
					kind: 'video-conference',
					chair: '孙春兰',
					participants: ['景俊海', '韩俊']
				}
			]
		],
		[
			'陪同…检查: the one accompanying does not chair',
			['4月6日，副省长蔡东陪同国家卫生健康委专家组在长春市检查方舱医院建设情况。'],
			'2022-04-06',
			[{ date: '2022-04-06', kind: 'field-inspection', participants: ['蔡东'] }]
		],
		[
			'将于…召开 announces a gathering: not an event',
			['吉林省疫情防控工作新闻发布会（第五十一场）将于4月10日上午召开。'],
			'2022-04-09',
			[]
		],
		[
			'即将举行, 定于…召开: not events',
			['全省疫情防控工作会议定于4月20日召开。省委常委会即将召开会议研究部署相关工作。'],
			'2022-04-09',
			[]
		]
	])('%s', (_label, paragraphs, day, expected) => {
		const article = articleOf(paragraphs, { day });
		const events = extractEvents(article);
		expect(events).toHaveLength(expected.length);
		events.forEach((e, i) => expect(e).toMatchObject(expected[i]));
		expectEvidenceExact(article, events);
	});
});

describe('readSentences', () => {
	it.each([
		[
			'full stops keep their closing quotes; a Latin ! goes on',
			'他说：“好！”Yahoo!Japan报道。？ 下一句',
			['0:他说：“好！”', '7:Yahoo!Japan报道。？', '23:下一句']
		],
		[
			'a ； ends a sentence before a day or an elliptic verb, not elsewhere',
			'甲主持会议；3月1日，乙检查；丙说；到长春市现场办公',
			['0:甲主持会议；', '6:3月1日，乙检查；丙说；', '18:到长春市现场办公']
		],
		[
			'blank pieces are no sentences; spaces are trimmed',
			'\u3000 。。 甲。\n',
			['2:。。', '5:甲。']
		]
	])('%s', (_label, text, expected) => {
		const sentences = readSentences(articleOf([text]));
		expect(sentences.map((s) => `${s.start}:${s.text}`)).toEqual(expected);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});
