/**
 * The clause grammar of a figure's breakdown by region, the shape every bulletin and press
 * conference uses after a total:
 *
 * ```
 * breakdown := note* ( '（' list '）' | '（' (均在)? region '）' | sep? lead list | sep? (均)?在 region )
 * lead      := 其中 | 包括   (followed by an optional ， or ：)
 * list      := item ( sep item )*          sep := 、 | ， | ,   (not a thousands comma)
 * item      := region (新增|报告)? N 例 note*  |  region sep … region 各 N 例
 * note      := '（' anything '）'            (轻型…普通型…, 含N例无症状感染者转为确诊病例, 有N例在某区)
 *            | sep type N 例                 (`，轻型1099例，普通型11例`: the clinical split unbracketed)
 * ```
 *
 * `全省新增本地确诊病例120例（轻型118例、普通型2例），其中甲市96例（含5例无症状感染者转为确诊病例）、
 * 乙市20例、丙市4例` -> 甲市 96, 乙市 20, 丙市 4. A list ends at `。；`, at another figure (masked
 * as `□` by the caller), at the first part that is not an item, or right after an item that runs
 * on into other words (`…梅河口市1例新增出院…`: a copy that lost its punctuation, where the next
 * clause starts with no separator). Parts the caller masked away
 * (a conversion told as its own comma clause, `，含3例无症状感染者转确诊病例，`) are skipped.
 * Pure: text in, items out.
 */
import { isApproximate, isAsciiDigitAt, NUMBER_PATTERN, parseChineseNumber } from './numbers';
import { withoutLeadingWords } from './regions';
import { isWhiteSpace } from '../white-space';

/** One region's share of a figure. Offsets index the text given to {@link readBreakdown}. */
export interface BreakdownItem {
	start: number;
	end: number;
	region: string;
	value: number;
	/** The bracket or list the item sits in (a conversion inside it belongs to the item before). */
	groupStart: number;
	groupEnd: number;
}

export interface BreakdownOptions {
	/** The region a phrase names (`长春市`, `长春`, `延边朝鲜族自治州`), or null. */
	regionOf: (phrase: string) => string | null;
	/** The figure being broken down: `（吉林市）` and `均在长春市` give it all to one region. */
	total?: number;
	/** The list starts right at `at`, with no lead (after `确诊病例中，`). */
	bare?: boolean;
}

/**
 * `长春市96例`, `长春市新增96例`; a share told with a verb (`吉林省占165例`, `山东也有66例`,
 * `山东的112例`, a rewrite's distribution of a national figure).
 */
const ITEM = new RegExp(
	`^(.{0,14}?)(?:新增|报告|也有|还有|占|有|为|是|的)?(各)?\\s*(${NUMBER_PATTERN})\\s*例`
);
/** `，其中`; a conversion told as its own clause before it is masked to `，` by the caller. */
const LEAD = /^[\s，,]*(?:其中|包括)[，,：:]?/;
/**
 * `确诊402例的区域主要分布中，吉林省占165例，其中…`: a rewrite tells a figure's breakdown as its
 * distribution (`的区域分布中`, `的位置分布上`, `分布如下：`), then each region's share.
 */
const DISTRIBUTION =
	/^的?(?:区域|地区|地域|位置|地理)?(?:主要)?分布(?:中|上|情况|如下|为)?[，,：:]\s*/;
const ALL_IN_WORDS = /^(?:均在|均为|均系|全部在|全部为|在)/;
const ALL_IN =
	/^\s*[，,]?\s*(?:均在|均为|均系|全部在|全部为|在)\s*([^，,。；;、（(□]{2,14}?)(?=[（(，,。；;]|$)/;
/** The clinical split told as clauses of its own (`，轻型1099例，普通型11例`): a note, not a list. */
const TYPE_NOTE = new RegExp(
	`^\\s*[，,、]\\s*(?:轻型|普通型|中型|重型|危重型|重症|危重症)\\s*${NUMBER_PATTERN}\\s*例`
);
/** Words that open an item but are not part of its region (`其中长春市…`, `另有…`). */
const LEADING_WORDS =
	/^(?:其中|另有|另外|此外|同时|其余|以及|和|及|与|在|全天|期间|其次(?:是|为)?|还有|也有|[^，,、]{0,8}?来自)/;
/** Words after an item's `N例` that make its cases ones counted before: `1例既往确诊病例`. */
const PREVIOUS = /^\s*(?:既往|此前|之前|原有)/;
/** Where a list stops: the sentence's end, another figure, or a clause opening a new report. */
const LIST_END = /[。；;□]|[，,]\s*(?:新增|累计)/;

/** The index just after the bracket opening at `at` (depth-aware), or -1 when it never closes. */
function closeBracket(text: string, at: number): number {
	let depth = 0;
	for (let j = at; j < text.length; j++) {
		if (text[j] === '（' || text[j] === '(') depth++;
		else if (text[j] === '）' || text[j] === ')') {
			depth--;
			if (depth === 0) return j + 1;
		}
	}
	return -1;
}

function isOpen(c: string | undefined): boolean {
	return c === '（' || c === '(';
}

/** Split `content` at top-level separators (not inside brackets, not a thousands comma). */
function parts(content: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let depth = 0;
	let partStart = 0;
	// By UTF-16 code: the loop makes no string per character.
	for (let k = 0; k < content.length; k++) {
		const c = content.charCodeAt(k);
		// （ ( and ） )
		if (c === 0xff08 || c === 0x28) depth++;
		else if (c === 0xff09 || c === 0x29) depth = Math.max(0, depth - 1);
		else if (
			depth === 0 &&
			// 、 ， ； ; and a comma that does not group thousands
			(c === 0x3001 ||
				c === 0xff0c ||
				c === 0xff1b ||
				c === 0x3b ||
				(c === 0x2c && !isThousandsComma(content, k)))
		) {
			out.push([partStart, k]);
			partStart = k + 1;
		}
	}
	out.push([partStart, content.length]);
	return out;
}

/** `1,234`: a digit before the comma at `k`, exactly three after. */
function isThousandsComma(s: string, k: number): boolean {
	return (
		k > 0 &&
		isAsciiDigitAt(s, k - 1) &&
		isAsciiDigitAt(s, k + 1) &&
		isAsciiDigitAt(s, k + 2) &&
		isAsciiDigitAt(s, k + 3) &&
		!isAsciiDigitAt(s, k + 4)
	);
}

/**
 * The items of a list `content` starting at `offset` in the text. `strict`: the list ends at the
 * first part that is not an item (a `其中` list in running text); in a bracket, such parts are
 * notes and are skipped.
 */
function readList(
	content: string,
	offset: number,
	groupEnd: number,
	regionOf: BreakdownOptions['regionOf'],
	strict: boolean
): { items: BreakdownItem[]; runOn?: number } {
	const items: BreakdownItem[] = [];
	// Every item is an ITEM match, which ends in 例: a text without one (the clause after most
	// figures) lists nothing, and its parts need not be read for regions.
	if (!content.includes('例')) return { items };
	/** Regions waiting for a shared `各N例` (`松原市、四平市各1例`). */
	let pending: Array<{ region: string; start: number; end: number }> = [];
	for (const [ps, pe] of parts(content)) {
		const raw = content.slice(ps, pe);
		const part = raw.trimStart();
		const at = offset + ps + (raw.length - part.length);
		// A part the caller masked away (a conversion in its own clause) leaves only separators.
		if (/^[，,\s]*$/.test(part)) continue;
		const m = ITEM.exec(part);
		const phrase = withoutLeadingWords((m ? m[1] : part).trim(), LEADING_WORDS).trim();
		const region = phrase ? regionOf(phrase) : null;
		if (!m) {
			// `宽城区例`: a copy that lost the number; the list goes on.
			if (
				region === null &&
				/^.{1,14}?例$/.test(part.trim()) &&
				regionOf(part.trim().slice(0, -1))
			) {
				continue;
			}
			// `松原市、四平市各1例`: a bare region before a distributive item.
			if (region && phrase.length === part.trim().length) {
				pending.push({ region, start: at, end: at + part.trim().length });
				continue;
			}
			if (strict && items.length > 0) break;
			pending = [];
			continue;
		}
		const value = parseChineseNumber(m[3]);
		// `长春市1万余例`: an estimate is not a share.
		if (
			value === null ||
			!region ||
			isApproximate(m[3], m[1], part.slice(m[0].length, m[0].length + 3))
		) {
			if (strict && items.length > 0) break;
			pending = [];
			continue;
		}
		const groupStart = offset;
		if (m[2]) {
			for (const p of pending) items.push({ ...p, value, groupStart, groupEnd });
		}
		pending = [];
		const item = { start: at, end: at + m[0].length, region, value, groupStart, groupEnd };
		// `敦化市1例既往确诊病例由轻型转为普通型`: cases counted before (a change of type), no share.
		if (PREVIOUS.test(part.slice(m[0].length))) return { items, runOn: at };
		items.push(item);
		if (strict) {
			// Notes in brackets may follow the item; anything else is a clause that lost its `，`.
			let k = m[0].length;
			while (isOpen(part[k])) {
				const close = closeBracket(part, k);
				if (close === -1) break;
				k = close;
			}
			if (part.slice(k).trim() !== '') return { items, runOn: at + k };
		}
	}
	return { items };
}

/**
 * The breakdown by region that follows a figure ending at `at`, and where it ends (`at` when
 * there is none).
 * @example
 *   readBreakdown('（轻型9例、普通型1例），其中甲市7例、乙市3例。', 0, { regionOf })
 *   // items 甲市 7, 乙市 3
 */
export function readBreakdown(
	text: string,
	at: number,
	{ regionOf, total, bare = false }: BreakdownOptions
): { items: BreakdownItem[]; end: number } {
	let i = at;
	while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
	if (bare) {
		const stop = text.slice(i).search(LIST_END);
		const end = stop === -1 ? text.length : i + stop;
		const { items, runOn } = readList(text.slice(i, end), i, end, regionOf, true);
		return items.length ? { items, end: runOn ?? end } : { items: [], end: at };
	}
	// Notes after the figure: a bracket that is a list or a lone region is the breakdown; any
	// other bracket (`（轻型118例、普通型2例）`) is skipped, and a lead may follow it.
	for (;;) {
		const typeNote = TYPE_NOTE.exec(text.slice(i));
		if (typeNote) {
			i += typeNote[0].length;
			continue;
		}
		if (!isOpen(text[i])) break;
		const close = closeBracket(text, i);
		if (close === -1) break;
		const content = text.slice(i + 1, close - 1);
		const { items } = readList(content, i + 1, close - 1, regionOf, false);
		if (items.length) return { items, end: close };
		// `（吉林市）`, `（均在西青区）`, `（均为某市报告）`: the whole figure in one region.
		const phrase = content.trim().replace(ALL_IN_WORDS, '').replace(/报告$/, '');
		const lone = phrase ? regionOf(phrase) : null;
		if (lone && total !== undefined) {
			const start = i + 1 + content.indexOf(phrase);
			return {
				items: [
					{
						start,
						end: start + phrase.length,
						region: lone,
						value: total,
						groupStart: i + 1,
						groupEnd: close - 1
					}
				],
				end: close
			};
		}
		i = close;
	}
	const rest = text.slice(i);
	const allIn = ALL_IN.exec(rest);
	if (allIn && total !== undefined) {
		const region = regionOf(allIn[1]);
		if (region) {
			const start = i + allIn[0].length - allIn[1].length;
			let end = i + allIn[0].length;
			// `均在长春市（含2例无症状感染者转为确诊病例）`: the note belongs to the item.
			const close = isOpen(text[end]) ? closeBracket(text, end) : -1;
			const groupEnd = close === -1 ? end : close;
			end = groupEnd;
			return {
				items: [
					{ start, end: start + allIn[1].length, region, value: total, groupStart: start, groupEnd }
				],
				end
			};
		}
	}
	const lead = LEAD.exec(rest) ?? DISTRIBUTION.exec(rest);
	if (!lead) return gluedList(text, at, i, regionOf, total) ?? { items: [], end: i > at ? i : at };
	const listStart = i + lead[0].length;
	const stop = text.slice(listStart).search(LIST_END);
	const listEnd = stop === -1 ? text.length : listStart + stop;
	const { items, runOn } = readList(
		text.slice(listStart, listEnd),
		listStart,
		listEnd,
		regionOf,
		true
	);
	if (!items.length) return { items: [], end: i > at ? i : at };
	return { items, end: runOn ?? Math.max(listEnd, items.at(-1)!.end) };
}

/**
 * `新增本地确诊病例33例通化市29例，长春市2例，松原市2例，其中…`: a copy that stripped the brackets
 * glues the list to its figure with no lead. Read only when the list starts right at the figure and
 * its items add up to the figure exactly (else the words after are another clause).
 */
function gluedList(
	text: string,
	at: number,
	i: number,
	regionOf: BreakdownOptions['regionOf'],
	total: number | undefined
): { items: BreakdownItem[]; end: number } | undefined {
	if (total === undefined || i !== at || !/^[\u4e00-\u9fff]/.test(text.slice(at, at + 1))) {
		return undefined;
	}
	const stop = text.slice(at).search(LIST_END);
	const end = stop === -1 ? text.length : at + stop;
	const { items, runOn } = readList(text.slice(at, end), at, end, regionOf, true);
	if (!items.length || items.reduce((sum, item) => sum + item.value, 0) !== total) {
		return undefined;
	}
	// The list ends at its last item: what follows (`，其中6例…`, a running total) is read on its own,
	// and a conversion after it is the figure's, not the last item's (each item is its own group).
	return {
		items: items.map((item) => ({ ...item, groupStart: item.start, groupEnd: item.end })),
		end: runOn ?? items.at(-1)!.end
	};
}
