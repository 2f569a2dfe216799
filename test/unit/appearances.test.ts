import { describe, expect, it } from 'vitest';
import { extractPeople, linkAppearances, type ArticleAppearance } from '$lib/extract/appearances';
import { analyzeArticle } from '$lib/extract/events';
import type { Role } from '$lib/types';
import { articleOf, type ArticleSpec } from './helpers/make-article-b';

type Row = [person: string, role: Role, eventIndex: number | undefined, date: string];

const rows = (a: ArticleAppearance[]): Row[] =>
	a.map((x) => [x.person, x.role, x.eventIndex, x.date]);

const cases: Array<[string, string[], ArticleSpec, Row[]]> = [
	[
		'chair, pronoun speaker, referenced national leaders, activity participants',
		[
			'今天，省委书记景俊海在长春实地检查指导疫情防控工作，看望慰问一线工作人员。他强调，要深入贯彻习近平总书记关于统筹疫情防控和经济社会发展的重要讲话重要指示精神，按照孙春兰副总理部署要求，坚持科学精准、动态清零。',
			'吴靖平、张志军、庞庆波参加有关活动。'
		],
		{ day: '2022-04-15' },
		[
			['景俊海', 'chair', 0, '2022-04-15'],
			['景俊海', 'speaker', 0, '2022-04-15'],
			['习近平', 'referenced', undefined, '2022-04-15'],
			['孙春兰', 'referenced', undefined, '2022-04-15'],
			['吴靖平', 'participant', 0, '2022-04-15'],
			['张志军', 'participant', 0, '2022-04-15'],
			['庞庆波', 'participant', 0, '2022-04-15']
		]
	],
	[
		'photo and reporter credits; the editor is nobody',
		[
			'4月2日，省委书记景俊海到长春新区管委会现场办公，听取疫情防控进展情况。邹乃硕 摄',
			'刘伟参加活动。（黄鹭）'
		],
		{
			day: '2022-04-02',
			captions: [0],
			credits: [
				{ name: '邹乃硕', role: 'photo' },
				{ name: '黄鹭', role: 'reporter' }
			],
			editor: '何中夫'
		},
		[
			['景俊海', 'chair', 0, '2022-04-02'],
			['刘伟', 'participant', 0, '2022-04-02'],
			['邹乃硕', 'credit', 0, '2022-04-02'],
			['黄鹭', 'credit', 0, '2022-04-02']
		]
	],
	[
		'speakers: 强调, 对…提出要求, 作表态发言; 出席会议 participants',
		[
			'3月28日，省委书记景俊海以视频形式主持召开省疫情防控领导小组会议。省委副书记、省长韩俊出席会议。',
			'国务院联防联控机制综合组吉林工作组组长、国家卫生健康委副主任李斌对长春提出具体工作要求。省委常委、长春市委书记张志军作表态发言，表示一定举一反三。',
			'韩俊强调，要紧盯重点疫情地区。'
		],
		{ day: '2022-03-28' },
		[
			['景俊海', 'chair', 0, '2022-03-28'],
			['韩俊', 'participant', 0, '2022-03-28'],
			['李斌', 'speaker', 0, '2022-03-28'],
			['张志军', 'speaker', 0, '2022-03-28'],
			['韩俊', 'speaker', 0, '2022-03-28']
		]
	],
	[
		'a personnel decision: its subjects are referenced, dated by their sentence',
		[
			'3月10日，吉林省委书记景俊海在北京以视频形式主持召开省疫情防控领导小组会议。',
			'3月9日下午，据“吉林发布”消息，吉林省委决定，总督学、省教育厅党组成员岳强兼任吉林农业科技学院党委书记；免去张立峰的吉林农业科技学院党委书记职务。'
		],
		{ day: '2022-03-10' },
		[
			['景俊海', 'chair', 0, '2022-03-10'],
			['岳强', 'referenced', undefined, '2022-03-09'],
			['张立峰', 'referenced', undefined, '2022-03-09']
		]
	],
	[
		'a co-signed instruction: the second leader is a participant of it',
		[
			'据《吉林日报》此前报道，3月1日0—6时，延边州珲春市报告1例本土新冠肺炎确诊病例。接到报告后，正在北京准备参加全国两会的省委书记景俊海，省委副书记、省长韩俊第一时间作出批示指示。'
		],
		{ day: '2022-03-10' },
		[
			['景俊海', 'chair', 0, '2022-03-01'],
			['韩俊', 'participant', 0, '2022-03-01']
		]
	],
	[
		'one appearance per person, role and event, with the first evidence',
		[
			'3月12日晚，吉林省委書記景俊海繼續在吉林市以視頻形式主持召開省疫情防控領導小組會議。',
			'3月12日，省委書記景俊海以視頻形式主持召開省疫情防控領導小組會議。',
			'景俊海指出，當前形勢嚴峻。景俊海強調，各級黨委政府要堅決扛起責任。'
		],
		{ day: '2022-03-13' },
		[
			['景俊海', 'chair', 0, '2022-03-12'],
			['景俊海', 'speaker', 0, '2022-03-12']
		]
	],
	[
		'a referenced leader inside an event report takes the event day, not the publication day',
		[
			'3月12日晚，吉林省委书记景俊海继续在吉林市以视频形式主持召开省疫情防控领导小组会议。他强调，要深入贯彻习近平总书记关于疫情防控工作的重要讲话重要指示精神。'
		],
		{ day: '2022-03-13' },
		[
			['景俊海', 'chair', 0, '2022-03-12'],
			['景俊海', 'speaker', 0, '2022-03-12'],
			['习近平', 'referenced', undefined, '2022-03-12']
		]
	],
	[
		'everyone in a list before 分别汇报 speaks',
		[
			'4月8日，省委书记景俊海主持召开省疫情防控领导小组会议。会上，长春市委书记张志军、吉林市委书记胡家福分别汇报了两市疫情防控情况。'
		],
		{ day: '2022-04-08' },
		[
			['景俊海', 'chair', 0, '2022-04-08'],
			['张志军', 'speaker', 0, '2022-04-08'],
			['胡家福', 'speaker', 0, '2022-04-08']
		]
	],
	[
		'a speech at a meeting makes a speaker, the one who 主持 the chair',
		[
			'4月12日，省委书记景俊海在全省疫情防控工作会议上强调，要坚决巩固疫情防控成果。省委副书记、省长韩俊主持会议。'
		],
		{ day: '2022-04-12' },
		[
			['景俊海', 'speaker', 0, '2022-04-12'],
			['韩俊', 'chair', 0, '2022-04-12']
		]
	],
	[
		'the chair of a sentence that ends in 参加会议 is not a participant',
		[
			'3月13日晚，中共中央政治局委员、国务院副总理孙春兰在长春主持召开吉林省疫情防控工作会议，省委书记景俊海、省长韩俊参加会议。'
		],
		{ day: '2022-03-14' },
		[
			['孙春兰', 'chair', 0, '2022-03-13'],
			['景俊海', 'participant', 0, '2022-03-13'],
			['韩俊', 'participant', 0, '2022-03-13']
		]
	]
];

describe('extractPeople: appearances', () => {
	it.each(cases)('%s', (_label, paragraphs, spec, expected) => {
		const article = articleOf(paragraphs, spec);
		const { appearances } = extractPeople(article);
		expect(rows(appearances)).toEqual(expected);
		for (const a of appearances) {
			const text = article.paragraphs[a.evidence.paragraph].text;
			expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
		}
	});

	it('keeps the first evidence and the quote as written', () => {
		const article = articleOf(cases[5][1], cases[5][2]);
		const [chair] = extractPeople(article).appearances;
		expect(chair.evidence.paragraph).toBe(0);
		expect(chair.evidence.quote).toContain('視頻形式');
	});

	it.each([
		[
			'新华社长春4月2日电（记者 张建、段续）记者从吉林省卫生健康委员会获悉，全省疫情防控形势向好。',
			['张建', '段续']
		],
		['【文/观察者网 王恺雯】', ['王恺雯']]
	])('a dateline or byline credits its reporters: %s', (text, expected) => {
		const article = articleOf([text, '3月18日，省委书记景俊海主持召开会议，部署疫情防控工作。']);
		const credits = extractPeople(article).appearances.filter((a) => a.role === 'credit');
		expect(credits.map((c) => c.person)).toEqual(expected);
		expect(extractPeople(article).appearances.filter((a) => expected.includes(a.person))).toEqual(
			credits
		);
	});

	it.each([
		[
			'新华社长春4月2日电（记者 张建、段续）记者从吉林省卫生健康委员会获悉，全省疫情防控形势向好。',
			['张建', '段续']
		],
		['【文/观察者网 王恺雯】', ['王恺雯']]
	])('a dateline or byline credits its reporters: %s', (text, expected) => {
		const article = articleOf([text, '3月18日，省委书记景俊海主持召开会议，部署疫情防控工作。']);
		const credits = extractPeople(article).appearances.filter((a) => a.role === 'credit');
		expect(credits.map((c) => c.person)).toEqual(expected);
		expect(extractPeople(article).appearances.filter((a) => expected.includes(a.person))).toEqual(
			credits
		);
	});

	it('credits quote the credit with its 摄 or parentheses', () => {
		const article = articleOf(cases[1][1], cases[1][2]);
		const credits = extractPeople(article).appearances.filter((a) => a.role === 'credit');
		expect(credits.map((c) => c.evidence.quote)).toEqual(['邹乃硕 摄', '（黄鹭）']);
	});
});

describe('extractPeople: people', () => {
	it('lists everyone named once, editors excluded, with stated titles', () => {
		const article = articleOf(cases[2][1], cases[2][2]);
		const { people } = extractPeople(article, analyzeArticle(article), []);
		expect(people.map((p) => [p.name, p.id, p.pinyin, p.titles, p.level])).toEqual([
			['韩俊', 'han-jun', 'Han Jun', ['省委副书记', '省长'], 'provincial'],
			['景俊海', 'jing-junhai', 'Jing Junhai', ['省委书记'], 'provincial'],
			[
				'李斌',
				'li-bin',
				'Li Bin',
				['国务院联防联控机制综合组吉林工作组组长', '国家卫生健康委副主任'],
				'national'
			],
			['张志军', 'zhang-zhijun', 'Zhang Zhijun', ['省委常委', '长春市委书记'], 'provincial']
		]);
	});

	it('never makes the editor a person', () => {
		const article = articleOf(['3月12日，王珊珊主持召开会议。'], { editor: '王珊珊' });
		const { people, appearances } = extractPeople(article);
		expect(people).toEqual([]);
		expect(appearances).toEqual([]);
	});
});

describe('extractPeople: outlet credits are not people', () => {
	it.each([['中新网'], ['新华社'], ['央视新闻客户端'], ['吉林日报']])('（%s）', (outlet) => {
		const article = articleOf(['3月27日0—24时，吉林省新增本土确诊病例1073例。', `（${outlet}）`], {
			credits: [{ name: outlet, role: 'reporter' }]
		});
		const { people, appearances } = extractPeople(article);
		expect(people.map((p) => p.name)).not.toContain(outlet);
		expect(appearances.map((a) => a.person)).not.toContain(outlet);
	});

	it('a reporter credit at the end of a brief is a person: （记者 李樊）', () => {
		const article = articleOf(
			['3月29日，省长韩俊到长春市检查方舱医院建设运行情况。（记者 李樊）'],
			{
				credits: [{ name: '李樊', role: 'reporter' }]
			}
		);
		expect(extractPeople(article).people.map((p) => p.name)).toEqual(['韩俊', '李樊']);
	});
});

describe('linkAppearances', () => {
	it('replaces event indexes by ids and drops unknown ones', () => {
		const evidence = { article: 'a', paragraph: 0, quote: 'x', start: 0, end: 1 };
		const linked = linkAppearances(
			[
				{
					person: '景俊海',
					article: 'a',
					date: '2022-03-12',
					role: 'chair',
					eventIndex: 0,
					evidence
				},
				{ person: '习近平', article: 'a', date: '2022-03-13', role: 'referenced', evidence }
			],
			(i) => ['ev-2022-03-12-video-conference-1'][i]
		);
		expect(linked).toEqual([
			{
				person: '景俊海',
				article: 'a',
				date: '2022-03-12',
				role: 'chair',
				event: 'ev-2022-03-12-video-conference-1',
				evidence
			},
			{ person: '习近平', article: 'a', date: '2022-03-13', role: 'referenced', evidence }
		]);
	});
});
