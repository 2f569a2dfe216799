/**
 * Administrative regions: the province a report's `全省` means, Jilin's cities, prefectures,
 * counties and districts, the smallest named unit of a chain (`延边州珲春市` -> `珲春市`), and the
 * one region resolver that says whose an event, a figure or an article is (see `regionTies`,
 * `articleRegion`, `eventRegion`). Pure data and string rules.
 */
import rosterData from '../../../data/roster.json';

/** The province this corpus is about: `全省` in an article means it unless the text says otherwise. */
export const DEFAULT_PROVINCE = '吉林省';

/** Province-level divisions, full names (national reports list them in breakdowns). */
export const PROVINCES = [
	'北京市',
	'天津市',
	'上海市',
	'重庆市',
	'河北省',
	'山西省',
	'辽宁省',
	'吉林省',
	'黑龙江省',
	'江苏省',
	'浙江省',
	'安徽省',
	'福建省',
	'江西省',
	'山东省',
	'河南省',
	'湖北省',
	'湖南省',
	'广东省',
	'海南省',
	'四川省',
	'贵州省',
	'云南省',
	'陕西省',
	'甘肃省',
	'青海省',
	'台湾省',
	'内蒙古自治区',
	'广西壮族自治区',
	'西藏自治区',
	'宁夏回族自治区',
	'新疆维吾尔自治区',
	'香港特别行政区',
	'澳门特别行政区'
];

/** Short province names (`吉林`, `内蒙古`, `广西`) -> full name. */
const PROVINCE_SHORT = new Map(
	PROVINCES.map((p) => [
		p.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''),
		p
	])
);

/**
 * Jilin's regions as written in reports -> the name a report carries. Full names keep their
 * suffix; autonomous-prefecture and county long forms shorten the way local reports do (`延边州`).
 */
const JILIN_FULL = [
	// prefecture level and directly administered cities
	'长春市',
	'吉林市',
	'四平市',
	'辽源市',
	'通化市',
	'白山市',
	'松原市',
	'白城市',
	'延边州',
	'梅河口市',
	'公主岭市',
	'长白山保护开发区',
	// Changchun
	'南关区',
	'宽城区',
	'朝阳区',
	'二道区',
	'绿园区',
	'双阳区',
	'九台区',
	'长春新区',
	'经开区',
	'高新区',
	'净月区',
	'净月高新区',
	'汽开区',
	'中韩示范区',
	'莲花山度假区',
	'莲花山区',
	'农安县',
	'榆树市',
	'德惠市',
	// Jilin city
	'昌邑区',
	'龙潭区',
	'船营区',
	'丰满区',
	'永吉县',
	'蛟河市',
	'桦甸市',
	'舒兰市',
	'磐石市',
	// Siping
	'铁西区',
	'铁东区',
	'梨树县',
	'伊通县',
	'双辽市',
	// Liaoyuan
	'龙山区',
	'西安区',
	'东丰县',
	'东辽县',
	// Tonghua
	'东昌区',
	'二道江区',
	'通化县',
	'辉南县',
	'柳河县',
	'集安市',
	// Baishan
	'浑江区',
	'江源区',
	'抚松县',
	'靖宇县',
	'长白县',
	'临江市',
	// Songyuan
	'宁江区',
	'前郭县',
	'长岭县',
	'乾安县',
	'扶余市',
	// Baicheng
	'洮北区',
	'镇赉县',
	'通榆县',
	'洮南市',
	'大安市',
	// Yanbian
	'延吉市',
	'图们市',
	'敦化市',
	'珲春市',
	'龙井市',
	'和龙市',
	'汪清县',
	'安图县'
];

const JILIN_ALIASES: Record<string, string> = {
	延边朝鲜族自治州: '延边州',
	伊通满族自治县: '伊通县',
	长白朝鲜族自治县: '长白县',
	前郭尔罗斯蒙古族自治县: '前郭县',
	长春经开区: '经开区',
	长春高新区: '高新区',
	长春净月高新区: '净月高新区',
	长春汽开区: '汽开区',
	长白山管委会: '长白山保护开发区',
	长白山: '长白山保护开发区',
	// Short forms used in breakdown lists: `（长春1096例、吉林132例）`.
	长春: '长春市',
	四平: '四平市',
	辽源: '辽源市',
	通化: '通化市',
	白山: '白山市',
	松原: '松原市',
	白城: '白城市',
	延边: '延边州',
	梅河口: '梅河口市',
	公主岭: '公主岭市',
	珲春: '珲春市',
	延吉: '延吉市',
	敦化: '敦化市',
	图们: '图们市',
	舒兰: '舒兰市',
	蛟河: '蛟河市',
	桦甸: '桦甸市',
	磐石: '磐石市',
	榆树: '榆树市',
	德惠: '德惠市',
	农安: '农安县',
	九台: '九台区',
	双阳: '双阳区'
};

/** Every way a Jilin region is written -> canonical name, longest first for `endsWith` lookups. */
const GAZETTEER: Array<[string, string]> = [
	...JILIN_FULL.map((n): [string, string] => [n, n]),
	...Object.entries(JILIN_ALIASES)
].sort((a, b) => b[0].length - a[0].length);

const JILIN_CANONICAL = new Set(JILIN_FULL);

/** Characters no region name in a report subject contains (verbs, organs, counters). */
const NOT_IN_NAME = /[报告增委会据在和等日月时例的对向与及新发现累计共其为是了]|其中/;
/** One unit of a chain: a short name and its suffix (`赣州市`: 州 inside a name, too). */
const UNIT = /^[\u4e00-\u9fa5]{1,8}?(?:省|市|州|县|区|旗|盟)/;
const UNIT_SUFFIX = /[省市州县区旗盟]/;

/** The last unit of a chain of units (`某某市某某区` -> `某某区`), or null when `s` is not one. */
function lastUnit(s: string): string | null {
	if (s === '') return null;
	// Each end of a unit is tried from the shortest; the rest must be a chain too.
	for (let end = 2; end <= Math.min(s.length, 9); end++) {
		if (!UNIT_SUFFIX.test(s[end - 1]) || !UNIT.test(s.slice(0, end))) continue;
		if (end === s.length) return s;
		const rest = lastUnit(s.slice(end));
		if (rest) return rest;
	}
	return null;
}

export interface RegionOptions {
	province: string;
	/** In a breakdown list a bare `吉林` is the city; as a subject it is the province. */
	inBreakdown?: boolean;
	/** The region `全市`/`全州` refers to (last city/prefecture named earlier). */
	lastNamed?: (suffix: string) => string | undefined;
}

/**
 * The region a phrase ends with, as a report names it, or `null`.
 * `延边州珲春市` -> `珲春市`; `全省` -> the province; `吉林省卫健委通报全省` -> the province;
 * `延边朝鲜族自治州` -> `延边州`; `长春` -> `长春市`.
 */
export function regionAtEnd(phrase: string, opts: RegionOptions): string | null {
	const s = phrase.trim();
	if (s === '') return null;
	const whole = /全(省|市|州|县|区)$/.exec(s);
	if (whole) {
		if (whole[1] === '省') return opts.province;
		return opts.lastNamed?.(whole[1]) ?? null;
	}
	const province = PROVINCES.find((p) => s.endsWith(p));
	if (province) return province;
	const short = PROVINCE_SHORT.get(s);
	if (short) {
		// A bare `吉林` in a list of cities is 吉林市.
		if (opts.inBreakdown && short === DEFAULT_PROVINCE) return '吉林市';
		return short;
	}
	for (const [written, canonical] of GAZETTEER) {
		if (!s.endsWith(written)) continue;
		const before = s.slice(0, s.length - written.length);
		// `吉林省长春市`: fine; `某某长春` (part of another word): only for full names.
		if (written.length >= 3 || before === '' || /(?:省|市|州|县|区)$/.test(before)) {
			return canonical;
		}
	}
	// An unknown chain of units (`某某县某某镇` is not a unit; `某某市某某区` is).
	if (!NOT_IN_NAME.test(s)) return lastUnit(s);
	return null;
}

/** A region name found in a text. `kind`: a place or body, a known official, or a national body. */
export interface RegionTie {
	/** Canonical region: a province's full name, a Jilin subdivision, or `全国`. */
	region: string;
	/** The province the tie points at (`长春市` -> `吉林省`; `全国` for national bodies). */
	province: string;
	start: number;
	end: number;
	kind: 'place' | 'official' | 'national';
}

/** The province a canonical region belongs to, or `undefined` when unknown (`浦东新区`). */
export function provinceOf(region: string | undefined): string | undefined {
	if (!region) return undefined;
	if (region === NATIONAL_REGION || PROVINCES.includes(region)) return region;
	return JILIN_CANONICAL.has(region) ? DEFAULT_PROVINCE : undefined;
}

/** What national items are filed under. */
export const NATIONAL_REGION = '全国';

/**
 * Whether `region` is the focus region or inside it (`长春市` is in `吉林省`). `province` is the
 * province the item was read under, for subdivisions the gazetteer does not know.
 */
export function inFocus(region: string | undefined, focus: string, province?: string): boolean {
	if (!region) return false;
	if (region === focus) return true;
	return (provinceOf(region) ?? province) === focus;
}

/**
 * A region setting as written by a user (`吉林`, `吉林省`, `全国`) -> its canonical name, or
 * `null` when it names no province.
 */
export function normaliseRegion(name: string): string | null {
	const s = name.trim();
	if (s === NATIONAL_REGION || PROVINCES.includes(s)) return s;
	return PROVINCE_SHORT.get(s) ?? null;
}

/** Officials of data/roster.json by name and alias -> their province (national ones: none). */
const OFFICIALS = new Map<string, string | undefined>();
for (const entry of rosterData as Array<{ name: string; level: string; aliases?: string[] }>) {
	// The bundled roster is Jilin's officials plus the national leaders who acted in Jilin.
	const province = entry.level === 'national' ? undefined : DEFAULT_PROVINCE;
	for (const name of [entry.name, ...(entry.aliases ?? [])]) OFFICIALS.set(name, province);
}

/** The province of a known official, if the roster ties them to one. */
export function officialProvince(name: string | undefined): string | undefined {
	return name ? OFFICIALS.get(name) : undefined;
}

/** National bodies: a figure or event they are the subject of is national (`全国`). */
const NATIONAL_BODIES = [
	'国务院联防联控机制',
	'国务院应对新型冠状病毒肺炎疫情联防联控机制',
	'国家卫生健康委',
	'国家卫健委',
	'国家疾控局',
	'国家疾病预防控制局',
	'国务院',
	'党中央',
	'中共中央',
	// National reports and roundups: `31个省（自治区、直辖市）…报告`, `全国多地…`.
	'31个省',
	'全国多地'
];

/**
 * Names that are no evidence of Jilin on their own: district names other cities share (`朝阳区`
 * is also Beijing's), development zones every city has, and words (`坚如磐石`).
 */
const NOT_A_TIE = new Set([
	'朝阳区',
	'铁西区',
	'铁东区',
	'西安区',
	'龙山区',
	'经开区',
	'高新区',
	'磐石'
]);

interface Name {
	written: string;
	/** The code of its second character, a quick test before the whole name (-1: none). */
	second: number;
	tie: Omit<RegionTie, 'start' | 'end'>;
}

/**
 * Every name the resolver knows, indexed by first character so a text is scanned once, left to
 * right, longest name first (`上海南站` is 上海 then 南站, not 海南).
 */
const NAMES_BY_FIRST = (() => {
	const names: Name[] = [];
	const place = (written: string, region: string, province: string) =>
		names.push({ written, second: secondCode(written), tie: { region, province, kind: 'place' } });
	for (const p of PROVINCES) place(p, p, p);
	for (const [short, p] of PROVINCE_SHORT) if (short.length >= 2) place(short, p, p);
	for (const [written, canonical] of GAZETTEER) {
		// Two-character short forms (`长春`, `延边`) are names too; `吉林` is the province above.
		if (written === '吉林' || NOT_A_TIE.has(written)) continue;
		place(written, canonical, DEFAULT_PROVINCE);
	}
	for (const [name, province] of OFFICIALS) {
		if (province)
			names.push({
				written: name,
				second: secondCode(name),
				tie: { region: province, province, kind: 'official' }
			});
	}
	for (const body of NATIONAL_BODIES) {
		names.push({
			written: body,
			second: secondCode(body),
			tie: { region: NATIONAL_REGION, province: NATIONAL_REGION, kind: 'national' }
		});
	}
	const index = new Map<string, Name[]>();
	for (const n of names.sort((a, b) => b.written.length - a.written.length)) {
		const list = index.get(n.written[0]) ?? [];
		if (!list.some((m) => m.written === n.written)) list.push(n);
		index.set(n.written[0], list);
	}
	return index;
})();

function secondCode(name: string): number {
	return name.length > 1 ? name.charCodeAt(1) : -1;
}

/**
 * The same lists by the UTF-16 code of the first character: a scan reads a number per
 * character, not a new one-character string.
 */
const NAMES_BY_CODE = new Map([...NAMES_BY_FIRST].map(([c, names]) => [c.charCodeAt(0), names]));
/** Whether a code starts any name: a table read before the map, as most characters start none. */
const STARTS_A_NAME = new Uint8Array(0x10000);
for (const code of NAMES_BY_CODE.keys()) STARTS_A_NAME[code] = 1;

/** Whether `text` starts with a place name the resolver knows (`和龙市`, `与城县`…). */
function startsWithPlace(text: string): boolean {
	const candidates = NAMES_BY_FIRST.get(text[0]);
	return Boolean(candidates?.some((n) => n.tie.kind === 'place' && text.startsWith(n.written)));
}

/**
 * A phrase without the words that open it (`其中`, `和`, `在`…; `leading` matches one at the start),
 * never cutting into a place name: `其中和龙市` -> `和龙市`, not `龙市`; `和县` stays (a word
 * before a one-character unit name is part of it).
 */
export function withoutLeadingWords(phrase: string, leading: RegExp): string {
	let s = phrase;
	for (;;) {
		if (startsWithPlace(s)) return s;
		const m = leading.exec(s);
		if (!m || m[0].length === 0) return s;
		const rest = s.slice(m[0].length);
		// `和县`, `和平区`: a one-character word before a one-character unit name is part of it.
		if (m[0].length === 1 && /^[\u4e00-\u9fa5]?[省市州县区旗盟]$/.test(rest)) return s;
		s = rest;
	}
}

/** A province named within a few characters after a national body (no clause break between). */
const PROVINCE_AFTER = new RegExp(
	`^[^，。；：、,;:]{0,6}?(?:${[...PROVINCE_SHORT.keys()].filter((k) => k.length >= 2).join('|')})`
);

/** `按照国务院联防联控机制部署`: a body named as the source of an instruction is no tie. */
const REFERENCE_BEFORE = /(?:按照|根据|贯彻|落实|遵照|学习|传达)$/;

/**
 * Every region tie in a (Simplified) text, in order: places and bodies (`吉林省`, `长春市`,
 * `上海`), known officials (`景俊海` -> 吉林省) and national bodies (`国家卫健委` -> 全国).
 * One pass over the text; a name inside a longer one is not read again.
 */
export function regionTies(text: string): RegionTie[] {
	const out: RegionTie[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!STARTS_A_NAME[code]) continue;
		// A loop, not `find`: no closure per character that starts a name.
		let hit: Name | undefined;
		const next = text.charCodeAt(i + 1);
		for (const n of NAMES_BY_CODE.get(code)!) {
			if ((n.second === next || n.second < 0) && text.startsWith(n.written, i)) {
				hit = n;
				break;
			}
		}
		if (!hit) continue;
		const end = i + hit.written.length;
		const national = hit.tie.kind === 'national';
		const referenced = national && REFERENCE_BEFORE.test(text.slice(Math.max(0, i - 2), i));
		// `国务院联防联控机制综合组吉林工作组`: a national body's team in a province is the province's.
		const posted = national && PROVINCE_AFTER.test(text.slice(end, end + 10));
		if (!referenced && !posted) {
			const { region, province, kind } = hit.tie;
			out.push({ region, province, kind, start: i, end });
		}
		i = end - 1;
	}
	return out;
}

/** Region names written in a text, in order, canonical (for `全市` look-backs). */
export function regionsIn(
	text: string,
	province: string,
	/** Offsets to pass over (a breakdown's items: `全市` never means one of them). */
	skip?: (offset: number) => boolean,
	/** Short forms too (`通化召开…发布会。…全市新增…`: 全市 is 通化市). */
	short = false
): string[] {
	const out: string[] = [];
	for (const t of regionTies(text)) {
		if (t.kind !== 'place' || skip?.(t.start)) continue;
		const written = text.slice(t.start, t.end);
		// Full province names; Jilin's subdivisions by their full names when the corpus is Jilin's
		// (by their short forms too when asked).
		if (
			PROVINCES.includes(t.region)
				? written === t.region
				: province === DEFAULT_PROVINCE && (short || written.length >= 3)
		) {
			out.push(t.region);
		}
	}
	return out;
}

/** How much a tie counts when deciding what an article is about. */
const TITLE_WEIGHT = 3;

/**
 * The region an article is about: the province its title and body tie it to most (a title
 * mention counts three times), `全国` when only national bodies are named, else `undefined`.
 * `吉林省疫情防控工作第27场新闻发布会召开` -> 吉林省; a Shanxi meeting report that names 山西 once
 * and no Jilin place -> 山西省.
 */
export function articleRegion(title: string, paragraphs: readonly string[]): string | undefined {
	if (nationalLead(paragraphs)) return NATIONAL_REGION;
	const counts = new Map<string, number>();
	let national = 0;
	const count = (text: string, weight: number) => {
		for (const tie of regionTies(text)) {
			if (tie.kind === 'national') national += namesSubject(text, tie) ? weight : 0;
			else counts.set(tie.province, (counts.get(tie.province) ?? 0) + weight);
		}
	};
	count(title, TITLE_WEIGHT);
	for (const p of paragraphs) count(p, 1);
	let best: string | undefined;
	let bestCount = 0;
	for (const [province, n] of counts) {
		if (n > bestCount) [best, bestCount] = [province, n];
	}
	if (best) return best;
	return national > 0 ? NATIONAL_REGION : undefined;
}

/**
 * Whether the story opens on a national subject: the first sentence that names any region names
 * a national body first and no province more often (`国务院联防联控机制举行新闻发布会`, `国家卫健委
 * 某某在国务院联防联控机制新闻发布会上表示，…吉林省…`, `31个省…报告`), however much it then says
 * about one province.
 */
function nationalLead(paragraphs: readonly string[]): boolean {
	for (const p of paragraphs) {
		for (const sentence of p.split(/(?<=[。！？])/)) {
			const ties = regionTies(sentence).filter((t) => namesSubject(sentence, t));
			if (!ties.length) continue;
			if (ties[0].kind !== 'national') return false;
			const national = ties.filter((t) => t.kind === 'national').length;
			const counts = new Map<string, number>();
			for (const t of provinceTies(ties)) counts.set(t.province, (counts.get(t.province) ?? 0) + 1);
			return Math.max(0, ...counts.values()) <= national;
		}
	}
	return false;
}

/**
 * Whether a tie can name a story's subject: a national body in a person's title (`国务院副总理孙某`,
 * `国家卫健委疾控局一级巡视员某某`) or whose words are cited (`在中共中央政治局会议上的重要讲话精神`)
 * cannot.
 */
function namesSubject(text: string, tie: RegionTie): boolean {
	return tie.kind !== 'national' || !TITLE_AFTER.test(text.slice(tie.end, tie.end + 12));
}

/** An office right after a body: the body is part of someone's title. */
const TITLE_AFTER =
	/^[^，。；：、,;:]{0,8}?(?:副总理|总理|委员|主任|局长|司长|巡视员|发言人|专员|部长|组长|书记|政治局|决策|部署|精神|重要讲话|重要指示)/;

/** Ties in a text that point at a province (not national bodies). */
function provinceTies(ties: readonly RegionTie[]): RegionTie[] {
	return ties.filter((t) => t.kind !== 'national');
}

/** The province named most in a list of ties (the first named on a tie), if any. */
function mostNamed(ties: readonly RegionTie[]): string | undefined {
	const counts = new Map<string, number>();
	for (const t of ties) counts.set(t.province, (counts.get(t.province) ?? 0) + 1);
	let best: string | undefined;
	let bestCount = 0;
	for (const t of ties) {
		const n = counts.get(t.province)!;
		if (n > bestCount) [best, bestCount] = [t.province, n];
	}
	return best;
}

/** The national capital: a national leader acting there acts nationally. */
const CAPITAL = '北京市';

export interface EventRegionInput {
	/** The event's sentence (Simplified). */
	sentence: string;
	/** Where the event's verb ends in the sentence: ties before it name the actor. */
	verbEnd: number;
	chair?: string;
	/** The paragraph text before the sentence (a lead such as `山东：` or a dateline). */
	before?: string;
	/** The article's region (`articleRegion`). */
	article?: string;
}

/**
 * Whose an event is. In order: the chair's province when the roster knows it (`景俊海在北京…` is
 * Jilin's); the provinces named before the verb (`上海举行…新闻发布会`); a national leader's event
 * is the province's it names (`孙春兰主持召开吉林省…座谈会`), else national; national bodies before
 * the verb (`国家卫健委…在国务院联防联控机制新闻发布会上`: 全国); the provinces in the rest of the
 * sentence; the paragraph's lead; the article's region.
 */
export function eventRegion(input: EventRegionInput): string | undefined {
	const fromChair = officialProvince(input.chair);
	if (fromChair) return fromChair;
	const ties = regionTies(input.sentence);
	// A national leader (in the roster without a province) acts nationally, in Beijing or not.
	const nationalChair = input.chair !== undefined && OFFICIALS.has(input.chair);
	const places = provinceTies(ties).filter((t) => !(nationalChair && t.province === CAPITAL));
	const fromHead = mostNamed(places.filter((t) => t.end <= input.verbEnd));
	if (fromHead) return fromHead;
	if (nationalChair) return mostNamed(places) ?? NATIONAL_REGION;
	if (ties.some((t) => t.kind === 'national' && t.end <= input.verbEnd)) return NATIONAL_REGION;
	const fromSentence = mostNamed(places);
	if (fromSentence) return fromSentence;
	const fromLead = input.before ? mostNamed(provinceTies(regionTies(input.before))) : undefined;
	return fromLead ?? input.article;
}
