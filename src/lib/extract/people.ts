/**
 * Who is named in a text: officials, reporters and photographers.
 *
 * Chinese news names people in a few fixed shapes, and these rules read those shapes rather than
 * look names up: after a title chain (`省委副书记、省长韩俊`), before a high title (`习近平总书记`),
 * in a `、` list that ends with an attendance phrase (`高广滨、阿东、王子联在各会场参加会议`), alone
 * before an attendance phrase (`刘伟参加活动`) or a speech verb at the start of a clause
 * (`韩俊强调`). A candidate must be 2-3 Han characters (4 with a compound surname) starting with a
 * common surname and must not be an everyday word (`全省`, `高校`). The roster (data/roster.json)
 * adds titles and levels and lets known names be found bare (`景俊海来到宽城区`).
 *
 * All functions take the text as written (Traditional or Simplified); names come back in
 * Simplified, offsets index the original text.
 */
import { pinyin } from 'pinyin-pro';
import rosterData from '../../../data/roster.json';
import type { Level, Person } from '../types';
import { toSimplified } from './script';
import { allMatches } from './matches';

/** One official in data/roster.json. */
export interface RosterEntry {
	name: string;
	/** Titles as the articles state them, most specific last (`省委副书记`, `省长`). */
	titles: string[];
	level: Level;
	/** Other spellings that mean the same person (Traditional forms are folded automatically). */
	aliases?: string[];
	note?: string;
}

/** The bundled roster; extend data/roster.json to add people or titles. */
export const ROSTER: readonly RosterEntry[] = rosterData as RosterEntry[];

/** A name found in a text; `text.slice(start, end)` is the name as written. */
export interface PersonMention {
	/** Simplified name (the roster name when an alias matched). */
	name: string;
	start: number;
	end: number;
	/** Which rule found it: `title-before`, `name-before-title`, `list`, `clause-subject`, `roster`, `known`. */
	rule: string;
	/** Titles stated right before the name (`省委副书记`, `省长`). */
	titles: string[];
}

export interface FindPeopleOptions {
	/** Roster to match bare names against (default: the bundled one; `[]` to test the rules alone). */
	roster?: readonly RosterEntry[];
	/** Names already known from elsewhere in the same article, found bare too. */
	known?: Iterable<string>;
}

/** Only Han characters (of the BMP block U+3400–U+9FFF). */
const ALL_HAN = /^[\u3400-\u9fff]*$/;

/** Common single surnames. Characters that are mostly everyday words (和, 向, 全, 国) are left out. */
const SURNAMES = new Set(
	(
		'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁习' +
		'任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃' +
		'武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒' +
		'阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓' +
		'古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣' +
		'巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封竺鞠于揭庹蔺粟' +
		'楼栗冼晋薄储郦荀鄢阙宓' +
		// Further common surnames (`省政协副主席支某某`, `州长洪某`).
		'洪支赖白晁荆郁冀邰訾蒯宦璩湛' +
		// Korean surnames common in Yanbian (`朴松烈`); 金, 崔, 李 are above.
		'朴'
	)
		.split('')
		.filter((c) => !'和全明应时向'.includes(c))
);

/** Two-character surnames; a name starting with one is 3-4 characters long. */
const COMPOUND_SURNAMES = [
	'欧阳',
	'司马',
	'上官',
	'诸葛',
	'东方',
	'皇甫',
	'尉迟',
	'公孙',
	'慕容',
	'长孙',
	'宇文',
	'司徒',
	'令狐',
	'夏侯',
	'端木',
	'独孤',
	'南宫',
	'西门',
	'轩辕',
	'呼延',
	'申屠',
	'钟离',
	'闻人',
	'万俟'
];

/** Everyday words that start with a surname character and fill name-shaped slots. */
const STOP_WORDS = new Set(
	(
		'全省 全市 全国 全体 各地 各级 高校 高效 高度 高速 高温 高位 高频 高风险 高新区 安全 安排 安置 ' +
		'方舱 方面 方案 方式 方向 方法 常态 常委 常务 常规 当前 随后 会上 会后 同时 此前 目前 近日 ' +
		'今天 干部 党员 党委 党组 党政 群众 人员 同志 领导 代表 专家 医生 护士 记者 社区 企业 学校 ' +
		'医院 一线 基层 工作 任务 任何 关于 关键 关注 关心 关爱 时间 程序 程度 严格 严密 严重 严肃 ' +
		'严防 严控 马上 黄码 白山 文明 连续 连夜 连日 万人 万名 万元 公共 公安 平安 康复 包保 包括 ' +
		'成功 成为 成立 成员 成效 成果 齐心 车辆 范围 管控 管理 支持 金融 石油 林业 周边 周密 许多 ' +
		'江北 吉林 长春 延边 四平 通化 白城 松原 辽源 珲春 北京 上海 武汉 卫健 卫生 卫健委 华为 ' +
		'费用 史上 毕业 季度 项目 简单 冷链 边境 师生 商户 商场 商超 商铺 车站 路口 苗头 农村 农贸 ' +
		'农业 农民 单位 单元 单独 纪律 纪委 凌晨 解决 解封 解除 阳性 阳光 司机 司法 查找 查摆 查验 ' +
		'查处 封控 封闭 封锁 房间 房源 路线 管住 巩固 尤其 应急 付出 申报 申请 符合 尚未 曾经 陆续 ' +
		'余下 于是 武警 景区 景点 宗旨 施工 施策 温度 温暖 易感 庞大 颜色 左右 游客 师傅 宁夏 甘肃 ' +
		'王某 李某 张某 刘某 陈某 杨某 黄某 赵某 吴某 周某 徐某 孙某 马某 朱某 胡某 郭某 何某 高某 ' +
		'林某 罗某 郑某 梁某 谢某 宋某 唐某 许某 韩某'
	)
		.split(/\s+/)
		.filter(Boolean)
);

/** Relative days and parts of the day, which fill a name's slot before a verb (`于当晚主持`). */
const TIME_WORD = /当晚|当天|当日|同日|次日|今天|今日|今晚|昨天|昨日|昨晚|上午|下午|晚上|凌晨/;

/**
 * Characters a personal name never ends with: they end place and unit names, or they are the
 * particle or preposition after a two-character name (`韩俊在主持会议时要求` is 韩俊 + 在).
 */
const NOT_NAME_CHARS = new Set(
	'省市区县州局厅部院会组处办队站所校员们等人级方面业位委乡镇村街道场馆室点区' + '在的了是将就被把'
);

/** Title words that end a title chain right before a name (`...副主任李斌`). Longest first. */
const TITLE_SUFFIXES = [
	'党组成员',
	'总书记',
	'副总理',
	'委员长',
	'副书记',
	'副省长',
	'副市长',
	'副州长',
	'副县长',
	'副区长',
	'副主席',
	'副主任',
	'副部长',
	'副厅长',
	'副局长',
	'副组长',
	'副院长',
	'副校长',
	'秘书长',
	'检察长',
	'司令员',
	'董事长',
	'总经理',
	'总裁',
	'总监',
	'创始人',
	'监察专员',
	'巡视员',
	'指挥长',
	'总指挥',
	'发言人',
	'理事长',
	'总编辑',
	'通讯员',
	'专员',
	'总理',
	'书记',
	'省长',
	'市长',
	'州长',
	'县长',
	'区长',
	'主席',
	'主任',
	'部长',
	'厅长',
	'局长',
	'组长',
	'常委',
	'委员',
	'院长',
	'政委',
	'督学',
	'校长',
	'处长',
	'会长',
	'社长',
	'镇长',
	'乡长',
	'队长',
	'所长',
	'行长',
	'署长',
	'司长',
	'记者',
	'成员',
	'领导',
	// Roles named before a person in reports from the ground (`志愿者刘某在微信群里说`).
	'志愿者',
	'医生',
	'护士',
	'医师',
	'教授',
	'研究员',
	'专家',
	'负责人',
	'工作人员',
	'网格员',
	// Members named by their membership (`盟员李某`, a feature's sub-heading; `党员张某`).
	'党员',
	'盟员',
	'团员',
	'队员',
	'民警',
	'居民',
	'市民',
	'村民'
];

/** Titles that may follow a name directly (`习近平总书记`, `孙春兰副总理`, `景俊海同志`). */
const TITLES_AFTER_NAME = [
	'总书记',
	'副总理',
	'总理',
	'委员长',
	'副主席',
	'主席',
	'同志',
	'书记',
	'省长',
	'市长',
	'部长',
	'主任'
];

/** Words that may follow a name (besides punctuation and titles). */
const AFTER_NAME_WORDS = [
	'第一时间',
	// What the people of a feature do (`社区党委书记林某带领…`, `网格员宋某负责…`, `…、黄某积极报名`).
	'带领',
	'负责',
	'积极',
	'主动',
	'坚守',
	'始终',
	'一直',
	// Adverbs and days of the act that follows (`省委书记某某连夜召集…`, `副总理某某今天到…`).
	'今天',
	'今日',
	'昨天',
	'昨日',
	'当天',
	'当晚',
	'近日',
	'日前',
	'连夜',
	'迅速',
	'立即',
	'亲自',
	'专程',
	'主持',
	'强调',
	'指出',
	'表示',
	'要求',
	'提出',
	'出席',
	'参加',
	'参会',
	'列席',
	'陪同',
	'来到',
	'前往',
	'深入',
	'带队',
	'率队',
	'率领',
	'听取',
	'实地',
	'检查',
	'调研',
	'看望',
	'慰问',
	'召开',
	'讲话',
	'致辞',
	'发言',
	'作出',
	'批示',
	'兼任',
	'担任',
	'出任',
	'同志',
	'一行',
	'一同',
	'一起',
	'一道',
	'先后',
	'分别',
	'亲切',
	'继续',
	'正在',
	'随后',
	'现场',
	'代表',
	'会见',
	'会同',
	'宣布',
	'通报',
	'介绍',
	'汇报',
	'充分',
	'详细',
	'认真',
	'专门',
	'首先',
	'还',
	'也',
	'在',
	'到',
	'赴',
	'以',
	'作',
	'对',
	'说',
	'和',
	'与',
	'等',
	'的',
	'向',
	'就',
	'是',
	'被',
	'已',
	'率',
	'为',
	'将',
	'从',
	'同',
	'及',
	'并',
	'又',
	'都',
	'曾',
	'于'
];

/** Words a name may directly follow (`贯彻习近平总书记`, `按照孙春兰副总理`). */
const BEFORE_NAME_WORDS = [
	'贯彻',
	'按照',
	'根据',
	'落实',
	'学习',
	'遵照',
	'关于',
	'陪同',
	'会见',
	'听取',
	'传达',
	'感谢',
	'以及',
	'和',
	'与',
	'及',
	'同',
	'向',
	'对',
	'在',
	'由',
	'是',
	'把',
	'将',
	'为',
	'请',
	'受',
	'并',
	'到',
	'从',
	'给',
	'让',
	'使',
	'以',
	'了',
	'致',
	'即',
	'、'
];

/** Phrases that end a list of attendees: `...在各会场参加会议`, `...出席`, `...参加有关活动`. */
const ATTENDANCE =
	/(?:等)?(?:同志)?(?:在各会场|在主会场|在分会场|在会场|分别)?(?:参加会议|出席会议|列席会议|参加有关活动|参加活动|参加调研|参加检查|陪同调研|陪同检查|参会|出席|列席|陪同|参加)/g;

/** Speech and action verbs after a clause-initial name (`韩俊强调`); sticky: read at an offset. */
const SUBJECT_VERBS =
	/(?:同志)?(?:在[^，。；：]{1,12}?时(?:强调|指出|表示|说|要求|提出)|强调|指出|表示|说|要求|提出|认为|介绍|讲话|致辞|发言|主持|来到|前往|出席|深入|实地|听取|看望|作出|任(?=[^，。；]{1,24}?(?:书记|长|主任|委员|常委|候选人)))/y;

const CLAUSE_BREAK = /[，。；：！？、,;:!?\s“”"‘’（）()《》【】]/;

/** Every UTF-16 code once, in order (so a match's index is its code); made on first use. */
let everyCode: string | undefined;

function allCodes(): string {
	if (everyCode === undefined) {
		const chunks: string[] = [];
		for (let c = 0; c < 0x10000; c += 0x1000) {
			chunks.push(String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => c + i)));
		}
		everyCode = chunks.join('');
	}
	return everyCode;
}

/**
 * A one-character class (no `u` flag: it reads code units) as a test by UTF-16 code, its table
 * made on first use by one scan of every code: the rules walk texts a character at a time, and
 * `text[i]` would make a new string for every Han character.
 */
function testByCode(re: RegExp): (code: number) => boolean {
	let table: Uint8Array | undefined;
	return (code) => {
		if (!table) {
			table = new Uint8Array(0x10000);
			for (const m of allCodes().matchAll(new RegExp(re.source, 'g'))) table[m.index] = 1;
		}
		return table[code] === 1;
	};
}

const isClauseBreak = testByCode(CLAUSE_BREAK);
/** What ends a title chain walking back from a name. */
const isChainBreak = testByCode(/[，。；：！？,;:!?\s“”"（）()《》]/);
/** What ends a list of attendees walking back from the attendance phrase. */
const isListBreak = testByCode(/[，。；：！？,;:!?\s“”"（）()]/);

/** Whether the UTF-16 code at `at` is a Han character (of the block `ALL_HAN` tests). */
function isHanAt(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code >= 0x3400 && code <= 0x9fff;
}

/**
 * Characters as a byte per UTF-16 code: the name rules ask about a character at an offset many
 * times per sentence, and `text[at]` makes a new string for every Han character.
 */
function codeMarks(chars: Iterable<string>): Uint8Array {
	const marks = new Uint8Array(0x10000);
	for (const c of chars) marks[c.charCodeAt(0)] = 1;
	return marks;
}

const SURNAME_CODES = codeMarks(SURNAMES);
const NOT_NAME_CODES = codeMarks(NOT_NAME_CHARS);
/** First characters of the compound surnames. */
const COMPOUND_FIRST = codeMarks(COMPOUND_SURNAMES.map((s) => s[0]));

/** Whether a name could start at `at` (a cheap test before the name rules run there). */
function surnameAt(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return SURNAME_CODES[code] === 1 || COMPOUND_FIRST[code] === 1;
}

/** Whether a compound surname starts at `at`. */
function compoundAt(text: string, at: number): boolean {
	return (
		COMPOUND_FIRST[text.charCodeAt(at)] === 1 &&
		COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))
	);
}

function surnameLength(candidate: string): number {
	if (compoundAt(candidate, 0)) return 2;
	return SURNAME_CODES[candidate.charCodeAt(0)] === 1 ? 1 : 0;
}

/** A 2-3 character (3-4 with a compound surname) run of Han that could be a name. */
function nameShaped(candidate: string, requireSurname = true): boolean {
	// The tests by code and length first (the answer is the same in any order): most candidates
	// fail them, and they make no string.
	const surname = surnameLength(candidate);
	const min = surname === 2 ? 3 : 2;
	const max = surname === 2 ? 4 : 3;
	const length = candidate.length;
	if (length < min || length > max) return false;
	if (requireSurname && surname === 0) return false;
	// `ALL_HAN`, by code.
	for (let i = 0; i < length; i++) if (!isHanAt(candidate, i)) return false;
	if (NOT_NAME_CODES[candidate.charCodeAt(length - 1)] === 1) return false;
	if (STOP_WORDS.has(candidate)) return false;
	// `于当晚主持`: a time word is no part of a name.
	if (TIME_WORD.test(candidate)) return false;
	// `全省上下`, `高校特别`: a stop word at the start means the run is not a name.
	if (candidate.length >= 3 && STOP_WORDS.has(candidate.slice(0, 2))) return false;
	return true;
}

/**
 * Words grouped by their first (or last) character, each group in list order: the words that can
 * match at a position are those of its character, so a lookup tries a few words, not a hundred.
 * Keyed by UTF-16 code; `marks` (a byte per code) says at a glance which codes have words, as
 * most characters of a text have none.
 */
interface WordIndex {
	marks: Uint8Array;
	words: Map<number, string[]>;
}

function byCharacter(list: readonly string[], last = false): WordIndex {
	const marks = new Uint8Array(0x10000);
	const words = new Map<number, string[]>();
	for (const w of list) {
		const c = w.charCodeAt(last ? w.length - 1 : 0);
		marks[c] = 1;
		words.set(c, [...(words.get(c) ?? []), w]);
	}
	return { marks, words };
}

/** The first word of the list (as indexed by `byCharacter`) that starts at `at`. */
function startsWithAny(text: string, at: number, index: WordIndex): string | undefined {
	const c = text.charCodeAt(at);
	if (!index.marks[c]) return undefined;
	// A loop, not `find`: this runs at most characters of every sentence.
	for (const w of index.words.get(c)!) if (text.startsWith(w, at)) return w;
	return undefined;
}

/** Whether one of the words (as indexed by `byCharacter(…, true)`) ends the text. */
function endsWithAny(text: string, index: WordIndex): boolean {
	const c = text.charCodeAt(text.length - 1);
	return index.marks[c] === 1 && index.words.get(c)!.some((w) => text.endsWith(w));
}

const AFTER_NAME_INDEX = byCharacter(AFTER_NAME_WORDS);
const TITLES_AFTER_NAME_INDEX = byCharacter(TITLES_AFTER_NAME);
const BEFORE_NAME_INDEX = byCharacter(BEFORE_NAME_WORDS, true);
const TITLE_SUFFIX_INDEX = byCharacter(TITLE_SUFFIXES, true);
const TITLE_INDEX = byCharacter(TITLE_SUFFIXES);

/** A title and where it starts. */
interface TitleAt {
	index: number;
	title: string;
}

/** The next title at or after `from`. */
function nextTitle(titles: readonly TitleAt[], from: number): TitleAt | undefined {
	return titles.find((t) => t.index >= from);
}

/** What ends at `end` is a plausible end of a name: punctuation, a title or a verb follows. */
function nameEndsAt(text: string, end: number): 'strong' | 'weak' | false {
	if (end >= text.length || !isHanAt(text, end)) return 'strong';
	const word =
		startsWithAny(text, end, AFTER_NAME_INDEX) ?? startsWithAny(text, end, TITLES_AFTER_NAME_INDEX);
	if (!word) return false;
	return word.length > 1 ? 'strong' : 'weak';
}

/** What precedes `start` is a plausible start of a name: punctuation, a title or a preposition. */
function nameStartsAt(text: string, start: number): boolean {
	if (start === 0 || !isHanAt(text, start - 1)) return true;
	const before = text.slice(Math.max(0, start - 4), start);
	return endsWithAny(before, BEFORE_NAME_INDEX) || endsWithAny(before, TITLE_SUFFIX_INDEX);
}

/** The name that starts at `start` and is followed by a name ending, preferring what reads best. */
function nameAt(text: string, start: number, requireSurname = true): string | undefined {
	const shortest = compoundAt(text, start) ? 3 : 2;
	const short = nameOf(text, start, shortest, requireSurname);
	// `韩俊强调`: a two-character name before a two-character verb beats `韩俊强` + `调`.
	if (short?.end === 'strong') return short.name;
	return (nameOf(text, start, shortest + 1, requireSurname) ?? short)?.name;
}

/** The name of `length` characters at `start`, if it is one and something that ends a name follows. */
function nameOf(text: string, start: number, length: number, requireSurname: boolean) {
	// Cut short by the text's end: no name of this length.
	if (start + length > text.length) return undefined;
	const end = nameEndsAt(text, start + length);
	if (!end) return undefined;
	const name = text.slice(start, start + length);
	return nameShaped(name, requireSurname) ? { name, end } : undefined;
}

/** The title chain that ends right before `start` (`省委副书记、省长`), nearest title last. */
function titlesBefore(text: string, start: number): string[] {
	let from = start;
	while (from > 0 && !isChainBreak(text.charCodeAt(from - 1))) from--;
	let chain = text.slice(from, start);
	// `正在北京准备参加全国两会的省委书记`: the title starts after the last 的.
	const de = chain.lastIndexOf('的');
	if (de >= 0) chain = chain.slice(de + 1);
	const pieces = chain.split('、');
	const titles: string[] = [];
	for (let i = pieces.length - 1; i >= 0; i--) {
		const piece = pieces[i].replace(/^(?:决定|任命|免去|由|经|和|与|及|以及|并)/, '');
		if (!piece || piece.length > 30 || !endsWithAny(piece, TITLE_SUFFIX_INDEX)) break;
		titles.unshift(piece);
	}
	return titles;
}

/**
 * The mention of a span found by `rule`. Built field by field: spreading the span into a new
 * object cost more than finding it.
 */
function withRule(
	span: { name: string; start: number; end: number },
	rule: string,
	titles: string[]
): PersonMention {
	return { name: span.name, start: span.start, end: span.end, rule, titles };
}

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]) {
	return list.some((b) => a.start < b.end && b.start < a.end);
}

/** After a title: spaces, a name, then the colon of a transcript's speaker label. */
const SPEAKER_LABEL = /^([ \u3000\u00a0]+)([\u3400-\u9fff]{2,4})[ \u3000\u00a0]*[：:]/;

/** Title chain then name: `省委常委、长春市委书记张志军`, `国家卫生健康委副主任李斌`. */
function findAfterTitles(folded: string, titles: readonly TitleAt[], out: PersonMention[]): void {
	for (let i = 0; i < folded.length; i++) {
		const found = nextTitle(titles, i);
		if (!found) break;
		i = found.index;
		const title = found.title;
		const titleEnd = i + title.length;
		let at = titleEnd;
		let name = nameAt(folded, at);
		if (!name) {
			// `省商务厅副厅长 某某：`: a transcript's speaker label sets the name apart by a space.
			const label = SPEAKER_LABEL.exec(folded.slice(at));
			if (!label || !nameShaped(label[2])) continue;
			at += label[1].length;
			name = label[2];
		}
		const mention = { name, start: at, end: at + name.length };
		if (overlaps(mention, out)) continue;
		out.push(withRule(mention, 'title-before', titlesBefore(folded, titleEnd)));
		i = at + name.length - 1;
	}
}

/** Verbs of a personnel decision that take a name as object: `免去张立峰的...职务`. */
const PERSONNEL_VERBS = ['免去', '任命', '提名', '推荐', '聘任', '撤销', '选举'];

/** The object of a personnel verb: `免去张立峰的吉林农业科技学院党委书记职务`. */
function findAfterPersonnelVerbs(
	folded: string,
	starts: readonly number[],
	out: PersonMention[]
): void {
	if (starts.length === 0) return;
	// Verb by verb, each in text order (as a search per verb finds them).
	for (const verb of PERSONNEL_VERBS) {
		for (const at of starts) {
			if (!folded.startsWith(verb, at)) continue;
			const start = at + verb.length;
			const name = nameAt(folded, start);
			if (!name) continue;
			const mention = { name, start, end: start + name.length };
			if (!overlaps(mention, out)) out.push(withRule(mention, 'personnel', []));
		}
	}
}

/** Name then high title: `习近平总书记`, `孙春兰副总理`. */
function findBeforeTitles(
	folded: string,
	titles: Array<{ title: string; at: number }>,
	out: PersonMention[]
): void {
	if (titles.length > 1) sortInPlace(titles, byTitleOrder);
	for (const { title, at } of titles) {
		let found = false;
		for (let n = 4; n >= 2; n--) {
			const start = at - n;
			// No surname there: no name (`nameShaped` would say so after a slice and a regex).
			if (start < 0 || !surnameAt(folded, start)) continue;
			const name = folded.slice(start, at);
			if (n === 4 && surnameLength(name) !== 2) continue;
			if (!nameShaped(name) || !nameStartsAt(folded, start)) continue;
			const mention = { name, start, end: at };
			if (!overlaps(mention, out)) out.push(withRule(mention, 'name-before-title', []));
			found = true;
			break;
		}
		if (!found) findUnsurnamedBefore(folded, at, title, out);
	}
}

const TITLE_AFTER_NAME_ORDER = new Map(TITLES_AFTER_NAME.map((title, i) => [title, i]));

/** Titles after a name title by title in list order, each title's in text order. */
function byTitleOrder(a: { title: string; at: number }, b: { title: string; at: number }): number {
	const order = (t: string) => TITLE_AFTER_NAME_ORDER.get(t)!;
	return order(a.title) - order(b.title) || a.at - b.at;
}

/** Offices a Mongolian, Tibetan or Uyghur name without a Han surname may stand before. */
const OFFICE_AFTER_NAME = new Set(['书记', '省长', '市长', '主席', '部长', '主任']);
/** Words before such a name that make it the object of a reference (`按照达来朝克书记…的要求`). */
const REFERENCE_WORD = /(?:按照|根据|贯彻|落实|学习|遵照|传达|关于|陪同|会见|感谢|、|和|与|及)$/;
/** Characters of offices, bodies, numbers and particles, never in a transcribed name. */
const NOT_IN_TRANSCRIBED =
	/[的了和与及在是为省市县区州盟旗委部局厅院会组办处团队党政副务第一二三四五六七八九十各全级等要把将对向中国家上下作者年这该其]/;

/**
 * A name without a Han surname, transcribed from Mongolian, Tibetan or Uyghur (`巴音朝鲁`, `达来朝克`; three or
 * four characters), before an office and after a word that refers to a person
 * (`按照达来朝克书记“四个到位”的要求`).
 */
function findUnsurnamedBefore(
	folded: string,
	at: number,
	title: string,
	out: PersonMention[]
): void {
	if (!OFFICE_AFTER_NAME.has(title)) return;
	for (let n = 4; n >= 3; n--) {
		const start = at - n;
		if (start < 1) continue;
		// The reference word first: it is the test that most often fails.
		if (!REFERENCE_WORD.test(folded.slice(Math.max(0, start - 2), start))) continue;
		const name = folded.slice(start, at);
		if (!ALL_HAN.test(name) || NOT_IN_TRANSCRIBED.test(name)) continue;
		if (STOP_WORDS.has(name) || STOP_WORDS.has(name.slice(0, 2))) continue;
		const mention = { name, start, end: at };
		if (!overlaps(mention, out)) out.push(withRule(mention, 'name-before-title', []));
		return;
	}
}

/** Names in a `、` list (or alone) right before an attendance phrase. */
function findAttendees(folded: string, out: PersonMention[]): void {
	for (const cue of allMatches(ATTENDANCE, folded)) {
		const end = cue.index;
		let start = end;
		while (start > 0 && !isListBreak(folded.charCodeAt(start - 1))) start--;
		if (start === end) continue;
		const items: { text: string; start: number }[] = [];
		let pos = start;
		for (const piece of folded.slice(start, end).split('、')) {
			items.push({ text: piece, start: pos });
			pos += piece.length + 1;
		}
		// A title inside an item is the title rule's business; bare items are candidates here.
		const bare = items.filter(
			(item) => item.text.length <= 4 && !TITLE_SUFFIXES.some((t) => item.text.includes(t))
		);
		const withSurname = bare.filter((item) => nameShaped(item.text));
		// Ethnic names (`阿东`) pass without a surname when most of the list are clearly names.
		const listOfNames = bare.length >= 3 && withSurname.length * 3 >= bare.length * 2;
		for (const item of bare) {
			const ok = nameShaped(item.text) || (listOfNames && nameShaped(item.text, false));
			if (!ok) continue;
			const mention = { name: item.text, start: item.start, end: item.start + item.text.length };
			if (!overlaps(mention, out)) out.push(withRule(mention, 'list', []));
		}
		// `…、杨某某、黄某某积极报名参加`: the last name runs on into what the list did.
		const last = items.at(-1)!;
		if (items.length >= 3 && withSurname.length >= 2 && !bare.includes(last)) {
			const name = nameAt(folded, last.start);
			const mention = name && { name, start: last.start, end: last.start + name.length };
			if (mention && !overlaps(mention, out)) out.push(withRule(mention, 'list', []));
		}
	}
}

/** Whether a subject verb (`SUBJECT_VERBS`) starts at `at`. */
function subjectVerbAt(text: string, at: number): boolean {
	SUBJECT_VERBS.lastIndex = at;
	return SUBJECT_VERBS.test(text);
}

/** A name opening a clause before a speech or action verb: `韩俊强调`, `李斌指出`. */
function findClauseSubjects(folded: string, starts: readonly number[], out: PersonMention[]): void {
	for (const start of starts) {
		for (let n = 2; n <= 4; n++) {
			if (!subjectVerbAt(folded, start + n)) continue;
			const name = folded.slice(start, start + n);
			if (!nameShaped(name)) continue;
			const mention = { name, start, end: start + n };
			if (!overlaps(mention, out)) out.push(withRule(mention, 'clause-subject', []));
			break;
		}
	}
}

/**
 * Bare occurrences of names already known (roster or found elsewhere in the article), spelling by
 * spelling: the known ones but those the text's own mentions name, then those names.
 */
function findKnown(shaped: ShapedMentions, known: KnownNames, out: PersonMention[]): void {
	const { folded } = shaped;
	// The text's own mentions are the first `own` of `out`; no Set or list of their names is made,
	// as this runs twice for every sentence and a sentence names a few people.
	const own = out.length;
	// A loop over an array, not `spellings.forEach`: a closure and a call per spelling per sentence
	// cost more than the test that rules most spellings out.
	const { list } = known;
	for (let j = 0; j < list.length; j++) {
		const { spelling, name, rule, surname } = list[j];
		if (surname !== 0 && (shaped.surnames & surname) === 0) continue;
		if (!namedBefore(out, own, spelling)) findSpelling(folded, spelling, name, rule, out);
	}
	for (let k = 0; k < own; k++) {
		const name = out[k].name;
		if (!namedBefore(out, k, name)) findSpelling(folded, name, name, 'known', out);
	}
}

/** Whether one of the first `count` mentions names `name`. */
function namedBefore(mentions: readonly PersonMention[], count: number, name: string): boolean {
	for (let k = 0; k < count; k++) if (mentions[k].name === name) return true;
	return false;
}

function findSpelling(
	folded: string,
	spelling: string,
	name: string,
	rule: string,
	out: PersonMention[]
): void {
	for (let at = folded.indexOf(spelling); at >= 0; at = folded.indexOf(spelling, at + 1)) {
		const end = at + spelling.length;
		// A two-character name inside a longer word (`张忠` in `紧张忠实`) needs a clean edge.
		if (spelling.length < 3 && !nameStartsAt(folded, at) && !nameEndsAt(folded, end)) continue;
		const mention = { name, start: at, end };
		if (overlaps(mention, out)) continue;
		out.push(withRule(mention, rule, titlesBefore(folded, at)));
	}
}

/**
 * A name cut short after its title (`省长韩在长春市调研`, a source dropping a character): the one
 * name known in the article that starts with the surname left (`韩俊`).
 */
function findTruncated(
	folded: string,
	titles: readonly TitleAt[],
	known: readonly string[],
	out: PersonMention[]
): void {
	if (known.length === 0) return;
	for (
		let found = nextTitle(titles, 0);
		found;
		found = nextTitle(titles, found.index + found.title.length)
	) {
		const at = found.index + found.title.length;
		if (SURNAME_CODES[folded.charCodeAt(at)] !== 1 || nameAt(folded, at)) continue;
		const surname = folded[at];
		// The surname alone, then what ends a name (`在`, `，`, `到`…).
		if (!nameEndsAt(folded, at + 1)) continue;
		const matches = known.filter((n) => n.length >= 2 && n.length <= 3 && n[0] === surname);
		if (matches.length !== 1) continue;
		const mention = { name: matches[0], start: at, end: at + 1 };
		if (!overlaps(mention, out)) {
			out.push(withRule(mention, 'truncated', titlesBefore(folded, at)));
		}
	}
}

/**
 * Every person named in `text`, in reading order.
 * @example findPersonMentions('省委副书记、省长韩俊出席会议。')
 *   // [{ name: '韩俊', start: 8, end: 10, rule: 'title-before', titles: ['省委副书记', '省长'] }]
 */
export function findPersonMentions(text: string, options: FindPeopleOptions = {}): PersonMention[] {
	return withKnownNames(findShapedMentions(text), knownNames(options));
}

/** What the shape rules find in a text: the part of `findPersonMentions` no option changes. */
export interface ShapedMentions {
	folded: string;
	mentions: readonly PersonMention[];
	/** Where titles start in `folded`. */
	titles: readonly TitleAt[];
	/** The surnames in `folded`, a bit each (see `surnameBit`): a known name is looked for only
	 * where the bit of its first character is set. */
	surnames: number;
}

/**
 * Names found by their shape (title chains, lists, clause subjects), before any known name is
 * looked for. A caller that reads a text twice (to learn the article's names, then to find them
 * bare) runs the shape rules once and `withKnownNames` twice.
 */
export function findShapedMentions(text: string, folded = toSimplified(text)): ShapedMentions {
	const out: PersonMention[] = [];
	const scan = scanText(folded);
	findAfterTitles(folded, scan.titles, out);
	findBeforeTitles(folded, scan.titlesAfterName, out);
	findAfterPersonnelVerbs(folded, scan.personnel, out);
	// Most sentences have no attendance word: the list rule's regex is not run on them.
	if (scan.attendance) findAttendees(folded, out);
	findClauseSubjects(folded, scan.clauseStarts, out);
	return { folded, mentions: out, titles: scan.titles, surnames: scan.surnames };
}

/** Where the shape rules can start in a text, from one pass over it (see `scanText`). */
interface Scan {
	/** Every position where a title starts, with the first title of the list there (the longest). */
	titles: TitleAt[];
	/** Every occurrence of every title of `TITLES_AFTER_NAME`, in text order. */
	titlesAfterName: Array<{ title: string; at: number }>;
	/** Positions where a personnel verb may start (its first character). */
	personnel: number[];
	/** Clause starts (the text's and after every clause break) where a surname stands. */
	clauseStarts: number[];
	/** Whether an attendance word (`ATTENDANCE_WORDS`) is in the text. */
	attendance: boolean;
	/** Every surname's bit (`surnameBit`), or-ed. */
	surnames: number;
}

/** What a character may start or end, a bit each, by UTF-16 code (made on first use). */
const TITLE_BIT = 1;
const TITLE_AFTER_NAME_BIT = 2;
const PERSONNEL_BIT = 4;
const CLAUSE_BREAK_BIT = 8;
const SURNAME_BIT = 16;
const ATTENDANCE_BIT = 32;
/**
 * A surname's bit among 32 (by its code): a sentence has a few surnames, so most known names
 * (nearly all start with one) can be ruled out of it by one test, not a search of the text.
 */
function surnameBit(code: number): number {
	return 1 << (code & 31);
}

/** The bits of words that start at a character (all of them two characters or longer). */
const STARTS_WORD = TITLE_BIT | TITLE_AFTER_NAME_BIT | PERSONNEL_BIT | ATTENDANCE_BIT;
/** What every match of `ATTENDANCE` contains (keep the two in step). */
const ATTENDANCE_WORDS = ['参加', '出席', '列席', '陪同', '参会'];
let scanMarks: Uint8Array | undefined;
/**
 * The words' first two characters, hashed (see `pairHash`) to the bits of the lists they start a
 * word of: most characters that start a title start none there (`会议`, `工作`), and a second
 * look-up is cheaper than trying each title at them. A hash shared by another pair only lets a
 * character through to the words' own test.
 */
let scanPairs: Uint8Array | undefined;

function pairHash(first: number, second: number): number {
	return (first * 31 + second) & 0xffff;
}

function scanTable(): Uint8Array {
	if (!scanMarks) {
		const marks = new Uint8Array(0x10000);
		const pairs = new Uint8Array(0x10000);
		const lists: Array<[readonly string[], number]> = [
			[TITLE_SUFFIXES, TITLE_BIT],
			[TITLES_AFTER_NAME, TITLE_AFTER_NAME_BIT],
			[PERSONNEL_VERBS, PERSONNEL_BIT],
			[ATTENDANCE_WORDS, ATTENDANCE_BIT]
		];
		for (const [list, bit] of lists) {
			for (const w of list) {
				marks[w.charCodeAt(0)] |= bit;
				pairs[pairHash(w.charCodeAt(0), w.charCodeAt(1))] |= bit;
			}
		}
		for (let c = 0; c < 0x10000; c++) {
			if (isClauseBreak(c)) marks[c] |= CLAUSE_BREAK_BIT;
			if (SURNAME_CODES[c] || COMPOUND_FIRST[c]) marks[c] |= SURNAME_BIT;
		}
		scanPairs = pairs;
		scanMarks = marks;
	}
	return scanMarks;
}

/**
 * Where titles, personnel verbs and clause subjects may start, in one pass over the text: the
 * rules each walked the whole text for their own (most characters start nothing). A word is
 * looked for at a character once the next one is read, and only where the two can open one.
 */
function scanText(text: string): Scan {
	const marks = scanTable();
	const pairs = scanPairs!;
	const scan: Scan = {
		titles: [],
		titlesAfterName: [],
		personnel: [],
		clauseStarts: [],
		attendance: false,
		surnames: 0
	};
	let clauseStart = true;
	let before = 0;
	let starts = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const mark = marks[code];
		if (starts !== 0) {
			const here = starts & pairs[pairHash(before, code)];
			if (here !== 0) addWordsAt(text, i - 1, before, here, scan);
		}
		if ((mark & SURNAME_BIT) !== 0) {
			if (clauseStart) scan.clauseStarts.push(i);
			scan.surnames |= surnameBit(code);
		}
		clauseStart = (mark & CLAUSE_BREAK_BIT) !== 0;
		starts = mark & STARTS_WORD;
		before = code;
	}
	return scan;
}

/** The words of the lists `bits` names that start at `at` (whose code is `code`), into `scan`. */
function addWordsAt(text: string, at: number, code: number, bits: number, scan: Scan): void {
	if ((bits & TITLE_BIT) !== 0) {
		const title = startsWithAny(text, at, TITLE_INDEX);
		if (title) scan.titles.push({ index: at, title });
	}
	if ((bits & TITLE_AFTER_NAME_BIT) !== 0) {
		for (const title of TITLES_AFTER_NAME_INDEX.words.get(code)!) {
			if (text.startsWith(title, at)) scan.titlesAfterName.push({ title, at });
		}
	}
	if ((bits & PERSONNEL_BIT) !== 0) scan.personnel.push(at);
	if ((bits & ATTENDANCE_BIT) !== 0)
		scan.attendance ||= ATTENDANCE_WORDS.some((w) => text.startsWith(w, at));
}

/** The names `findPersonMentions` finds bare: the roster's and `options.known`. */
export interface KnownNames {
	/** Spelling -> the name it is and the rule that finds it, in the order they are looked for. */
	spellings: ReadonlyMap<string, { name: string; rule: string }>;
	/** `options.known`, once each (for names cut short). */
	known: readonly string[];
	/** `spellings` in order, each with the bit of the surname it starts with (0: none). */
	list: readonly KnownSpelling[];
}

/** A spelling of `KnownNames.spellings`, as `findKnown` reads it. */
interface KnownSpelling {
	spelling: string;
	name: string;
	rule: string;
	/** `surnameBit` of its first character if that is a surname, else 0: looked for anywhere. */
	surname: number;
}

/** `spellings` as a list (see `KnownNames.list`). */
function spellingList(
	spellings: ReadonlyMap<string, { name: string; rule: string }>
): KnownSpelling[] {
	const marks = scanTable();
	const list: KnownSpelling[] = [];
	spellings.forEach(({ name, rule }, spelling) => {
		const code = spelling.charCodeAt(0);
		const surname = (marks[code] & SURNAME_BIT) !== 0 ? surnameBit(code) : 0;
		list.push({ spelling, name, rule, surname });
	});
	return list;
}

/**
 * The known names of `options`, made once for all the texts they are looked for in. With
 * `within` (a text that holds all those texts, e.g. an article's), spellings it lacks are left
 * out: they cannot be found in any of them.
 */
export function knownNames(options: FindPeopleOptions = {}, within?: string): KnownNames {
	const list = options.roster ?? ROSTER;
	const present = within === undefined ? undefined : rosterSpellingsIn(list, within);
	const roster = new Map<string, { name: string; rule: string }>();
	for (const [spelling, entry] of rosterNames(list))
		if (!present || spelling === '' || present.has(spelling)) roster.set(spelling, entry);
	return addKnownNames({ spellings: roster, known: [], list: [] }, options.known, within);
}

/**
 * `base` with more names (found elsewhere in the same article) looked for too, after its own;
 * `within` as for `knownNames`. What `knownNames` gives with `known` added to its options.
 */
export function addKnownNames(
	base: KnownNames,
	known: Iterable<string> = [],
	within?: string
): KnownNames {
	const names = [...known];
	const spellings = new Map(base.spellings);
	for (const name of names) {
		if (spellings.has(name) || (within !== undefined && !within.includes(name))) continue;
		spellings.set(name, { name, rule: 'known' });
	}
	return { spellings, known: [...new Set(names)], list: spellingList(spellings) };
}

/** The shaped mentions with the known names found bare, in reading order. */
export function withKnownNames(shaped: ShapedMentions, known: KnownNames): PersonMention[] {
	const { folded } = shaped;
	const out = shaped.mentions.slice();
	findKnown(shaped, known, out);
	findTruncated(folded, shaped.titles, known.known, out);
	return sortInPlace(out, byStart);
}

const byStart = (a: PersonMention, b: PersonMention) => a.start - b.start;

/**
 * `list.sort(compare)` for the short lists of a sentence: a stable insertion sort, the same order,
 * without the copy `sort` makes of every list (twice per sentence, most of them in order already).
 */
function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
	for (let k = 1; k < list.length; k++) {
		const item = list[k];
		let j = k - 1;
		while (j >= 0 && compare(list[j], item) > 0) {
			list[j + 1] = list[j];
			j--;
		}
		list[j + 1] = item;
	}
	return list;
}

/** Each roster's names and folded aliases, in roster order (made once per roster, not per text). */
const rosterSpellings = new WeakMap<
	readonly RosterEntry[],
	ReadonlyMap<string, { name: string; rule: string }>
>();

function rosterNames(
	roster: readonly RosterEntry[]
): ReadonlyMap<string, { name: string; rule: string }> {
	let names = rosterSpellings.get(roster);
	if (!names) {
		const map = new Map<string, { name: string; rule: string }>();
		for (const entry of roster) {
			map.set(entry.name, { name: entry.name, rule: 'roster' });
			for (const alias of entry.aliases ?? []) {
				map.set(toSimplified(alias), { name: entry.name, rule: 'roster' });
			}
		}
		rosterSpellings.set(roster, map);
		names = map;
	}
	return names;
}

/** Each roster's spellings by first character (made once per roster). */
const rosterIndexes = new WeakMap<readonly RosterEntry[], WordIndex>();

/** The roster's spellings that occur in `text`: one pass over it, not a search per spelling. */
function rosterSpellingsIn(roster: readonly RosterEntry[], text: string): Set<string> {
	let index = rosterIndexes.get(roster);
	if (!index) {
		index = byCharacter([...rosterNames(roster).keys()].filter((spelling) => spelling !== ''));
		rosterIndexes.set(roster, index);
	}
	const found = new Set<string>();
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (index.marks[c])
			for (const w of index.words.get(c)!) if (text.startsWith(w, i)) found.add(w);
	}
	return found;
}

/**
 * Whether a word can be a personal name with a surname (`黄鹭`, `欧阳某某`); `央视`, `全省` cannot.
 * A credit with no label before it needs one: an outlet's name (`（央视）`) is never a person.
 */
export function isSurnamedName(word: string): boolean {
	return nameShaped(toSimplified(word));
}

/** The commonest surnames: a split of a run of names that starts pieces with them reads best. */
const COMMON_SURNAMES = new Set(
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤'
);

/**
 * A run of names written with no separator (`赵文彬张楚徐洋肖金伟` in a credit line) split into
 * names, or `null` when it cannot be. Of the splits into name-shaped pieces, the best starts its
 * pieces with common surnames and has none inside a given name (a given name rarely ends in `肖`).
 * @example splitNameRun('张旭成刘悦欣吴刚') // ['张旭成', '刘悦欣', '吴刚']
 */
export function splitNameRun(run: string): string[] | null {
	if (run.length < 4 || run.length > 16) return null;
	let best: { pieces: string[]; score: number } | null = null;
	const walk = (at: number, pieces: string[], score: number) => {
		if (at === run.length) {
			if (!best || score > best.score) best = { pieces: [...pieces], score };
			return;
		}
		for (const n of [2, 3, 4]) {
			const piece = run.slice(at, at + n);
			if (piece.length < n || !nameShaped(piece)) continue;
			let s = COMMON_SURNAMES.has(piece[0]) ? 1 : 0;
			for (let k = surnameLength(piece); k < piece.length; k++) {
				if (COMMON_SURNAMES.has(piece[k])) s -= k === piece.length - 1 ? 1 : 0.5;
			}
			pieces.push(piece);
			walk(at + n, pieces, score + s);
			pieces.pop();
		}
	};
	walk(0, [], 0);
	return best ? (best as { pieces: string[] }).pieces : null;
}

/** A name in a credit line, with the role its label gives. */
export interface LineCredit {
	name: string;
	role: 'photo' | 'reporter';
	start: number;
	end: number;
}

/** Labels in credit lines; names after them are credited in that role (editors: nobody). */
const CREDIT_LABEL =
	/^(?:(?:本报|本台|总台|央视|新华社|特约|首席|见习|实习)?(?:记者|通讯员|实习生|特派记者)|作者|撰文|撰稿|采写|文字|摄影|摄像|摄|制图|图|文|文\/图|文／图|视频|海报|设计|报道|责编|编辑|责任编辑|校对|审核|监制|统筹)$/;
const EDITOR_LABEL = /^(?:责编|编辑|责任编辑|校对|审核|监制|统筹)$/;
const PHOTO_LABEL = /^(?:摄影|摄像|摄|制图|图|海报|设计|视频)$/;
/** An outlet or app named before a label: `中国吉林网`, `吉刻APP`, `央视新闻客户端`. */
const OUTLET_WORD =
	/^[\u3400-\u9fffA-Za-z0-9]{1,12}(?:网|报|台|社|APP|App|app|客户端|频道|新闻|融媒|中心)$/;

/** Sentence punctuation (as `findCreditLine` tests a line for it), a byte per UTF-16 code. */
const ENDS_SENTENCE = codeMarks('，。；！？,;!?');

/**
 * The people a credit line names: a whole paragraph (or the bracket that closes one) made only
 * of labels, outlets and names, such as `中国吉林网 吉刻APP记者 王昕 制图 赵一妍` or `（总台记者
 * 张旭成 刘悦欣 王梓）`. Label words (`总台记者`) and outlets are never names; names after an
 * editor label (`责编：王某`) are left out. Anything else in the line means it is not a credit line.
 */
export function findCreditLine(text: string, folded = toSimplified(text)): LineCredit[] {
	// Most paragraphs end in 。: no byline slash or bracket closes them and the stop rules out a
	// credit line, so they are told apart by their last character, before any regex.
	if (ENDS_SENTENCE[folded.charCodeAt(folded.length - 1)] === 1) return [];
	// `马彬/`: a byline whose label (`/文`) the page lost.
	const slashed = /^\s*([\u3400-\u9fff]{2,4})\s*[/／]\s*$/.exec(folded);
	if (slashed && nameShaped(slashed[1])) {
		const start = slashed[0].indexOf(slashed[1]);
		return [{ name: slashed[1], role: 'reporter', start, end: start + slashed[1].length }];
	}
	let from = 0;
	let to = folded.length;
	// A bracket that closes the text: tried only when one does (most paragraphs end in 。).
	const closing = folded.trimEnd().at(-1);
	const bracket =
		closing === '）' || closing === ')' ? /[（(]([^（()）]{2,80})[）)]\s*$/.exec(folded) : null;
	const whole = folded.trim();
	if (whole.length > 80 || /[，。；！？,;!?]/.test(whole)) {
		if (!bracket) return [];
		from = bracket.index + 1;
		to = from + bracket[1].length;
	}
	const out: LineCredit[] = [];
	let role: LineCredit['role'] | 'editor' | undefined;
	let sawLabel = false;
	for (const token of folded.slice(from, to).matchAll(/[^\s、/／：:【】[\]（）()·]+|[/／]/g)) {
		let word = token[0];
		let at = from + token.index;
		if (word === '/' || word === '／') continue;
		// `吉刻APP记者`, `记者王昕`: a label glued to the outlet before it or the name after it.
		const glued =
			/^(.*?)((?:本报|本台|总台|央视|新华社|特约|首席|见习|实习)?(?:记者|通讯员|实习生)|摄影|制图|摄)(.*)$/.exec(
				word
			);
		if (glued && !CREDIT_LABEL.test(word)) {
			const [, before, label, after] = glued;
			if (before && !OUTLET_WORD.test(before)) {
				// `赵一妍摄`: a name, then the label that credits it.
				if (label.startsWith('摄') && after === '' && nameShaped(before, false)) {
					out.push({ name: before, role: 'photo', start: at, end: at + before.length });
					sawLabel = true;
					continue;
				}
				return [];
			}
			sawLabel = true;
			role = PHOTO_LABEL.test(label) ? 'photo' : 'reporter';
			if (!after) continue;
			at += before.length + label.length;
			word = after;
		} else if (CREDIT_LABEL.test(word)) {
			sawLabel = true;
			role = EDITOR_LABEL.test(word) ? 'editor' : PHOTO_LABEL.test(word) ? 'photo' : 'reporter';
			continue;
		} else if (OUTLET_WORD.test(word)) {
			continue;
		}
		if (!/^[\u3400-\u9fff]+$/.test(word)) return [];
		if (!nameShaped(word, false)) {
			// `记者张旭成刘悦欣吴刚`: names run together after a label.
			const run = role && role !== 'editor' ? splitNameRun(word) : null;
			if (!run) return [];
			let k = at;
			for (const name of run) {
				out.push({ name, role: role as LineCredit['role'], start: k, end: k + name.length });
				k += name.length;
			}
			continue;
		}
		if (role === undefined || role === 'editor') {
			if (role === undefined && !sawLabel) {
				// Names before any label: only a bracket of names closing a story (`（黄鹭）`), and
				// only with a surname: `（央视）` credits an outlet.
				if (!bracket) return [];
				if (nameShaped(word)) {
					out.push({ name: word, role: 'reporter', start: at, end: at + word.length });
				}
			}
			continue;
		}
		out.push({ name: word, role, start: at, end: at + word.length });
	}
	return sawLabel || bracket ? out : [];
}

/**
 * A photo credit left in running text, where a caption ran into the story (`…准备情况。宋锴 摄
 * 韩俊强调：…`): a name after a sentence's end, then 摄 set apart by spaces.
 */
const INLINE_PHOTO =
	/(?<=[。！？][ \u3000\u00a0]*)([\u3400-\u9fff]{2,4})[ \u3000\u00a0]+摄影?(?=[ \u3000\u00a0]|$)/g;

/** Photo credits inside a paragraph of running text (see {@link INLINE_PHOTO}). */
export function findInlinePhotoCredits(text: string, folded = toSimplified(text)): LineCredit[] {
	const out: LineCredit[] = [];
	if (!folded.includes('摄')) return out;
	for (const m of allMatches(INLINE_PHOTO, folded)) {
		if (nameShaped(m[1])) {
			out.push({ name: m[1], role: 'photo', start: m.index, end: m.index + m[1].length });
		}
	}
	return out;
}

/** A credit at the head of a story: who filed it, at `text.slice(start, end)`. */
export interface BylineCredit {
	name: string;
	start: number;
	end: number;
}

/**
 * Wire datelines and bylines that open a story: `新华社长春4月5日电（记者 张建、段续）`, a reprint's
 * `据新华社电（记者 张建、段续）`,
 * `本报讯（记者 张添怡）`, `【文/观察者网 王恺雯】`, `文/记者 张三`.
 */
const BYLINE_HEAD =
	/^(?:【?(?!援引)(?!据[^（(【，。]{0,24}?讯)[^（(【，。]{0,24}?(?:电|讯)】?\s*[（(]\s*((?:(?:本报|新华社|特约)?(?:见习)?记者|通讯员)?[^）)]{2,40})[）)]|【\s*((?:文|记者|作者|撰文)\s*[/／:：][^】]{2,40})】|((?:文|记者|作者)\s*[/／][^，。；]{2,30})$)/;

/**
 * Whether `BYLINE_HEAD` can match (keep the two in step): a byline opens with `【`, `文`, `记者`
 * or `作者`, a dateline has its `电` or `讯` within the first 26 characters. Most paragraphs have
 * neither, and this is cheaper than the regex's lookaheads at the start.
 */
function mayOpenByline(folded: string): boolean {
	const first = folded.charCodeAt(0);
	if (first === 0x3010 || first === 0x6587 || first === 0x8bb0 || first === 0x4f5c) return true;
	const end = Math.min(folded.length, 26);
	for (let i = 0; i < end; i++) {
		const code = folded.charCodeAt(i);
		if (code === 0x7535 || code === 0x8baf) return true;
	}
	return false;
}

/** What follows a cited dispatch (`据…电（记者…）报道`). */
const CITED = /^\s*(?:报道|报导|称|说)/;

/**
 * Reporter names in a dateline or byline at the start of `text` (the first paragraphs of a story).
 * @example findBylineCredits('新华社长春4月5日电（记者 张建、段续）吉林省…') // 张建, 段续
 */
export function findBylineCredits(text: string, folded = toSimplified(text)): BylineCredit[] {
	if (!mayOpenByline(folded)) return [];
	const m = BYLINE_HEAD.exec(folded);
	// `据新华社电（记者…）` opens a reprinted wire story; `据…电（记者…）报道` cites one.
	if (!m || (m[0].startsWith('据') && CITED.test(folded.slice(m.index + m[0].length)))) return [];
	const group = m[1] ?? m[2] ?? m[3];
	const offset = m.index + m[0].indexOf(group);
	const out: BylineCredit[] = [];
	for (const token of group.matchAll(/[\u3400-\u9fff·]+/g)) {
		// `记者张建`, `某某网记者张建综合报道`: a role word (and its outlet) glued to the name, and
		// what the reporter did after it.
		const named = token[0].replace(/^[^记通]{0,8}?(?:见习)?(?:记者|通讯员)/, '');
		const word = named.replace(/(?:综合报道|综合报导|报道|报导|采写)$/, '');
		const start = offset + token.index + (token[0].length - named.length);
		if (nameShaped(word)) out.push({ name: word, start, end: start + word.length });
	}
	return out;
}

/**
 * Pinyin for a name, surname first and capitalised: `景俊海` -> `Jing Junhai`, `欧阳修` -> `Ouyang Xiu`.
 */
export function namePinyin(name: string): string {
	let known = pinyinCache.get(name);
	if (known === undefined) {
		known = readPinyin(name);
		pinyinCache.set(name, known);
	}
	return known;
}

/** Names repeat across a corpus; pinyin-pro is slow enough to remember its answers. */
const pinyinCache = new Map<string, string>();

function readPinyin(name: string): string {
	const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
	const split = surnameLength(name) === 2 ? 2 : 1;
	const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
	const surname = cap(syllables.slice(0, split).join(''));
	const given = cap(syllables.slice(split).join(''));
	return given ? `${surname} ${given}` : surname;
}

/** URL-safe id from pinyin (`jing-junhai`); pass the ids taken so far to get `-2`, `-3` suffixes. */
export function personId(name: string, taken?: Set<string>): string {
	let base = idCache.get(name);
	if (base === undefined) {
		base =
			namePinyin(name)
				.toLowerCase()
				.replace(/ü/g, 'v')
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '') || 'person';
		idCache.set(name, base);
	}
	if (!taken) return base;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** Beside `pinyinCache`: every article's people are named again when the corpus is merged. */
const idCache = new Map<string, string>();

/** The level a title chain implies: national bodies, city and prefecture posts, else provincial. */
export function levelFromTitles(titles: readonly string[]): Level | undefined {
	if (titles.length === 0) return undefined;
	const all = titles.join('、');
	if (/总书记|总理|国务院|国家|中央|全国|委员长/.test(all)) return 'national';
	if (/省/.test(all)) return 'provincial';
	if (/[市州县区]委|市长|州长|县长|区长|市政府|区政府/.test(all)) return 'city';
	return 'provincial';
}

/** The roster entry for a name, if any. */
export function rosterEntry(
	name: string,
	roster: readonly RosterEntry[] = ROSTER
): RosterEntry | undefined {
	return rosterEntries(roster).get(name);
}

/**
 * Each roster's entries by name and alias, the first entry in roster order for each (what a
 * search of the roster finds): every person of every article is looked up, twice.
 */
const entriesByName = new WeakMap<readonly RosterEntry[], ReadonlyMap<string, RosterEntry>>();

function rosterEntries(roster: readonly RosterEntry[]): ReadonlyMap<string, RosterEntry> {
	let entries = entriesByName.get(roster);
	if (!entries) {
		const map = new Map<string, RosterEntry>();
		for (const entry of roster) {
			for (const name of [entry.name, ...(entry.aliases ?? [])]) {
				if (!map.has(name)) map.set(name, entry);
			}
		}
		entriesByName.set(roster, map);
		entries = map;
	}
	return entries;
}

/**
 * A title that names a place before an office (`吉林省委书记`, `长春市市长`) makes the bare office
 * (`省委书记`, `市长`) redundant: the same post, with and without its province or city. The prefix
 * must be a place (two or more characters, ending in 省/市/州/县/区 or followed by an office that
 * starts with one), so `副省长` and `省长` or `省委副书记` and `副书记` stay apart.
 */
function samePostWithPlace(full: string, bare: string): boolean {
	if (full.length <= bare.length || !full.endsWith(bare)) return false;
	const prefix = full.slice(0, -bare.length);
	if (prefix.length < 2 || /[副委记员任主常党务]/.test(prefix.replace(/^中共/, ''))) return false;
	return prefix === '中共' || /^[省市州县区]/.test(bare) || /[省市州县区]$/.test(prefix);
}

/** Titles without the bare form of an office also held with its place (keeps the fuller one). */
export function dedupeTitles(titles: readonly string[]): string[] {
	return titles.filter((t) => !titles.some((u) => u !== t && samePostWithPlace(u, t)));
}

/** `localeCompare`'s own order (the default locale), without making a collator per call. */
const collator = new Intl.Collator();

/**
 * Ids (`a-z`, `0-9`, `-`) in code order: the order `localeCompare` gives them in the root
 * collation (hyphen, digits, letters, a prefix first), at a fraction of the cost, and the same
 * whatever the machine's locale.
 */
function byCode(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One Person per name: roster titles first, then titles stated in the text; level from the roster
 * or the titles. Ids are unique across the returned list.
 */
export function makePeople(
	found: Iterable<{ name: string; titles: readonly string[] }>,
	roster: readonly RosterEntry[] = ROSTER
): Person[] {
	const byName = new Map<string, string[]>();
	for (const { name, titles } of found) {
		const list = byName.get(name) ?? [...(rosterEntry(name, roster)?.titles ?? [])];
		for (const t of titles) if (!list.includes(t)) list.push(t);
		byName.set(name, list);
	}
	const taken = new Set<string>();
	const ids = new Map([...byName.keys()].map((name) => [name, personId(name)]));
	return [...byName]
		.sort(([a], [b]) => byCode(ids.get(a)!, ids.get(b)!) || collator.compare(a, b))
		.map(([name, titles]) => {
			const level = rosterEntry(name, roster)?.level ?? levelFromTitles(titles);
			const person: Person = {
				id: personId(name, taken),
				name,
				pinyin: namePinyin(name),
				titles: dedupeTitles(titles)
			};
			if (level) person.level = level;
			return person;
		});
}
