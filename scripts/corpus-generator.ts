/**
 * Synthetic articles in the seeds' format, for benchmarks (`npm run gen-corpus`, `npm run bench`)
 * and pipeline tests only (never for tests of extraction quality: the sentences are ours, built from the
 * structures the seeds and test fixtures show, with other wording, numbers and names).
 *
 * A made-up but consistent "world" is drawn first (an epidemic curve over March–April 2022, the
 * meetings, inspections and press conferences of each day, led by officials from data/roster.json
 * and invented city officials), then N articles report on it from many outlets: daily bulletins,
 * meeting and inspection reports, press conferences, round-ups, personnel notes and off-topic
 * stories. The same seed gives the same bytes.
 */
import { Converter } from 'opencc-js/cn2t';

// ---------------------------------------------------------------- random, deterministic

/** mulberry32: small, fast, and the same on every machine. */
function rng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
		chance: (p: number) => next() < p,
		weighted: <T>(xs: readonly (readonly [T, number])[]): T => {
			const total = xs.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [x, w] of xs) if ((r -= w) < 0) return x;
			return xs[xs.length - 1][0];
		},
		sample: <T>(xs: readonly T[], n: number): T[] => {
			const copy = [...xs];
			const out: T[] = [];
			while (out.length < n && copy.length)
				out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
			return out;
		},
		hex: (n: number) => {
			let s = '';
			while (s.length < n) s += Math.floor(next() * 16).toString(16);
			return s;
		}
	};
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- the world

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const DAY_MS = 864e5;
const START = Date.UTC(2022, 2, 1);
const DAYS = 61; // 1 March – 30 April
const day = (i: number) => new Date(START + i * DAY_MS);
const md = (i: number) => `${day(i).getUTCMonth() + 1}月${day(i).getUTCDate()}日`;

const CITIES = [
	[
		'长春市',
		[
			'朝阳区',
			'南关区',
			'宽城区',
			'二道区',
			'绿园区',
			'经开区',
			'高新区',
			'净月区',
			'长春新区',
			'九台区'
		]
	],
	['吉林市', ['船营区', '丰满区', '昌邑区', '龙潭区', '蛟河市', '桦甸市']],
	['四平市', ['铁西区', '铁东区', '公主岭市', '双辽市']],
	['延边州', ['延吉市', '珲春市', '敦化市', '龙井市']],
	['通化市', ['东昌区', '二道江区', '集安市']],
	['白城市', ['洮北区', '大安市', '洮南市']],
	['松原市', ['宁江区', '扶余市', '前郭县']],
	['白山市', ['浑江区', '临江市', '抚松县']],
	['辽源市', ['龙山区', '西安区', '东丰县']],
	['梅河口市', ['山城镇', '海龙镇']]
] as const;
const CITY_WEIGHT = [0.62, 0.27, 0.04, 0.02, 0.01, 0.01, 0.01, 0.005, 0.005, 0.01];

const SURNAMES =
	'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
	'伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';

function personName(r: Rng): string {
	const given = r.chance(0.35) ? r.pick([...GIVEN]) : r.pick([...GIVEN]) + r.pick([...GIVEN]);
	return r.pick([...SURNAMES]) + given;
}

interface Official {
	name: string;
	/** The title chain written before the name (`省委副书记、省长`), or '' when none is stated. */
	title: string;
}

export interface RosterEntry {
	name: string;
	titles: string[];
	level?: string;
}

/** The officials of the world: the roster's, with their titles, and invented city leaders. */
function officials(roster: RosterEntry[], r: Rng) {
	const byName = new Map(roster.map((p) => [p.name, p]));
	const title = (name: string) => {
		const t = byName.get(name)?.titles ?? [];
		return t.filter((x) => !/^吉林/.test(x)).join('、');
	};
	const provincial = roster
		.filter((p) => p.level === 'provincial' && !p.titles.some((t) => /摄影|记者|学院|督学/.test(t)))
		.map((p) => p.name);
	const vice = ['蔡东', '安立佳', '阿东', '韩福春', '李伟', '王志厚'].filter((n) => byName.has(n));
	const cityLeaders = new Map<string, Official[]>();
	for (const [city] of CITIES) {
		const leaders: Official[] = [
			{ name: personName(r), title: `${city}委书记` },
			{ name: personName(r), title: `${city}委副书记、${city.endsWith('州') ? '州长' : '市长'}` },
			{ name: personName(r), title: `${city}副${city.endsWith('州') ? '州长' : '市长'}` }
		];
		if (city === '长春市' && byName.has('张志军'))
			leaders[0] = { name: '张志军', title: '省委常委、长春市委书记' };
		cityLeaders.set(city, leaders);
	}
	return {
		secretary: { name: '景俊海', title: title('景俊海') || '省委书记' },
		governor: { name: '韩俊', title: title('韩俊') || '省委副书记、省长' },
		cppcc: { name: '江泽林', title: title('江泽林') || '省政协主席' },
		national: [
			{ name: '孙春兰', title: '国务院副总理' },
			{ name: '李斌', title: '国务院联防联控机制综合组吉林工作组组长、国家卫生健康委副主任' }
		] as Official[],
		vice: vice.map((name) => ({ name, title: '副省长' })),
		/** Provincial leaders named in attendance lists without titles. */
		attendees: provincial.filter((n) => !['景俊海', '韩俊'].includes(n)),
		cityLeaders,
		spokespeople: Array.from({ length: 12 }, () => ({
			name: personName(r),
			title: r.pick([
				'省卫生健康委副主任',
				'省疾控中心副主任',
				'省商务厅副厅长',
				'省交通运输厅副厅长',
				'省教育厅副厅长',
				'长春市副市长',
				'吉林市副市长'
			])
		})) as Official[],
		reporters: Array.from({ length: 240 }, () => personName(r)),
		photographers: Array.from({ length: 80 }, () => personName(r)),
		editors: Array.from({ length: 60 }, () => personName(r))
	};
}
type World = ReturnType<typeof world>;

type Kind = 'video' | 'meeting' | 'inspection' | 'onsite' | 'press' | 'city-meeting' | 'standing';

interface WorldEvent {
	day: number;
	kind: Kind;
	chair: Official;
	city: string;
	district: string;
	attendees: Official[];
	/** Press conferences are numbered (第五十四场). */
	number?: number;
	part?: '上午' | '下午' | '晚';
}

/** The epidemic curve and each day's events. */
function world(roster: RosterEntry[], r: Rng) {
	const people = officials(roster, r);
	// new confirmed / asymptomatic per day: a rise to early April, then a fall, with noise
	const cases = Array.from({ length: DAYS }, (_, i) => {
		const peak = 33;
		const base = Math.exp(-(((i - peak) / 11) ** 2));
		const confirmed = Math.max(0, Math.round((20 + 2100 * base) * (0.8 + r.next() * 0.4)));
		const asymptomatic = Math.max(
			0,
			Math.round((15 + 2600 * Math.exp(-(((i - peak - 4) / 12) ** 2))) * (0.8 + r.next() * 0.4))
		);
		// the day's figures by city: shares of the total that add up to it
		const split = (total: number) => {
			let left = total;
			return CITIES.map((_, k) => {
				const n =
					k === CITIES.length - 1
						? left
						: Math.min(left, Math.round(total * CITY_WEIGHT[k] * (0.7 + r.next() * 0.6)));
				left -= n;
				return n;
			});
		};
		return {
			confirmed,
			asymptomatic,
			byCity: { confirmed: split(confirmed), asymptomatic: split(asymptomatic) }
		};
	});
	const events: WorldEvent[][] = [];
	let press = 20;
	for (let i = 0; i < DAYS; i++) {
		const today: WorldEvent[] = [];
		const place = () => {
			const c = r.weighted(CITIES.map((c, k) => [c, CITY_WEIGHT[k]] as const));
			return { city: c[0], district: r.pick(c[1]) };
		};
		const attendees = () =>
			r.sample(people.attendees, r.int(1, 4)).map((name) => ({ name, title: '' }));
		if (i >= 8 && i <= 52 && r.chance(0.8))
			today.push({
				day: i,
				kind: 'video',
				chair: people.secretary,
				...place(),
				attendees: [people.governor, ...attendees()],
				part: r.chance(0.3) ? '晚' : undefined
			});
		for (let k = r.int(0, 3); k > 0; k--)
			today.push({
				day: i,
				kind: 'inspection',
				chair: r.weighted([
					[people.secretary, 4],
					[people.governor, 4],
					[r.pick(people.vice), 2],
					[r.pick(people.national), 1]
				] as const),
				...place(),
				attendees: attendees(),
				part: r.pick([undefined, '上午', '下午'] as const)
			});
		if (r.chance(0.25))
			today.push({
				day: i,
				kind: 'onsite',
				chair: r.chance(0.6) ? people.secretary : people.governor,
				...place(),
				attendees: attendees()
			});
		if (i >= 5 && r.chance(0.85))
			today.push({
				day: i,
				kind: 'press',
				chair: r.pick(people.spokespeople),
				city: '长春市',
				district: '',
				attendees: r.sample(people.spokespeople, 2),
				number: ++press
			});
		if (day(i).getUTCDay() === 3)
			today.push({
				day: i,
				kind: 'standing',
				chair: people.governor,
				city: '长春市',
				district: '',
				attendees: r.sample(people.vice, 3)
			});
		if (r.chance(0.5)) {
			const p = place();
			const leaders = people.cityLeaders.get(p.city)!;
			today.push({
				day: i,
				kind: 'city-meeting',
				chair: leaders[0],
				...p,
				attendees: leaders.slice(1)
			});
		}
		if (r.chance(0.15))
			today.push({
				day: i,
				kind: 'meeting',
				chair: people.secretary,
				...place(),
				attendees: [people.governor, people.cppcc, ...attendees()]
			});
		events.push(today);
	}
	return { people, cases, events };
}

// ---------------------------------------------------------------- outlets and their formats

type Style = 'sina' | 'guancha' | 'plain' | 'traditional';
const OUTLETS: { name: string; categories: string[]; style: Style; weight: number }[] = [
	{
		name: '新浪财经',
		categories: ['金融', '新浪财经', '新浪财经－国內'],
		style: 'sina',
		weight: 40
	},
	{ name: '观察者网', categories: ['新媒体', '观察者网', '首页'], style: 'guancha', weight: 12 },
	{ name: '中国新闻网', categories: ['国内', '中国新闻网'], style: 'plain', weight: 10 },
	{ name: '澎湃新闻', categories: ['时事', '澎湃新闻'], style: 'plain', weight: 8 },
	{ name: '人民网', categories: ['地方', '人民网'], style: 'plain', weight: 8 },
	{ name: '央视新闻', categories: ['新闻', '央视新闻'], style: 'plain', weight: 6 },
	{ name: '中国吉林网', categories: ['吉林', '中国吉林网'], style: 'sina', weight: 6 },
	{ name: '新文化报', categories: ['吉林', '新文化报'], style: 'plain', weight: 4 },
	{ name: '明報新聞網', categories: ['兩岸', '明報新聞網'], style: 'traditional', weight: 3 },
	{ name: '聯合新聞網', categories: ['兩岸', '聯合新聞網'], style: 'traditional', weight: 3 }
];

// ---------------------------------------------------------------- sentences

const AIMS = [
	'坚持科学精准、动态清零',
	'压紧压实四方责任',
	'彻底消除防控盲区',
	'加快推进社会面清零',
	'严格落实“四早”要求',
	'全力做好医疗救治',
	'切实保障群众基本生活',
	'统筹疫情防控和经济社会发展',
	'织密织牢社区防控网',
	'坚决阻断疫情传播链',
	'加快方舱医院建设',
	'做到应检尽检、应隔尽隔、应收尽收、应治尽治',
	'扎实做好物资保供',
	'抓紧抓实春耕生产',
	'守住不发生规模性反弹底线'
];
const PLACES = [
	'封控小区',
	'方舱医院',
	'核酸检测点',
	'集中隔离点',
	'定点医院',
	'物资配送中心',
	'社区服务站',
	'农贸市场',
	'高速公路卡口',
	'疫情防控指挥部'
];
const LOOKS = ['详细了解', '实地察看', '认真听取', '仔细询问'];
const MATTERS = [
	'封控管理',
	'核酸检测',
	'物资配送',
	'医疗救治',
	'人员转运',
	'环境消杀',
	'患者收治',
	'隔离管控',
	'流调溯源'
];

function rhetoric(r: Rng, who: string): string {
	const aims = r.sample(AIMS, r.int(2, 4));
	const lead = r.pick([`${who}强调，`, `${who}指出，`, '会议要求，', `${who}要求，`, '']);
	return `${lead}要深入贯彻习近平总书记关于疫情防控工作的重要指示精神，${aims.join('，')}，${r.pick(['坚决打赢疫情防控攻坚战', '确保各项措施落地见效', '尽快实现社会面动态清零', '切实维护人民群众生命安全和身体健康'])}。`;
}

function filler(r: Rng, who: string): string {
	return r.pick([
		() =>
			`${who}${r.pick(LOOKS)}${r.sample(MATTERS, 3).join('、')}等情况，叮嘱工作人员${r.pick(['既要严格落实防控措施，又要用心解决群众实际困难', '加强自身防护，确保安全', '压实责任，不留死角'])}。`,
		() =>
			`${who}说，当前疫情形势依然${r.pick(['严峻复杂', '不容乐观', '处于关键阶段'])}，${r.pick(['必须', '要'])}${r.sample(AIMS, 2).join('，')}。`,
		() =>
			`在${r.pick(PLACES)}，${who}${r.pick(LOOKS)}${r.pick(MATTERS)}工作进展，要求${r.sample(AIMS, 2).join('，')}。`,
		() =>
			`${r.pick(['各地各部门', '各级党委政府', '各专项工作组'])}要${r.sample(AIMS, 3).join('，')}，${r.pick(['以更加坚决果断的措施打好这场硬仗', '推动防控工作不断取得新成效', '确保各项任务落到实处'])}。`
	])();
}

/** A body paragraph of two to four sentences. */
function body(r: Rng, who: string): string {
	let text = '';
	for (let k = r.int(2, 4); k > 0; k--) text += k % 2 ? filler(r, who) : rhetoric(r, who);
	return text;
}

/** The city breakdown of a day's figure (`长春市N例、吉林市N例…`), as every outlet reports it. */
function numberList(split: number[]): string {
	return split
		.map((n, i) => (n > 0 ? `${CITIES[i][0]}${n}例` : ''))
		.filter(Boolean)
		.join('、');
}

function cnNumber(n: number): string {
	if (n <= 10) return CN_NUM[n];
	if (n < 20) return `十${n % 10 ? CN_NUM[n % 10] : ''}`;
	if (n < 100) return `${CN_NUM[Math.floor(n / 10)]}十${n % 10 ? CN_NUM[n % 10] : ''}`;
	return String(n);
}

// ---------------------------------------------------------------- articles

interface Draft {
	title: string;
	paragraphs: string[];
	/** Days after the news that the story is published (0 or 1). */
	lag: number;
	day: number;
	photo?: string;
	lead?: string;
}

function official(o: Official) {
	return `${o.title}${o.name}`;
}

const KIND_WORDS: Record<Kind, string> = {
	video: '以视频形式主持召开省疫情防控领导小组会议',
	meeting: '主持召开全省疫情防控工作会议',
	inspection: '检查指导疫情防控工作',
	onsite: '现场办公',
	press: '新闻发布会',
	'city-meeting': '主持召开疫情防控工作领导小组会议',
	standing: '主持召开省政府常务会议'
};

function eventDraft(w: World, r: Rng, e: WorldEvent): Draft {
	const who = e.chair.name;
	const when = r.pick([md(e.day), '今天', `${day(e.day).getUTCDate()}日`]);
	const part = e.part ?? '';
	const lag = r.chance(0.35) ? 1 : 0;
	const whenWord = lag && when === '今天' ? md(e.day) : when;
	const paras: string[] = [];
	const attend = e.attendees.filter((a) => a.name !== who);
	const attendLine = attend.length
		? `${attend.map((a) => (a.title ? official(a) : a.name)).join(attend.some((a) => a.title) ? '，' : '、')}${r.pick(['出席会议', '参加活动', '参加会议'])}。`
		: '';
	let title: string;
	if (e.kind === 'inspection' || e.kind === 'onsite') {
		const where = `${e.city}${e.district}`;
		const verb =
			e.kind === 'onsite'
				? `到${where}${r.pick(['管委会', '疫情防控指挥部'])}现场办公`
				: r.pick([
						`在${where}检查指导疫情防控工作`,
						`深入${where}检查指导疫情防控工作`,
						`到${where}实地检查疫情防控工作`
					]);
		paras.push(`${whenWord}${part}，${official(e.chair)}${verb}。${rhetoric(r, '他')}`);
		title = r.pick([
			`${who}在${e.city}检查指导疫情防控工作`,
			`${who}：${r.pick(AIMS)}`,
			`${who}${e.kind === 'onsite' ? '现场办公' : '检查指导'}时强调 ${r.pick(AIMS)}`
		]);
	} else if (e.kind === 'press') {
		const n = e.number!;
		title = r.pick([
			`吉林省召开第${cnNumber(n)}场疫情防控新闻发布会`,
			`吉林省疫情防控工作新闻发布会（第${cnNumber(n)}场）召开`
		]);
		paras.push(
			`${whenWord}，吉林省政府新闻办召开第${cnNumber(n)}场吉林省新冠肺炎疫情防控工作新闻发布会，通报全省疫情防控最新情况。`
		);
		const c = w.cases[Math.max(0, e.day - 1)];
		paras.push(
			`${official(e.chair)}介绍，${md(Math.max(0, e.day - 1))}0—24时，全省新增本地确诊病例${c.confirmed}例（${numberList(c.byCity.confirmed)}），新增本地无症状感染者${c.asymptomatic}例（${numberList(c.byCity.asymptomatic)}）。`
		);
		for (const a of e.attendees)
			paras.push(`${official(a)}介绍，${filler(r, '全省').replace(/^全省/, '')}`);
		paras.push(
			`发布会上，${r.pick(['省商务厅', '省交通运输厅', '省农业农村厅'])}有关负责人就${r.pick(['保供稳价', '物流畅通', '春耕生产'])}工作回答了记者提问。`
		);
		return { title, paragraphs: paras, lag: 0, day: e.day };
	} else {
		const verb =
			e.kind === 'video'
				? KIND_WORDS.video
				: e.kind === 'city-meeting'
					? `主持召开${e.city}疫情防控工作领导小组会议`
					: KIND_WORDS[e.kind];
		paras.push(
			`${whenWord}${part}，${official(e.chair)}${r.chance(0.3) && e.kind === 'video' ? `在${e.city}` : ''}${verb}，${r.pick(['进一步调度部署疫情防控工作', '研究部署下一步重点工作', '传达学习习近平总书记重要讲话重要指示精神'])}。${rhetoric(r, '他')}${attendLine}`
		);
		paras.push(
			`会上，${r.pick(['各市（州）党政主要负责同志汇报疫情防控进展情况', '各专项工作组组长汇报有关任务落实情况', `${e.city}汇报疫情防控工作情况`])}。`
		);
		title = r.pick(
			[
				`${who}${verb.replace(/^以视频形式/, '')}`,
				`${who}：${r.pick(AIMS)}`,
				`吉林省委书记${who}：${r.pick(AIMS)}`
			].filter((t) => e.kind === 'video' || !t.startsWith('吉林省委书记'))
		);
	}
	for (let k = r.int(4, 12); k > 0; k--) paras.push(body(r, who));
	if (attendLine && r.chance(0.5)) paras.push(attendLine);
	const photo = r.chance(0.4)
		? `${md(e.day)}，${official(e.chair)}${KIND_WORDS[e.kind] === '现场办公' ? '现场办公' : KIND_WORDS[e.kind].replace('主持召开', '主持召开').slice(0, 24)}。${r.pick(w.people.photographers)} 摄`
		: undefined;
	return { title, paragraphs: paras, lag, day: e.day, photo };
}

function bulletinDraft(w: World, r: Rng, d: number): Draft {
	const c = w.cases[d];
	const pub = d + 1;
	const window = r.chance(0.08);
	const paras: string[] = [];
	const source = r.pick(['吉林省卫生健康委员会', '吉林省卫健委', '省卫生健康委']);
	const reported = `${md(d)}0—24时`;
	if (window) {
		const part = Math.round(c.confirmed * 0.3);
		paras.push(
			`${md(pub)}，${source}通报，${md(pub)}0—6时，全省新增本地确诊病例${part}例、新增本地无症状感染者${Math.round(c.asymptomatic * 0.3)}例。`
		);
	}
	paras.push(
		r.pick([
			() =>
				`${r.pick(['记者从', '据'])}${source}获悉，${reported}，吉林省新增本地确诊病例${c.confirmed}例（${numberList(c.byCity.confirmed)}），新增本地无症状感染者${c.asymptomatic}例（${numberList(c.byCity.asymptomatic)}）。`,
			() =>
				`${md(pub)}，${source}通报，${md(d)}，全省新增本地确诊病例${c.confirmed}例、全省新增本地无症状感染者${c.asymptomatic}例。`,
			() =>
				`${reported}，全省新增本地确诊病例${c.confirmed}例，其中${numberList(c.byCity.confirmed)}；新增本地无症状感染者${c.asymptomatic}例。`
		])()
	);
	if (r.chance(0.6)) {
		let cum = 0;
		for (let i = 0; i <= d; i++) cum += w.cases[i].confirmed;
		paras.push(
			`截至${md(d)}24时，全省累计报告本地确诊病例${cum}例。目前，全省在院治疗本地确诊病例${Math.round(cum * 0.6)}例。`
		);
	}
	paras.push(body(r, '两市'));
	if (r.chance(0.5))
		paras.push(
			`${r.pick(['吉林省疫情防控工作领导小组办公室', '省疫情防控指挥部'])}提醒，广大群众要坚持做好个人防护，非必要不外出、不聚集，主动配合做好核酸检测等防控工作。`
		);
	const title = r.pick([
		`吉林${md(d)}新增本地确诊病例${c.confirmed}例、无症状感染者${c.asymptomatic}例`,
		`吉林${day(d).getUTCDate()}日新增本地确诊${c.confirmed}例`,
		`2022年${md(pub)}吉林省新冠肺炎疫情情况`
	]);
	return { title, paragraphs: paras, lag: 1, day: d };
}

function roundupDraft(w: World, r: Rng, d: number): Draft {
	const paras: string[] = [];
	const from = Math.max(8, d - r.int(3, 8));
	paras.push(
		`${md(from)}至${day(d).getUTCDate()}日，吉林省委书记景俊海每日以视频形式主持召开省疫情防控领导小组会议，调度部署全省疫情防控工作。`
	);
	for (let i = Math.max(0, d - 3); i <= d; i++) {
		const e = w.events[i].find((x) => x.kind === 'inspection');
		if (e)
			paras.push(
				`${md(i)}，${official(e.chair)}到${e.city}${e.district}检查指导疫情防控工作，${r.pick(['要求加快建设进度', '看望慰问一线工作人员', '研究解决突出问题'])}。`
			);
	}
	paras.push(`此前，${r.pick(['景俊海', '韩俊'])}曾多次深入长春、吉林两市检查指导疫情防控工作。`);
	paras.push(body(r, '全省'));
	return {
		title: `吉林疫情防控时间线：${r.pick(['从“日调度”到“社会面清零”', '连续视频调度', '两市防控再加压'])}`,
		paragraphs: paras,
		lag: 1,
		day: d
	};
}

function personnelDraft(w: World, r: Rng, d: number): Draft {
	const city = r.pick(CITIES)[0];
	const a = personName(r);
	const b = personName(r);
	return {
		title: `${city}两名干部因疫情防控不力被免职`,
		paragraphs: [
			`${md(d)}，经研究决定，免去${a}${city}${r.pick(['卫生健康委员会主任', '副市长', '某区区长'])}职务。`,
			`同日，${city}纪委监委通报，${b}在疫情防控工作中${r.pick(['履职不力', '失职失责'])}，被立案审查调查。`,
			filler(r, city)
		],
		lag: 0,
		day: d
	};
}

function offTopicDraft(r: Rng, d: number): Draft {
	const company = r.pick(['吉林化纤', '一汽解放', '吉林敖东', '长春高新', '吉电股份', '亚泰集团']);
	return r.pick([
		() => ({
			title: `${company}：一季度净利润同比增长 董事会审议通过年度议案`,
			paragraphs: [
				`${company}${md(d)}晚间公告，公司召开董事会会议，审议通过了《2021年度利润分配预案》等议案。董事长${personName(r)}主持会议。`,
				`公告显示，公司2022年第一季度实现营业收入${r.int(2, 90)}.${r.int(10, 99)}亿元，同比增长${r.int(1, 40)}.${r.int(1, 9)}%。`,
				`分析人士指出，下游需求回暖，行业景气度有望维持高位。截至${md(d)}收盘，${company}报${r.int(3, 90)}.${r.int(10, 99)}元。`
			],
			lag: 0,
			day: d
		}),
		() => ({
			title: `${r.pick(['长春', '吉林', '延吉'])}${r.pick(['迎来降雪', '气温回升', '春风送暖'])}`,
			paragraphs: [
				`${md(d)}，${r.pick(['省气象台', '市气象局'])}发布消息，未来三天${r.pick(['全省大部地区有小雨', '气温逐步回升', '中西部地区有大风'])}，最高气温${r.int(3, 22)}℃。`,
				`气象专家提醒，${r.pick(['早晚温差较大，注意添衣保暖', '春季风大物燥，注意防火'])}。`
			],
			lag: 0,
			day: d
		}),
		() => ({
			title: `吉林春耕备耕有序推进 化肥到位率超过${r.int(60, 95)}%`,
			paragraphs: [
				`记者从省农业农村厅了解到，截至${md(d)}，全省化肥到位${r.int(200, 400)}万吨，种子到位率${r.int(80, 99)}%。`,
				`各地组织农技人员通过线上方式开展技术指导，确保不误农时。`,
				`${r.pick(['省农业农村厅', '省供销社'])}有关负责人表示，将持续做好农资供应。`
			],
			lag: 0,
			day: d
		})
	])();
}

// ---------------------------------------------------------------- writing a file

const cn2t = Converter({ from: 'cn', to: 'hk' });

function iso(i: number, hour: number, minute: number, second: number) {
	return new Date(START + i * DAY_MS + ((hour - 8) * 3600 + minute * 60 + second) * 1000);
}

function dateLine(r: Rng, t: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const bj = new Date(t.getTime() + 8 * 3600e3);
	return r.weighted([
		[t.toUTCString(), 8],
		[t.toISOString().replace(/\.\d{3}Z$/, '+00:00'), 1],
		[
			`${bj.getUTCFullYear()}-${pad(bj.getUTCMonth() + 1)}-${pad(bj.getUTCDate())} ${pad(bj.getUTCHours())}:${pad(bj.getUTCMinutes())}:${pad(bj.getUTCSeconds())}`,
			1
		]
	] as const);
}

function yamlQuote(s: string) {
	return `'${s.replaceAll("'", "''")}'`;
}

function render(
	w: World,
	r: Rng,
	draft: Draft,
	outlet: (typeof OUTLETS)[number],
	id: string
): string {
	const pubDay = Math.min(DAYS - 1, draft.day + draft.lag);
	const t = iso(pubDay, r.int(6, 23), r.int(0, 59), r.int(0, 59));
	const img = `https://img.example.cn/${outlet.style}/${id.slice(-8)}/${r.hex(12)}.jpg`;
	const hasImg = r.chance(0.6);
	let paragraphs = [...draft.paragraphs];
	let title = draft.title;
	if (outlet.style === 'traditional') {
		paragraphs = paragraphs.map((p) => cn2t(p));
		title = cn2t(title);
	}
	const reporter = () => `（记者 ${r.sample(w.people.reporters, r.int(1, 2)).join('、')}）`;
	const lines: string[] = [];
	const p = (text: string) => {
		if (outlet.style === 'guancha') lines.push(`<p>\n${text}\n</p>`);
		else if (outlet.style === 'sina') lines.push(`<p cms-style="font-L">　　${text}</p>`);
		else lines.push(`<p>${text}</p>`);
	};
	const image = (caption = '') => {
		if (outlet.style === 'guancha')
			lines.push(
				`<p style="text-align:center;">\n<img src="${img}" style="max-width:600px;" referrerpolicy="no-referrer"> \n</p>`
			);
		else
			lines.push(
				`<div class="img_wrapper"><img src="${img}" alt referrerpolicy="no-referrer"><span class="img_descr">${caption}</span></div>`
			);
	};
	if (outlet.style === 'guancha') p(`【文/观察者网 ${r.pick(w.people.reporters)}】`);
	if (outlet.style === 'sina' && r.chance(0.3)) {
		p(`原标题：${title}`);
		p('吉林日报');
	}
	const wire = r.chance(0.25);
	paragraphs.forEach((text, i) => {
		if (i === 0 && wire) text = `新华社长春${md(pubDay)}电${reporter()}${text}`;
		if (outlet.style === 'sina' && i === 0 && r.chance(0.3))
			text = `<font cms-style="font-L strong-Bold">${text}</font>`;
		p(text);
		if (i === 0 && hasImg) image(draft.photo && outlet.style !== 'guancha' ? draft.photo : '');
	});
	if (draft.photo && outlet.style !== 'sina') p(draft.photo);
	if (!wire && r.chance(0.3)) p(reporter().replace('记者 ', ''));
	if (outlet.style === 'sina')
		lines.push(
			'<!--article_adlist[<p cms-style="font-M align-right"><font cms-style="font-M align-right color240">举报/反馈</font></p>]article_adlist-->',
			'',
			'<!-- 编辑姓名及工作代码 -->',
			'',
			`<p class="article-editor">责任编辑：${r.pick(w.people.editors)} </p>`,
			'<!-- 编辑姓名及工作代码-->'
		);
	else if (r.chance(0.5)) p(`（责任编辑：${r.pick(w.people.editors)}）`);
	const front = [
		'---',
		`title: ${yamlQuote(title)}`,
		'categories: ',
		...outlet.categories.map((c) => ` - ${c}`),
		...(hasImg ? [`headimg: ${yamlQuote(img)}`] : []),
		`author: ${outlet.name}`,
		'comments: false',
		`date: ${dateLine(r, t)}`,
		...(hasImg ? [`thumbnail: ${yamlQuote(img)}`] : []),
		'---'
	];
	const text = `\n${front.join('\n')}\n\n<div>   \n${lines.join('\n')}\n\n  \n</div>\n            \n`;
	// a few files as Windows tools save them
	if (r.chance(0.03)) return '\ufeff' + text.replace(/\n/g, '\r\n');
	return text;
}

/** A generated file: its name (`00042_<hex>.txt`) and its text. */
export interface GeneratedFile {
	name: string;
	text: string;
}

/**
 * `count` articles over one made-up world, from the roster's officials; the same `seed` gives the
 * same files.
 */
export function* generateArticles(
	count: number,
	roster: RosterEntry[],
	seed = 2022
): Generator<GeneratedFile> {
	const r = rng(seed);
	const w = world(roster, r);
	const allEvents = w.events.flat();
	const width = Math.max(5, String(count - 1).length);
	for (let i = 0; i < count; i++) {
		const d = r.int(0, DAYS - 2);
		const type = r.weighted([
			['bulletin', 26],
			['event', 50],
			['roundup', 4],
			['personnel', 3],
			['off-topic', 17]
		] as const);
		let draft: Draft;
		if (type === 'bulletin') draft = bulletinDraft(w, r, d);
		else if (type === 'event') draft = eventDraft(w, r, r.pick(allEvents));
		else if (type === 'roundup') draft = roundupDraft(w, r, Math.max(10, d));
		else if (type === 'personnel') draft = personnelDraft(w, r, d);
		else draft = offTopicDraft(r, d);
		const outlet = r.weighted(OUTLETS.map((o) => [o, o.weight] as const));
		const id = `${String(i).padStart(width, '0')}_${r.hex(16)}`;
		const ext = r.weighted([
			['txt', 18],
			['md', 1],
			['html', 1]
		] as const);
		yield { name: `${id}.${ext}`, text: render(w, r, draft, outlet, id) };
	}
}
