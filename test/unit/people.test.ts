import { describe, expect, it } from 'vitest';
import {
	findBylineCredits,
	findPersonMentions,
	levelFromTitles,
	dedupeTitles,
	makePeople,
	namePinyin,
	personId,
	ROSTER
} from '$lib/extract/people';
import { toSimplified } from '$lib/extract/script';

/** Names found by the rules alone (no roster), in reading order. */
const names = (text: string) => findPersonMentions(text, { roster: [] }).map((m) => m.name);

describe('findPersonMentions: names read from the sentence, no roster', () => {
	it.each([
		[
			'title chain',
			'今天，省委书记景俊海在长春实地检查指导疫情防控工作，看望慰问一线工作人员。',
			['景俊海']
		],
		[
			// 朴 is a Korean surname (Yanbian); 金光日 after a prefecture title.
			'Korean-Chinese names after titles',
			'延边州州长金光日作交流发言。副省长蔡东，省政府秘书长朴松烈在主会场参加会议。',
			['金光日', '蔡东', '朴松烈']
		],
		[
			'two title chains before 出席会议',
			'省委副书记、省长韩俊，国务院联防联控机制综合组吉林工作组组长、国家卫生健康委副主任李斌出席会议。',
			['韩俊', '李斌']
		],
		[
			// 在 is the preposition after the name, not its third character.
			'name then 在',
			'韩俊在主持会议时要求，各地要迅速传达贯彻会议精神。',
			['韩俊']
		],
		[
			'title then 作表态发言',
			'省委常委、长春市委书记张志军作表态发言，表示一定举一反三。',
			['张志军']
		],
		[
			'name before title, after 贯彻 / 按照',
			'要深入贯彻习近平总书记关于疫情防控的重要讲话重要指示精神，按照孙春兰副总理部署要求，坚持科学精准。',
			['习近平', '孙春兰']
		],
		[
			'name before title, after 到',
			'切实把思想和行动统一到习近平总书记关于疫情防控的重要指示精神上来',
			['习近平']
		],
		[
			'list ending in 在各会场参加会议, with an ethnic name',
			'高广滨、范锐平、吴靖平、胡家福、李悦、张忠、张恩惠、阿东、王绍俭、刘金波、安立佳、蔡东、韩福春、李伟、薛康、王志厚、王子联在各会场参加会议。',
			[
				'高广滨',
				'范锐平',
				'吴靖平',
				'胡家福',
				'李悦',
				'张忠',
				'张恩惠',
				'阿东',
				'王绍俭',
				'刘金波',
				'安立佳',
				'蔡东',
				'韩福春',
				'李伟',
				'薛康',
				'王志厚',
				'王子联'
			]
		],
		[
			'list ending in 在各会场参会',
			'高广滨、田锦尘、杨国安、安桂武在各会场参会。',
			['高广滨', '田锦尘', '杨国安', '安桂武']
		],
		[
			'list ending in 参加有关活动',
			'吴靖平、张志军、庞庆波参加有关活动。',
			['吴靖平', '张志军', '庞庆波']
		],
		['single name before 参加活动, reporter credit after', '刘伟参加活动。（黄鹭）', ['刘伟']],
		['title then 参加活动', '省政协主席江泽林参加活动。', ['江泽林']],
		[
			'clause subject before 强调',
			'韩俊强调，要紧盯重点疫情地区和学校、医院、工厂、建筑工地等聚集风险点位。',
			['韩俊']
		],
		['clause subject before 指出', '李斌指出，当前，吉林省疫情依然存在扩散蔓延的风险。', ['李斌']],
		[
			'personnel decision: title chain and 免去',
			'吉林省委决定，总督学、省教育厅党组成员岳强兼任吉林农业科技学院党委书记；免去张立峰的吉林农业科技学院党委书记职务。',
			['岳强', '张立峰']
		],
		[
			'title after 的-phrase',
			'接到报告后，正在北京准备参加全国两会的省委书记景俊海，省委副书记、省长韩俊第一时间作出批示指示。',
			['景俊海', '韩俊']
		],
		['a list after 省领导', '省领导高广滨、吴靖平出席。', ['高广滨', '吴靖平']],
		['title then 陪同', '市委副书记、市长王子联陪同。', ['王子联']],
		['compound surname', '副省长欧阳明辉出席会议。', ['欧阳明辉']],
		['名 + 同志', '会议由省委书记王立新同志主持。', ['王立新']],
		[
			'two-character name before 一同/一起/一道',
			'省委书记景俊海与省委副书记、省长韩俊一同到长春市朝阳区检查疫情防控工作。',
			['景俊海', '韩俊']
		],
		['一起 after a name', '副省长蔡东一起参加检查。', ['蔡东']],
		['一道 after a name', '市长王路一道调研。', ['王路']],
		[
			'district party secretaries in a list',
			'朝阳区委书记刘兴中、南关区委书记王胜利、宽城区委书记赵立新汇报了辖区疫情防控工作情况。',
			['刘兴中', '王胜利', '赵立新']
		],
		[
			'Traditional script',
			'3月12日晚，吉林省委書記景俊海以視頻形式主持召開會議。省委副書記、省長韓俊出席會議。',
			['景俊海', '韩俊']
		]
	])('%s', (_label, text, expected) => {
		expect(names(text)).toEqual(expected);
	});
});

describe('findPersonMentions: lists of things are not people', () => {
	it.each([
		'要紧盯学校、建筑工地、农贸市场、养老院等重点场所，从严从紧落实各项防控措施。',
		'要聚焦医疗人员、检测人员、保供人员、下沉干部、社区一线工作人员等重点风险群体。',
		'以最大力度落实核酸检测、流调溯源、隔离转运、社区防控、医疗救治、院感防控等各项措施。',
		'会上，各市（州）、长白山保护开发区、梅河口市党政主要负责同志汇报疫情防控进展情况。',
		'长春市、吉林市、延边州党委主要负责同志汇报疫情防控进展情况。',
		'全省上下必须坚持统一指挥、各司其职、密切配合。',
		'师生、医护人员、社区工作者参加活动。',
		'各级党委政府主要负责同志要坚决扛起第一责任人责任。',
		'充分展现了四平干部敢打敢拼、不怕牺牲的顽强作风。',
		'全省疫情防控11个专项工作组组长汇报有关任务落实情况。',
		'高校、医院、社区参加会议。'
	])('%s', (text) => {
		expect(names(text)).toEqual([]);
	});
});

describe('findPersonMentions: offsets, titles, known names', () => {
	it('offsets cut the name out of the text as written (Traditional too)', () => {
		const text = '省委副書記、省長韓俊出席會議。';
		const [m] = findPersonMentions(text, { roster: [] });
		expect(m.name).toBe('韩俊');
		expect(text.slice(m.start, m.end)).toBe('韓俊');
		expect(m.titles).toEqual(['省委副书记', '省长']);
	});

	it.each([
		['省委副书记、省长韩俊出席会议。', ['省委副书记', '省长']],
		[
			'国务院联防联控机制综合组吉林工作组组长、国家卫生健康委副主任李斌出席会议。',
			['国务院联防联控机制综合组吉林工作组组长', '国家卫生健康委副主任']
		],
		['3月10日，吉林省委书记景俊海在北京以视频形式主持召开会议。', ['吉林省委书记']],
		['正在北京准备参加全国两会的省委书记景俊海作出批示。', ['省委书记']]
	])('titles stated before the name: %s', (text, titles) => {
		expect(findPersonMentions(text, { roster: [] })[0].titles).toEqual(titles);
	});

	it.each([
		['景俊海来到宽城区，为四平工作队送行。', { known: ['景俊海'] }, ['景俊海']],
		['四平工作队的贡献得到景俊海充分肯定。', {}, ['景俊海']],
		['四平工作队的贡献得到景俊海充分肯定。', { roster: [] }, []],
		['四平工作队的贡献得到景俊海充分肯定。', { roster: [], known: ['景俊海'] }, ['景俊海']],
		// a clause-initial name before an action verb is read without help
		['景俊海来到宽城区，为四平工作队送行。', { roster: [] }, ['景俊海']],
		// a two-character known name inside a word is not that person
		['形势十分紧张忠实履行职责。', { known: ['张忠'] }, []]
	])('bare names need the roster or an earlier mention: %s %o', (text, options, expected) => {
		expect(findPersonMentions(text, options).map((m) => m.name)).toEqual(expected);
	});
});

describe('findBylineCredits', () => {
	it.each([
		[
			'Xinhua dateline',
			'新华社长春4月2日电（记者 张建、段续）记者从吉林省卫生健康委员会获悉',
			['张建', '段续']
		],
		[
			'Jilin Daily 本报讯',
			'本报讯（记者 张添怡）3月20日，省委副书记、省长韩俊深入长春市',
			['张添怡']
		],
		['Guancha byline', '【文/观察者网 王恺雯】', ['王恺雯']],
		['Traditional script', '新華社長春4月2日電（記者 張建）', ['张建']],
		['not at the start', '据新华社长春4月2日电（记者 张建）报道', []],
		['a story, no byline', '4月1日0—24时，吉林省新增本地确诊病例2041例', []]
	])('%s', (_label, text, expected) => {
		const found = findBylineCredits(text);
		expect(found.map((c) => c.name)).toEqual(expected);
		for (const c of found) expect(toSimplified(text.slice(c.start, c.end))).toBe(c.name);
	});
});

describe('namePinyin and personId', () => {
	it.each([
		['景俊海', 'Jing Junhai', 'jing-junhai'],
		['韩俊', 'Han Jun', 'han-jun'],
		['习近平', 'Xi Jinping', 'xi-jinping'],
		['单雄信', 'Shan Xiongxin', 'shan-xiongxin'],
		['曾庆红', 'Zeng Qinghong', 'zeng-qinghong'],
		['欧阳明辉', 'Ouyang Minghui', 'ouyang-minghui'],
		['吕梁', 'Lü Liang', 'lv-liang'],
		['阿东', 'A Dong', 'a-dong']
	])('%s -> %s (%s)', (name, pinyin, id) => {
		expect(namePinyin(name)).toBe(pinyin);
		expect(personId(name)).toBe(id);
	});

	it('suffixes colliding ids', () => {
		const taken = new Set<string>();
		expect(personId('李伟', taken)).toBe('li-wei');
		expect(personId('李玮', taken)).toBe('li-wei-2');
	});
});

describe('makePeople', () => {
	it('takes titles and level from the roster, then from the text', () => {
		const people = makePeople([
			{ name: '景俊海', titles: ['省委书记'] },
			{ name: '王立新', titles: ['长春市委副书记'] },
			{ name: '李明', titles: ['国家卫生健康委副主任'] },
			{ name: '景俊海', titles: [] }
		]);
		expect(people.map((p) => [p.id, p.name, p.level, p.titles])).toEqual([
			['jing-junhai', '景俊海', 'provincial', ['吉林省委书记']],
			['li-ming', '李明', 'national', ['国家卫生健康委副主任']],
			['wang-lixin', '王立新', 'city', ['长春市委副书记']]
		]);
	});

	it.each([
		[['总书记'], 'national'],
		[['副总理'], 'national'],
		[['省委副书记', '省长'], 'provincial'],
		[['省委常委', '长春市委书记'], 'provincial'],
		[['吉林市委书记'], 'city'],
		[[], undefined]
	])('levelFromTitles(%o) -> %s', (titles, level) => {
		expect(levelFromTitles(titles)).toBe(level);
	});
});

describe('roster', () => {
	it('has every person of the seed truth, each once, with a level', () => {
		const names = ROSTER.map((e) => e.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of ['景俊海', '韩俊', '李斌', '张志军', '江泽林', '习近平', '孙春兰', '阿东']) {
			expect(names).toContain(name);
		}
		for (const e of ROSTER) expect(['national', 'provincial', 'city']).toContain(e.level);
	});
});

describe('dedupeTitles: the same office with and without its place keeps the fuller one', () => {
	it.each([
		[['省委书记', '吉林省委书记'], ['吉林省委书记']],
		[
			['市委书记', '长春市委书记', '省委常委'],
			['长春市委书记', '省委常委']
		],
		[['市长', '吉林市市长'], ['吉林市市长']],
		[['省长', '吉林省省长'], ['吉林省省长']],
		[['吉林省委书记', '中共吉林省委书记'], ['中共吉林省委书记']],
		// Different offices that only end alike stay apart.
		[
			['副省长', '省长'],
			['副省长', '省长']
		],
		[
			['常务副市长', '副市长'],
			['常务副市长', '副市长']
		],
		[
			['省委副书记', '副书记'],
			['省委副书记', '副书记']
		],
		[
			['国家卫生健康委副主任', '副主任'],
			['国家卫生健康委副主任', '副主任']
		]
	])('%o -> %o', (titles, expected) => {
		expect(dedupeTitles(titles)).toEqual(expected);
	});
});

describe('findPersonMentions: title chains ending in 专员', () => {
	it.each([
		['国家卫生健康委医政医管局监察专员郭燕红在回答记者提问时说', '郭燕红'],
		['国家卫生健康委新闻发言人米锋表示', '米锋']
	])('%s -> %s', (text, name) => {
		expect(names(text)).toEqual([name]);
	});
});
