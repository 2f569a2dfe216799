/**
 * Administrative regions named in case reports: the province a report's `全省` means, Jilin's
 * cities, prefectures, counties and districts, and the smallest named unit of a chain
 * (`延边州珲春市` -> `珲春市`). Pure data and string rules.
 */

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
const NOT_IN_NAME = /[报告增委会据在和等日月时例的对向与及新发现累计共其中为是了]/;
/** One unit of a chain: a short name and its suffix. */
const UNIT = /[\u4e00-\u9fa5]{1,8}?(?:省|市|州|县|区|旗|盟)/g;

/** Whether a canonical region belongs to the given province (the province itself included). */
export function isInProvince(region: string, province: string): boolean {
	if (region === province) return true;
	return province === DEFAULT_PROVINCE && JILIN_CANONICAL.has(region);
}

/** Whether a region is another province than `province` (national breakdowns). */
export function isOtherProvince(region: string, province: string): boolean {
	return region !== province && PROVINCES.includes(region);
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
	if (!NOT_IN_NAME.test(s)) {
		const units = s.match(UNIT);
		if (units && units.join('') === s) return units[units.length - 1];
	}
	return null;
}

/** Region names written in a text, in order, canonical (for `全市` look-backs). */
export function regionsIn(text: string, province: string): string[] {
	const found: Array<[number, string]> = [];
	for (const p of PROVINCES) {
		for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) found.push([i, p]);
	}
	if (province === DEFAULT_PROVINCE) {
		for (const [written, canonical] of GAZETTEER) {
			if (written.length < 3) continue;
			for (let i = text.indexOf(written); i !== -1; i = text.indexOf(written, i + 1)) {
				found.push([i, canonical]);
			}
		}
	}
	return found.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/**
 * The province an article reports on: the one its text names most (Jilin cities count for
 * Jilin), else {@link DEFAULT_PROVINCE}.
 */
export function detectProvince(texts: string[]): string {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const name of regionsIn(text, DEFAULT_PROVINCE)) {
			const province = PROVINCES.includes(name) ? name : DEFAULT_PROVINCE;
			counts.set(province, (counts.get(province) ?? 0) + 1);
		}
	}
	let best = DEFAULT_PROVINCE;
	let bestCount = counts.get(DEFAULT_PROVINCE) ?? 0;
	for (const [province, count] of counts) {
		if (count > bestCount) [best, bestCount] = [province, count];
	}
	return best;
}
