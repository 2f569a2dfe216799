/**
 * Case reports: new local confirmed cases and asymptomatic infections per region and per the day
 * the figures refer to, plus cumulative totals (截至…累计…). Reads the sentences of one article;
 * merging across articles happens in {@link mergeCaseReports}. Pure: Article in, reports out.
 */
import type { Article, CaseReport, CumulativeReport, Evidence } from '$lib/types';
import { readBreakdown, type BreakdownItem } from './breakdown';
import { findDates, shiftDay, type DateFrame, type DateMention } from './dates';
import { foldedArticle, toSimplified } from './script';
import { isApproximate, isAsciiDigitAt, NUMBER_PATTERN, parseChineseNumber } from './numbers';
import {
	articleRegion,
	DEFAULT_PROVINCE,
	NATIONAL_REGION,
	PROVINCES,
	provinceOf,
	regionAtEnd,
	regionsIn,
	regionTies,
	withoutLeadingWords
} from './regions';
import { allMatches } from './matches';
import { isWhiteSpace } from '../white-space';

export { DEFAULT_PROVINCE } from './regions';

export interface CaseReportOptions {
	/** The province `全省` means; the article's region (`articleRegion`) when not given. */
	province?: string;
	/**
	 * The province a place the gazetteer does not know is in, when nothing closer says (the
	 * article's own province); without it such a place is in no province. Default: `province`.
	 */
	home?: string;
	/** The corpus's period, for a page that re-posts an earlier story (see `DateFrame`). */
	frame?: DateFrame;
	/** A national story: a list heading (`确诊病例方面，`) with no place before it is the nation's. */
	national?: boolean;
}

type Metric = 'confirmed' | 'asymptomatic';
type Kind = 'new' | 'cumulative';
/** A report before merging; `province` is the province it was read under (for the focus split). */
export type NewReport = Omit<CaseReport, 'id'> & { province?: string };
export type TotalReport = Omit<CumulativeReport, 'id'> & { province?: string };

const N = `(${NUMBER_PATTERN})`;
/** Confirmed cases: `本地确诊病例`, `本土新冠肺炎确诊病例`, `新冠肺炎本土确诊病例`, `本土病例`. */
const CONFIRMED =
	'(?:(?:本地|本土)?(?:新冠肺炎|新型冠状病毒肺炎)?(?:本地|本土)?确诊(?:病例)?|(?:本地|本土)病例)';
/**
 * Asymptomatic infections: `本地无症状感染者`, `无症状感染者`, headline `本土无症状`; a mirror's
 * mis-encoded 無 (`本地?zé)o癥狀感染者`) still reads as one.
 */
const ASYMPTOMATIC =
	'(?:(?:本地|本土)?(?:新冠病毒)?(?:无|[?？][^\\u4e00-\\u9fff，。；、]{0,5}(?=症状感染者))症状(?:感染者)?)';
const KEYWORD = `(${CONFIRMED}|${ASYMPTOMATIC})`;

/** A short note between the keyword and its number: `确诊病例（轻型）2例`. */
const KEYWORD_NOTE = '(?:[（(][^（()）\\d]{1,12}[）)])?';
/** `新增本地确诊病例165例`, `确诊病例为165例`, `确诊病例（轻型）2例`. */
const FIGURE_AFTER = new RegExp(
	`${KEYWORD}\\s*${KEYWORD_NOTE}\\s*(?:为|共|达|：|:)?\\s*${N}\\s*例`,
	'g'
);
/** `报告1例本土新冠肺炎确诊病例`, `新增165例本地确诊病例`. */
const FIGURE_BEFORE = new RegExp(`${N}\\s*例\\s*(?:新的)?${KEYWORD}`, 'g');
/** A sentence that opens with a region's figure (`吉林1340例，其中长春市997例…`). */
const ITEM_OPENING = /^\s*[^，,。；;\d（(]{2,10}?\d+例/;
/** A sentence that opens with a region list (`其中长春市929例，…`). */
const LIST_OPENING = /^\s*(?:其中|包括)[，,：:]?\s*[^，,。；;\d]{2,14}?(?:新增|报告)?\d/;
/**
 * `本土确诊病例方面，为吉林800例，其中长春市700例；…`: a metric as the heading of a list of
 * regions, with no total of its own (a Hong Kong outlet's rewrite of the national bulletin).
 */
const HEADING = new RegExp(`${KEYWORD}方面[，,：:]?\\s*(?:为|是|有)?`, 'g');
/** `新增本地确诊病例例`: the keyword, then 例 with no number (a copy that dropped it). */
const BLANK = new RegExp(`${KEYWORD}(?:为|共|达)?例(?!数)`, 'g');
/** `其中境外输入2例，本土1338例（吉林省895例…）`: the metric of the figure before it. */
const LOCAL_SHARE = new RegExp(`(?:本土|本地)\\s*${N}\\s*例`, 'g');
/** `新增本地确诊病例和无症状感染者分别为165例和179例`. */
const RESPECTIVELY = new RegExp(
	`${KEYWORD}(?:数)?\\s*(?:和|、|及|与|以及)\\s*${KEYWORD}(?:数)?\\s*分别(?:为|是|达)?\\s*${N}\\s*例?\\s*(?:和|、|及|与|，|,)\\s*${N}\\s*例`,
	'g'
);
/**
 * `无新增本地确诊病例`, `无新增本地确诊病例和无症状感染者`: a stated zero. Zeros are recorded (a day
 * with no new cases is not a day without a report); `连续3天无新增` is a streak, not one day's figure.
 */
const ZERO = new RegExp(`无新增\\s*${KEYWORD}(?:\\s*(?:和|、|及|与|或)\\s*${KEYWORD})?`, 'g');
const STREAK_BEFORE = /(?:连续|已|持续)[^，。；]{0,6}$/;
/**
 * A sentence that breaks down the figure of one metric told just before it:
 * `确诊病例中，朝阳区296例、南关区188例…`, `新增无症状感染者中，…`.
 */
const METRIC_LEAD = new RegExp(`^(?:新增)?${KEYWORD}中[，,：:]?`);
/** Asymptomatic infections reclassified as confirmed; they are inside the confirmed figure. */
const CONVERTED = [
	new RegExp(
		`(?:含|其中|包括)[^，。；、（）()]{0,4}?${N}\\s*例[^，。；、（）()\\d]{0,6}?无症状感染者[^，。；、（）()\\d]{0,4}?转(?:为|归为|归|成)?(?:本地|本土)?确诊(?:病例)?`,
		'g'
	),
	new RegExp(
		`(?:含|其中|包括)?[^，。；、（）()\\d]{0,6}?无症状感染者[^，。；、（）()\\d]{0,4}?转(?:为|归为|归|成)?(?:本地|本土)?确诊(?:病例)?(?:的)?(?:为|共)?\\s*${N}\\s*例`,
		'g'
	)
];

/**
 * `吉林市新增阳性感染者3580例，其中本土确诊病例2601例，本土无症状感染者979例`: all positives, then
 * their split by metric. The sum is no report; the split is the region's figures, so the sum is
 * masked and the words before it (`吉林市新增`) say whose and what the split counts.
 */
const POSITIVES = new RegExp(
	`(?:阳性感染者|阳性病例|感染者)\\s*${N}\\s*例\\s*[，,]?\\s*(?:其中|包括)[，,：:]?(?=\\s*${KEYWORD})`,
	'g'
);

/**
 * A case told as a story in one sentence: `发现1人核酸检测呈阳性，经复检…，诊断为本土确诊病例`. The
 * count is of people found; the diagnosis says the metric. Nothing else counted may come between.
 */
const NARRATIVE = new RegExp(
	`(?:发现|检出|新增|报告)${N}\\s*(?:人|名|例)(?:[^。；！？\\d□]){0,80}?(?:诊断|确诊|判定|认定|定)为(?:新冠肺炎)?(?:本土|本地)?(?:新冠肺炎)?(确诊病例|无症状感染者)`,
	'g'
);

/**
 * `其中6例白山市4例，四平市2例系由此前报告的无症状感染者转为确诊病例`: conversions with their list by
 * region glued on, where a copying site stripped the brackets. Read when the list adds up.
 */
const CONVERTED_GLUED = new RegExp(
	`(?:含|其中|包括)\\s*${N}\\s*例((?:[^，。；、（）()\\d]{2,14}?${NUMBER_PATTERN}\\s*例[，,、]?){1,12}?)(?:均)?(?:系|为|是)?(?:由)?[^，。；、（）()\\d]{0,8}?无症状感染者[^，。；、（）()\\d]{0,4}?转(?:为|归为|归|成)?(?:本地|本土)?确诊(?:病例)?`,
	'g'
);

/** The last of these before a figure says what it counts (`截至…累计报告`, `新增`, `在院`). */
const MODE_MARKER =
	/(截至|截止|累计报告|累计新增|累计确诊|累计)|(新增|新报告|报告|发现|通报)|(现有|在院|治愈|出院|死亡|重症|危重|解除|尚在|住院|隔离|密接|密切接触|阳性感染者|涉及)/g;
/** Words after a date that make it the day of an announcement, not of the figures. */
const ANNOUNCED = /通报|发布|公布|获悉|消息|通告|介绍|透露|召开|通气会/;
/** A national report (`31个省（自治区、直辖市）…`): its totals are the nation's (`全国`). */
const NATIONAL = /31个省|全国|国家卫健委|国家卫生健康委|各省/;
/** `自…以来`, `从…以来` in one clause: the event a span is counted from. */
const SINCE_CLAUSE = /(?:自|从)[^，。；]{1,40}?以来/g;
/** Bodies named after their place (`白城师范学院`, `长春某某医院`): their figures are that place's. */
const NAMED_AFTER_PLACE = /(?:大学|学院|学校|中学|小学|幼儿园|医院|监狱|公司|集团)$/;
/** Organs whose name starts with their region: `吉林省卫健委通报…` means 吉林省. */
const ORGAN_AFTER_REGION =
	/^(?:卫健委|卫生健康委员会|卫生健康委|疫情防控[\u4e00-\u9fa5]{0,10}|人民政府|政府|新闻办公室|新闻办|官方)/;

/**
 * What every figure has: its count ends in 例, or it names its metric (确诊, 病例, 症状); every
 * pattern above needs one (a text without any states no figure, and no figure means no report).
 */
const FIGURE_WORD = /例|确诊|症状/;

/** Hong Kong and Macau outlets count cases in 宗 (`確診病例1,565宗`): read it as 例 (same length). */
const HK_COUNTER = /(?<=[0-9０-９零〇一二两三四五六七八九十百千万余多])宗/g;

/** The province an article's `全省` means: the province it is about, else the default one. */
export function articleProvince(article: Pick<Article, 'title' | 'paragraphs'>): string {
	const folded = foldedArticle(article);
	const region = articleRegion(
		readableText(article.title, folded.title),
		article.paragraphs.map((p, i) => readableText(p.text, folded.paragraphs[i]))
	);
	return region && PROVINCES.includes(region) ? region : DEFAULT_PROVINCE;
}

/** The text the rules read: Simplified script, one case counter; offsets are the original's. */
export function readableText(
	written: string,
	/** `toSimplified(written)`, when the caller has it (see `foldedArticle`). */
	folded = toSimplified(written)
): string {
	return folded.includes('宗') ? folded.replace(HK_COUNTER, '例') : folded;
}

const TRAILING_VERBS =
	/(?:新增|新报告|报告了?|累计报告|累计新增|累计|共报告|共计|共|发现|现有|通报称?|均为|又|再|分别|的|今天|今日|昨日|昨天|当天|当日|(?:本轮|此轮|本土|本地)?疫情|以来|地区|范围内|各地)+$/;
const LEADING_WORDS =
	/^(?:其中|另有|另外|此外|同时|据|其余|以及|和|及|与|含|在|从|全天|期间|而|至于)/;

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/** Split a paragraph into sentences ending in 。；！？!?; (not inside brackets). */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	let depth = 0;
	let start = 0;
	// The marks by UTF-16 code: the loop reads codes, not a new string per character.
	for (let i = 0; i < text.length; i++) {
		switch (text.charCodeAt(i)) {
			case 0xff08: // （
			case 0x28: // (
				depth++;
				break;
			case 0xff09: // ）
			case 0x29: // )
				depth = Math.max(0, depth - 1);
				break;
			case 0x21: // !
			case 0x3f: // ?
				// `本地?zé)o`: a mis-encoded character, not a question (an ASCII mark before Latin letters).
				if (depth !== 0 || LATIN_LETTER.test(text[i + 1] ?? '')) break;
			// falls through: a question or exclamation
			case 0x3002: // 。
			case 0xff1b: // ；
			case 0xff01: // ！
			case 0xff1f: // ？
			case 0x3b: // ;
				if (depth !== 0) break;
				pushTrimmed(out, text, start, i + 1);
				start = i + 1;
		}
	}
	pushTrimmed(out, text, start, text.length);
	return out;
}

/** The span `[start, end)` of `text` without its white space, when anything is left. */
function pushTrimmed(
	out: Array<{ start: number; end: number }>,
	text: string,
	start: number,
	end: number
): void {
	let s = start;
	while (s < end && isWhiteSpace(text.charCodeAt(s))) s++;
	let e = end;
	while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
	if (e > s) out.push({ start: s, end: e });
}

interface Figure {
	/** Offsets in the sentence. */
	start: number;
	end: number;
	metric: Metric;
	value: number;
	rule: string;
	/** What the figure counts when its own words say so (`无新增…` is a new-case figure). */
	mode?: Kind;
	/** An estimate (`3000余例`, `约1400例`): it anchors a breakdown but is not recorded. */
	approximate?: boolean;
	/** The words say the cases are local (`本土`, `本地`, `无新增本地…`). */
	local?: boolean;
	/** A heading (`确诊病例方面，`): its list starts right after it, with no lead. */
	heading?: boolean;
	/** Told as a story (`发现1人…诊断为本土确诊病例`): its region is the last place named before it. */
	narrative?: boolean;
}

type Item = BreakdownItem;

interface Fact {
	kind: Kind;
	metric: Metric | 'converted';
	value: number;
	date: string;
	window?: string;
	region: string;
	/** The province the figure was read under (`长春市` -> 吉林省). */
	province?: string;
	caption: boolean;
	evidence: Evidence;
}

interface DateInfo {
	date: string;
	window?: string;
	ranged: boolean;
	rule?: string;
}

interface Position {
	paragraph: number;
	offset: number;
}

function before(a: Position, b: Position): boolean {
	return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);
}

function metricOf(keyword: string): Metric {
	return keyword.includes('症状') ? 'asymptomatic' : 'confirmed';
}

/**
 * A sentence as the passes read it: what one pass consumed is masked (`□`, `◇`, `，`, same
 * length) so that later passes skip it.
 */
class Work {
	constructor(public text: string) {}

	mask(start: number, end: number, fill = '，'): void {
		if (end <= start) return;
		this.text = this.text.slice(0, start) + fill.repeat(end - start) + this.text.slice(end);
	}

	slice(start: number, end?: number): string {
		return this.text.slice(start, end);
	}
}

/** A sentence's last date, as {@link DateInfo} once a figure in a later sentence reads it. */
interface LastMention {
	mention: DateMention;
	/** The paragraph it is in. */
	text: string;
	at: Position;
	info: DateInfo | undefined;
}

/** The date info of the last mention: the words after it up to the end of its sentence say which. */
function mentionInfo(last: LastMention): DateInfo {
	if (last.info) return last.info;
	const { mention, text } = last;
	const sentenceEnd = text.slice(mention.end).search(/[。；！？]/);
	const end = sentenceEnd === -1 ? text.length : mention.end + sentenceEnd;
	return (last.info = dateInfoOf(mention, text.slice(mention.end, end)));
}

/** `0—24时` is a whole day: no window. */
function partialWindow(window: string | undefined): string | undefined {
	return window && window !== '0—24时' ? window : undefined;
}

/** The date info a mention gives the figures after it (`textAfter`: up to the figures). */
function dateInfoOf(mention: DateMention, textAfter: string): DateInfo {
	const ranged = Boolean(mention.dateEnd);
	if (
		mention.dispatch ||
		(!mention.window && !mention.time && !ranged && ANNOUNCED.test(textAfter))
	) {
		// A wire dateline (`新华社长春4月2日电`) is the filing day: the figures are the day before.
		// `3月10日，吉林省卫健委通报，全省新增…`: the figures are the day before the bulletin.
		return { date: shiftDay(mention.date, -1), ranged, rule: 'announced-next-day' };
	}
	return { date: mention.dateEnd ?? mention.date, window: partialWindow(mention.window), ranged };
}

/**
 * `境外输入确诊病例`, `新增境外输入性确诊病例3例和无症状感染者2例`: imported, not local. 输入 earlier
 * in the clause governs every figure after it, until 本土/本地 says otherwise.
 */
function isImported(sentence: string, kwStart: number, keyword: string): boolean {
	if (/本土|本地/.test(keyword)) return false;
	const clause = sentence
		.slice(0, kwStart)
		.split(/[，。；,;]/)
		.at(-1)!;
	const at = clause.lastIndexOf('输入');
	return at >= 0 && !/本土|本地/.test(clause.slice(at));
}

/**
 * Whether `text` has a word every KEYWORD match has (确诊 or 病例 for CONFIRMED, 症状 for
 * ASYMPTOMATIC). Masking only removes characters, so a sentence without one has none in `work`.
 */
function hasKeyword(text: string): boolean {
	return text.includes('确诊') || text.includes('病例') || text.includes('症状');
}

/** All figures of a sentence, masking what they consume so that later passes skip it. */
function findFigures(sentence: string, work: Work): Figure[] {
	const figures: Figure[] = [];
	const text = () => work.text;
	// Every pattern below but ZERO, NARRATIVE and HEADING ends its figure with 例: most sentences
	// state no figure and skip them. (Masking only removes characters, so a word missing from the
	// sentence is missing from `work` too.)
	const counts = sentence.includes('例');
	// Every pattern but LOCAL_SHARE names its metric (KEYWORD, or NARRATIVE's 确诊病例 and
	// 无症状感染者): a list of regions' counts (`其中长春市929例，…`) names none, and skips them.
	const named = hasKeyword(sentence);
	const figuresNamed = counts && named;

	for (const m of figuresNamed && sentence.includes('分别')
		? allMatches(RESPECTIVELY, text())
		: []) {
		const first = parseChineseNumber(m[3]);
		const second = parseChineseNumber(m[4]);
		if (first === null || second === null) continue;
		const start = m.index;
		const end = start + m[0].length;
		// Both figures share the span: the sentence is the evidence either way.
		const local = /本土|本地/.test(m[0]);
		figures.push({ start, end, metric: metricOf(m[1]), value: first, rule: 'respectively', local });
		figures.push({
			start,
			end,
			metric: metricOf(m[2]),
			value: second,
			rule: 'respectively',
			local
		});
		work.mask(start, end, '□');
	}

	for (const m of named && sentence.includes('无新增') ? allMatches(ZERO, text()) : []) {
		if (STREAK_BEFORE.test(sentence.slice(0, m.index))) continue;
		const start = m.index;
		const end = start + m[0].length;
		for (const keyword of [m[1], m[2]]) {
			if (keyword)
				figures.push({
					start,
					end,
					metric: metricOf(keyword),
					value: 0,
					rule: 'zero',
					mode: 'new',
					local: /本土|本地/.test(m[0])
				});
		}
		work.mask(start, end, '□');
	}

	const found: Figure[] = [];
	for (const [re, kw, num] of [
		[FIGURE_AFTER, 1, 2],
		[FIGURE_BEFORE, 2, 1]
	] as const) {
		for (const m of figuresNamed ? allMatches(re, text()) : []) {
			const value = parseChineseNumber(m[num]);
			if (value === null) continue;
			const numStart = m.index + m[0].indexOf(m[num], num === 2 ? m[kw].length : 0);
			// `1.2万余例`, `约1400例`: an estimate is not a stated figure (read, then not recorded).
			const approximate = isApproximate(
				m[num],
				sentence.slice(Math.max(0, numStart - 2), numStart),
				sentence.slice(numStart + m[num].length, numStart + m[num].length + 3)
			);
			const kwStart = m.index + m[0].indexOf(m[kw]);
			if (isImported(sentence, kwStart, m[kw])) continue;
			found.push({
				start: m.index,
				end: m.index + m[0].length,
				metric: metricOf(m[kw]),
				value,
				rule: 'figure',
				local: /本土|本地/.test(m[kw]),
				...(approximate ? { approximate } : {})
			});
		}
	}
	found.sort((a, b) => a.start - b.start);
	for (const f of found) {
		if (figures.some((g) => f.start < g.end && g.start < f.end)) continue;
		figures.push(f);
		work.mask(f.start, f.end, '□');
	}

	for (const m of named && sentence.includes('为') ? allMatches(NARRATIVE, text()) : []) {
		const value = parseChineseNumber(m[1]);
		if (value === null || figures.some((g) => m.index < g.end && g.start < m.index + m[0].length)) {
			continue;
		}
		const kwStart = m.index + m[0].length - m[2].length;
		if (isImported(sentence, kwStart, m[2])) continue;
		figures.push({
			start: m.index,
			end: m.index + m[0].length,
			metric: metricOf(m[2]),
			value,
			rule: 'narrative',
			mode: 'new',
			local: true,
			narrative: true
		});
		work.mask(m.index, m.index + m[0].length, '□');
	}

	/** A keyword without a figure of its own (value 0, approximate): its list is read after it. */
	const placeholders = (matches: RegExpExecArray[], rule: string, heading?: true) => {
		for (const m of matches) {
			if (figures.some((g) => m.index < g.end && g.start < m.index + m[0].length)) continue;
			const kwStart = m.index + m[0].indexOf(m[1]);
			if (isImported(sentence, kwStart, m[1])) continue;
			figures.push({
				start: m.index,
				end: m.index + m[0].length,
				metric: metricOf(m[1]),
				value: 0,
				rule,
				approximate: true,
				...(heading ? { heading } : {})
			});
			work.mask(m.index, m.index + m[0].length, '□');
		}
	};
	// `确诊病例方面，为吉林800例…`: a heading, not a figure.
	if (named && sentence.includes('方面')) {
		placeholders(allMatches(HEADING, text()), 'heading', true);
	}
	// `新增本地确诊病例例（含25例…），其中…`: a copy that lost the number. The figure is not
	// recorded, but its breakdown still is.
	if (figuresNamed) placeholders(allMatches(BLANK, text()), 'blank');

	// `其中境外输入2例，本土1338例`: a share of the figure just before it.
	for (const m of counts ? allMatches(LOCAL_SHARE, text()) : []) {
		const value = parseChineseNumber(m[1]);
		const previous = figures.filter((f) => f.end <= m.index).at(-1);
		if (value === null || !previous) continue;
		figures.push({
			start: m.index,
			end: m.index + m[0].length,
			metric: previous.metric,
			value,
			rule: 'local-share',
			local: true
		});
		work.mask(m.index, m.index + m[0].length, '□');
	}
	return figures.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The same phrases (`长春市`, `轻型`, `全省新增`) are looked up again in every list and article:
 * remember what `regionAtEnd` said, per `inBreakdown`. Only phrases without 全: the rest depend on
 * nothing else (a `全市` looks back at the article, a `全省` means the article's province).
 * Cleared when full, so memory stays bounded on a large corpus.
 */
const regionsAtEnd = [new Map<string, string | null>(), new Map<string, string | null>()];
const REGIONS_AT_END_SIZE = 4096;

/** `regionAtEnd` of a phrase without 全, remembered; `undefined` for a phrase with one. */
function knownRegionAtEnd(phrase: string, inBreakdown: boolean): string | null | undefined {
	if (phrase.includes('全')) return undefined;
	const known = regionsAtEnd[inBreakdown ? 1 : 0];
	let region = known.get(phrase);
	if (region === undefined) {
		region = regionAtEnd(phrase, { province: DEFAULT_PROVINCE, inBreakdown });
		if (known.size >= REGIONS_AT_END_SIZE) known.clear();
		known.set(phrase, region);
	}
	return region;
}

/** Cleaned subject phrase (`延边州珲春市报告` -> `延边州珲春市`). */
function cleanSubject(part: string): string {
	let s = part.trim();
	for (let prev = ''; prev !== s;) {
		prev = s;
		s = withoutLeadingWords(s.replace(TRAILING_VERBS, ''), LEADING_WORDS).trim();
	}
	return s;
}

/**
 * Whether the character at `k` ends a subject phrase: `[，、。；;：:（）()“”"《》\s◇□]`, or a comma
 * that does not start three digits (`1,234`).
 */
function breaksSubject(s: string, k: number): boolean {
	const c = s.charCodeAt(k);
	switch (c) {
		case 0xff0c: // ，
		case 0x3001: // 、
		case 0x3002: // 。
		case 0xff1b: // ；
		case 0x3b: // ;
		case 0xff1a: // ：
		case 0x3a: // :
		case 0xff08: // （
		case 0xff09: // ）
		case 0x28: // (
		case 0x29: // )
		case 0x201c: // “
		case 0x201d: // ”
		case 0x22: // "
		case 0x300a: // 《
		case 0x300b: // 》
		case 0x25c7: // ◇
		case 0x25a1: // □
			return true;
		case 0x2c: // ,
			return !(isAsciiDigitAt(s, k + 1) && isAsciiDigitAt(s, k + 2) && isAsciiDigitAt(s, k + 3));
	}
	return isWhiteSpace(c);
}

type Subject = { region: string } | 'none' | 'unknown' | 'national';

/**
 * The subject region of a figure from the words before it (after the previous figure): the
 * last phrase that is not empty once verbs are stripped. Date mentions split phrases, so
 * `吉林省3月9日新增` still finds 吉林省.
 */
function subjectOf(
	segment: string,
	sentenceBefore: string,
	regionOf: (phrase: string) => string | null,
	province: string
): Subject {
	// The phrases between breaks, from the last: most figures find their subject in the last one
	// or two, so the segment is read backwards, not split whole.
	let end = segment.length;
	for (let k = segment.length - 1; k >= -1; k--) {
		if (k >= 0 && !breaksSubject(segment, k)) continue;
		const phrase = cleanSubject(segment.slice(k + 1, end));
		end = k;
		if (phrase === '' || /例$/.test(phrase)) continue;
		const region = regionOf(phrase);
		if (region) return { region };
		// `白城师范学院新增…`: a body named after its city counts for that city. One named after a
		// province (`吉林农业科技学院`) is not the province's total, and its city is not said.
		if (NAMED_AFTER_PLACE.test(phrase)) {
			const [tie] = regionTies(phrase);
			if (tie?.start === 0 && tie.kind === 'place' && tie.region !== tie.province) {
				return { region: tie.region };
			}
		}
		// `吉林省卫健委通报`: the organ's region.
		for (const name of regionsIn(phrase, province).reverse()) {
			const after = phrase.slice(phrase.lastIndexOf(name.replace(/州$/, '')) + name.length);
			if (ORGAN_AFTER_REGION.test(after) || after === '') return { region: name };
		}
		return NATIONAL.test(sentenceBefore) ? 'national' : 'unknown';
	}
	return NATIONAL.test(sentenceBefore) ? 'national' : 'none';
}

/**
 * Case reports stated in one article. `3月10日，吉林省卫健委通报，3月9日，全省新增本地确诊病例165例、
 * 全省新增本地无症状感染者179例。` -> {date 3月9日, region 吉林省, confirmed 165, asymptomatic 179}.
 */
export function extractCaseReports(
	article: Article,
	options: CaseReportOptions = {}
): { caseReports: NewReport[]; cumulativeReports: TotalReport[] } {
	// Rules read Simplified text; quotes are cut from the text as written (same offsets).
	const folded = foldedArticle(article);
	const texts = article.paragraphs.map((p, i) => readableText(p.text, folded.paragraphs[i]));
	// Most articles state no figure at all: nothing to read. A paragraph without a figure word
	// yields no fact, so reading stops at the last one that has one.
	const lastToRead = texts.findLastIndex((text) => FIGURE_WORD.test(text));
	if (lastToRead === -1) return { caseReports: [], cumulativeReports: [] };
	const province = options.province ?? articleProvince(article);
	const home = 'home' in options ? options.home : province;
	/**
	 * The province a region is in: known from the gazetteer, else the province of the figure its
	 * list breaks down (`河北省…9例，其中廊坊市7例`), else the article's own, never a default one.
	 */
	const provinceFor = (region: string, owner?: string | 'national') =>
		provinceOf(region) ?? (owner === 'national' ? undefined : (provinceOf(owner) ?? home));
	const facts: Fact[] = [];
	/**
	 * Regions named so far (title, then each sentence read), for `全市` look-backs. Read only when
	 * one asks: `toRead` holds the texts (and the offsets to pass over) not read for names yet.
	 */
	const named: string[] = [];
	const toRead: Array<{ text: string; skip?: (offset: number) => boolean }> = [
		{ text: folded.title }
	];
	const namedSoFar = () => {
		for (const { text, skip } of toRead.splice(0)) {
			named.push(...regionsIn(text, province, skip, true));
		}
		return named;
	};
	/** Words of the current sentence before the figure being read (for `全市` look-backs). */
	let sentencePrefix = '';
	const lastNamed = (suffix: string) =>
		[...namedSoFar(), ...regionsIn(sentencePrefix, province, undefined, true)]
			.filter((n) => n.endsWith(suffix))
			.at(-1);
	const regionOf = (inBreakdown: boolean) => (phrase: string) => {
		const known = knownRegionAtEnd(phrase, inBreakdown);
		return known !== undefined ? known : regionAtEnd(phrase, { province, inBreakdown, lastNamed });
	};

	/** The body's text without punctuation, made when a caption first asks (most articles have none). */
	let bodyText: string | undefined;
	const inBody = (quote: string) => {
		bodyText ??= texts
			.filter((_, i) => article.paragraphs[i].kind === 'body')
			.map(normalise)
			.join('\n');
		return bodyText.includes(normalise(quote));
	};

	let lastDate: string | undefined;
	/** A dateline's day (`本报5月10日讯`): what `今天` means after it. */
	let today: string | undefined;
	/** The last date stated, read into a `DateInfo` only when a figure asks (see `mentionInfo`). */
	let lastMention: LastMention | undefined;
	let lastFigureDate: { info: DateInfo; at: Position } | undefined;
	let carriedRegion: string | 'national' | undefined;
	let carriedMode: Kind | 'other' | undefined;
	/** The last figure read, for a `其中，长春市1624例，…` sentence that breaks it down. */
	type LastFigure = {
		metric: Metric;
		info: DateInfo;
		kind: Kind;
		national: boolean;
		/** The figure's region (its list's items are in that region's province). */
		region?: string;
		caption: boolean;
		paragraph: number;
	};
	let lastFigure: LastFigure | undefined;
	/** The last figure of each metric in the sentence before (for `确诊病例中，…`). */
	let lastByMetric: Partial<Record<Metric, LastFigure>> = {};

	for (let index = 0; index <= lastToRead; index++) {
		const paragraph = article.paragraphs[index];
		const raw = paragraph.text;
		const text = texts[index];
		const caption = paragraph.kind === 'caption';
		const mentions = findDates(text, {
			articleDay: article.day,
			lastDate,
			today,
			frame: options.frame
		});
		if (mentions.length) lastDate = mentions.at(-1)!.dateEnd ?? mentions.at(-1)!.date;
		today = mentions.findLast((m) => m.dispatch)?.date ?? today;

		for (const sentence of splitSentences(text)) {
			const quote = text.slice(sentence.start, sentence.end);
			/** The whole sentence as written (the original script), as evidence for `rule`. */
			const sentenceEvidence = (rule: string): Evidence => ({
				article: article.id,
				paragraph: index,
				quote: raw.slice(sentence.start, sentence.end),
				start: sentence.start,
				end: sentence.end,
				rule
			});
			const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
			// A caption that repeats a body sentence adds nothing.
			if (caption && inBody(quote)) {
				updateMention(inSentence, index, text);
				continue;
			}
			const work = new Work(quote);
			for (const m of inSentence) work.mask(m.start - sentence.start, m.end - sentence.start, '◇');
			// `自2月28日某市发现1例确诊病例以来`: what a span started with is background, not a report.
			for (const m of quote.includes('以来') ? allMatches(SINCE_CLAUSE, quote) : [])
				work.mask(m.index, m.index + m[0].length, '◇');
			const conversions = findConversions(work);
			for (const m of quote.includes('例') && hasKeyword(quote)
				? allMatches(POSITIVES, work.text)
				: []) {
				work.mask(m.index, m.index + m[0].length, '□');
			}
			const figures = findFigures(quote, work);
			/** Breakdown items of this sentence: their regions are not what a later `全市` means. */
			const itemSpans: Item[] = [];
			/** Where this sentence's own figures start being read (after a list that opens it). */
			let listEnd = 0;
			// `…轻型1124例。其中长春市929例，…，新增本地无症状感染者370例，…`: a sentence may open with
			// the list of the figure before it and then give figures of its own.
			const opensWithList =
				figures.length > 0 && LIST_OPENING.test(quote) && lastFigure?.caption === caption;
			if ((figures.length === 0 || opensWithList) && lastFigure && lastFigure.caption === caption) {
				// `…新增本地确诊病例2041例。其中，长春市1624例，吉林市401例。`: the breakdown of the
				// figure that ended the sentence before.
				const lead = METRIC_LEAD.exec(quote);
				const owner = (lead ? lastByMetric[metricOf(lead[1])] : undefined) ?? lastFigure;
				// `本土病例1803例。吉林1340例，其中长春市997例、…`: a list may also start bare.
				const bare = Boolean(lead) || (!opensWithList && ITEM_OPENING.test(quote));
				const list = readBreakdown(work.text, lead ? lead[0].length : 0, {
					regionOf: regionOf(!owner.national),
					bare
				});
				for (const item of list.items) {
					facts.push({
						kind: owner.kind,
						metric: owner.metric,
						value: item.value,
						date: owner.info.date,
						window: owner.info.window,
						region: item.region,
						province: provinceFor(item.region, owner.national ? 'national' : owner.region),
						caption,
						evidence: sentenceEvidence(
							[`case:${owner.kind}`, 'breakdown-sentence', owner.info.rule]
								.filter(Boolean)
								.join(':')
						)
					});
				}
				itemSpans.push(...list.items);
				if (opensWithList) listEnd = list.items.length ? list.end : 0;
				// A sentence that neither breaks the figure down nor states one (`新增病例中，轻型…`,
				// `以上病例均为…`) lets a `其中…` list later in the paragraph still reach it.
				if (list.items.length === 0 && lastFigure.paragraph !== index) lastFigure = undefined;
			} else {
				lastFigure = undefined;
			}
			if (!lastFigure || figures.length > 0) lastByMetric = {};

			let previousEnd = listEnd;
			/** Region, metric and day of each figure this sentence states (to tell shares). */
			const given = new Set<string>();
			let previousRegion: string | 'national' | undefined;
			let previousMode: Kind | 'other' | undefined;
			const placed: Array<{
				figure: Figure;
				region?: string;
				info?: DateInfo;
				kind?: Kind;
				items: Item[];
			}> = [];

			for (const figure of figures) {
				sentencePrefix = quote.slice(0, figure.start);
				const segment = work.slice(previousEnd, figure.start);
				// A heading's list gives the day's new figures unless the story said otherwise.
				const mode =
					figure.mode ??
					modeOf(segment) ??
					previousMode ??
					carriedMode ??
					(figure.heading ? 'new' : undefined);
				let subject = subjectOf(segment, quote.slice(0, figure.start), regionOf(false), province);
				// `3日，某市在…人群中，发现1人…`: a story's place is the last one it named.
				const storyPlace = figure.narrative
					? regionsIn(quote.slice(0, figure.start), province).at(-1)
					: undefined;
				if (typeof subject !== 'object' && storyPlace) subject = { region: storyPlace };
				const fallback = figure.heading && options.national ? 'national' : province;
				let region: string | 'national' | undefined;
				if (typeof subject === 'object') region = subject.region;
				else if (subject === 'national') region = 'national';
				else if (subject === 'none') region = previousRegion ?? carriedRegion ?? fallback;
				// In a national list a bare `吉林` is the province, in a provincial one the city.
				const breakdown = readBreakdown(work.text, figure.end, {
					regionOf: regionOf(region !== 'national'),
					total: figure.approximate ? undefined : figure.value,
					bare: figure.heading
				});

				const figureAt = { paragraph: index, offset: sentence.start + figure.start };
				const info = dateFor(figure, sentence.start, inSentence, text, figureAt);
				previousEnd = Math.max(previousEnd, breakdown.end, figure.end);
				previousMode = mode;
				if (region !== undefined) previousRegion = region;
				itemSpans.push(...breakdown.items);
				if (!info || (mode !== 'new' && mode !== 'cumulative') || region === undefined) {
					// `新增治愈出院确诊病例75例。其中长春市…`: that list is not a breakdown of cases.
					placed.push({ figure, items: [] });
					lastFigure = undefined;
					continue;
				}
				if (info.ranged && (mode === 'new' || !/截至|截止/.test(sentencePrefix))) {
					// `3月1日至9日…新增`, `3月14日—3月16日…累计新增`: a sum over days, neither one day's
					// report nor a running total (that says 截至).
					placed.push({ figure, items: [] });
					lastFigure = undefined;
					continue;
				}
				lastFigureDate = { info, at: figureAt };
				const evidence = (rule: string): Evidence =>
					sentenceEvidence(`case:${mode}:${rule}${info.rule ? `:${info.rule}` : ''}`);
				const own = region === 'national' ? NATIONAL_REGION : region;
				const shareKey = `${mode}|${own}|${figure.metric}|${info.date}|${info.window ?? ''}`;
				// `上海新增确诊病例425例…，其中71例确诊病例为…转归`: a figure with no region of its own
				// for a metric this sentence already gave the region is a share of it, not a report.
				const share = subject === 'none' && given.has(shareKey);
				// A national total counts imported cases too unless it says 本土 (`本土病例1338例`).
				const imported = region === 'national' && !figure.local;
				if (!figure.approximate && !share && !imported) {
					given.add(shareKey);
					facts.push({
						kind: mode,
						metric: figure.metric,
						value: figure.value,
						date: info.date,
						window: info.window,
						region: own,
						province: provinceFor(own),
						caption,
						evidence: evidence(figure.rule)
					});
				}
				for (const item of breakdown.items) {
					facts.push({
						kind: mode,
						metric: figure.metric,
						value: item.value,
						date: info.date,
						window: info.window,
						region: item.region,
						province: provinceFor(item.region, region),
						caption,
						evidence: evidence('breakdown')
					});
				}
				placed.push({
					figure,
					region: region === 'national' ? undefined : region,
					info,
					kind: mode,
					items: breakdown.items
				});
				lastFigure = {
					metric: figure.metric,
					info,
					kind: mode,
					national: region === 'national',
					region: own,
					caption,
					paragraph: index
				};
				lastByMetric[figure.metric] = lastFigure;
			}

			for (const conversion of conversions) {
				const owner =
					conversionOwner(conversion.start, placed) ??
					laterConversionOwner(quote.slice(0, conversion.start));
				if (!owner) continue;
				const converted = (region: string, value: number) =>
					facts.push({
						kind: 'new',
						metric: 'converted',
						value,
						date: owner.info.date,
						window: owner.info.window,
						region,
						province: undefined,
						caption,
						evidence: sentenceEvidence('case:new:converted')
					});
				converted(owner.region, conversion.value);
				if (conversion.listAt !== undefined) {
					const list = readBreakdown(quote, conversion.listAt, {
						regionOf: regionOf(owner.region !== NATIONAL_REGION),
						bare: true
					});
					const sum = list.items.reduce((total, item) => total + item.value, 0);
					if (sum === conversion.value) {
						for (const item of list.items) converted(item.region, item.value);
					}
					continue;
				}
				// `含15例由无症状感染者转为确诊病例（吉林6例，上海9例）`: the conversions by region.
				if (!/^[（(]/.test(work.slice(conversion.end, conversion.end + 1))) continue;
				const national = owner.region === NATIONAL_REGION;
				const list = readBreakdown(work.text, conversion.end, {
					regionOf: regionOf(!national),
					total: conversion.value
				});
				for (const item of list.items) converted(item.region, item.value);
			}

			if (previousRegion !== undefined) carriedRegion = previousRegion;
			if (previousMode !== undefined) carriedMode = previousMode;
			toRead.push({
				text: quote,
				skip: (at) => itemSpans.some((i) => i.start <= at && at < i.end)
			});
			updateMention(inSentence, index, text);
		}
	}

	return assemble(facts);

	/**
	 * A conversion told in its own sentence after the figures (`其中，长春市新增确诊病例中含1080例
	 * 无症状感染者转为确诊病例。`): the last figures' day, the region named before it, else the
	 * region those figures were about.
	 */
	function laterConversionOwner(before: string): { region: string; info: DateInfo } | undefined {
		if (!lastFigureDate) return undefined;
		const region =
			regionsIn(before, province).at(-1) ??
			(carriedRegion === 'national' ? NATIONAL_REGION : carriedRegion) ??
			province;
		return { region, info: lastFigureDate.info };
	}

	/** Remember the sentence's last date for figures in later sentences that state none. */
	function updateMention(inSentence: DateMention[], paragraph: number, text: string): void {
		// `自3月13日以来`: the start of a span dates none of the figures after it.
		const last = inSentence.findLast((m) => !m.since);
		if (!last) return;
		lastMention = { mention: last, text, at: { paragraph, offset: last.start }, info: undefined };
	}

	/** The closest date before the figure in its sentence, else the latest carried one. */
	function dateFor(
		figure: Figure,
		sentenceStart: number,
		inSentence: DateMention[],
		text: string,
		at: Position
	): DateInfo | undefined {
		const closest = inSentence
			.filter((m) => m.end <= sentenceStart + figure.start && !m.since)
			.at(-1);
		if (closest) return dateInfoOf(closest, text.slice(closest.end, sentenceStart + figure.start));
		const mention = lastMention && before(lastMention.at, at) ? lastMention : undefined;
		const figureDate = lastFigureDate && before(lastFigureDate.at, at) ? lastFigureDate : undefined;
		if (/截至目前|截止目前/.test(text.slice(0, sentenceStart + figure.start))) {
			return { date: article.day, ranged: false };
		}
		// The later of the two; the figure's when they are at the same place.
		if (mention && (!figureDate || before(figureDate.at, mention.at))) return mentionInfo(mention);
		return figureDate?.info;
	}
}

function normalise(s: string): string {
	return s.replace(/[\s，。；！？、,.;!?“”"（）()]/g, '');
}

function modeOf(segment: string): Kind | 'other' | undefined {
	let mode: Kind | 'other' | undefined;
	for (const m of allMatches(MODE_MARKER, segment)) {
		mode = m[1] ? 'cumulative' : m[2] ? 'new' : 'other';
	}
	return mode;
}

interface Conversion {
	start: number;
	end: number;
	value: number;
	/** Where a glued list of the conversions by region starts (see {@link CONVERTED_GLUED}). */
	listAt?: number;
}

function findConversions(work: Work): Conversion[] {
	const out: Conversion[] = [];
	// Every conversion pattern names 无症状感染者 and its 转; most sentences do not.
	if (!work.text.includes('无症状感染者') || !work.text.includes('转')) return out;
	for (const m of allMatches(CONVERTED_GLUED, work.text)) {
		const value = parseChineseNumber(m[1]);
		if (value === null) continue;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			value,
			listAt: m.index + m[0].indexOf(m[2])
		});
		work.mask(m.index, m.index + m[0].length);
	}
	for (const re of CONVERTED) {
		for (const m of allMatches(re, work.text)) {
			const value = parseChineseNumber(m[1]);
			if (value === null) continue;
			out.push({ start: m.index, end: m.index + m[0].length, value });
			work.mask(m.index, m.index + m[0].length);
		}
	}
	return out;
}

/** The row a conversion belongs to: the item of its bracket, else the confirmed figure before it. */
function conversionOwner(
	at: number,
	placed: Array<{ figure: Figure; region?: string; info?: DateInfo; kind?: Kind; items: Item[] }>
): { region: string; info: DateInfo } | undefined {
	for (const p of placed) {
		if (!p.info || p.kind !== 'new') continue;
		const item = p.items
			.filter((i) => i.groupStart <= at && at <= i.groupEnd && i.start < at)
			.at(-1);
		if (item) return { region: item.region, info: p.info };
	}
	const owner = placed
		.filter((p) => p.figure.start < at && p.figure.metric === 'confirmed' && p.kind === 'new')
		.at(-1);
	return owner?.info && owner.region ? { region: owner.region, info: owner.info } : undefined;
}

interface Row {
	kind: Kind;
	date: string;
	window?: string;
	region: string;
	province?: string;
	confirmed: number | null;
	asymptomatic: number | null;
	converted?: number;
	caption: boolean;
	sources: Evidence[];
}

function addSource(sources: Evidence[], evidence: Evidence): void {
	if (
		!sources.some(
			(s) =>
				s.article === evidence.article &&
				s.paragraph === evidence.paragraph &&
				s.start === evidence.start &&
				s.end === evidence.end
		)
	) {
		sources.push(evidence);
	}
}

/** Facts of one article into rows: one per (kind, date, window, region) and consistent figures. */
function assemble(facts: Fact[]): { caseReports: NewReport[]; cumulativeReports: TotalReport[] } {
	const rows: Row[] = [];
	/**
	 * The rows of each (kind, date, window), in order, by region: regions are a few names whose
	 * hash the engine keeps, where a joined key would be a new string to hash for every fact.
	 */
	const byRegion = new Map<
		string,
		Array<{ kind: Kind; date: string; window: string; rows: Row[] }>
	>();
	const ordered = [...facts.filter((f) => !f.caption), ...facts.filter((f) => f.caption)];
	for (const fact of ordered) {
		const slot = fact.metric;
		const window = fact.window ?? '';
		let groups = byRegion.get(fact.region);
		if (!groups) {
			groups = [];
			byRegion.set(fact.region, groups);
		}
		let group = groups.find(
			(g) => g.kind === fact.kind && g.date === fact.date && g.window === window
		);
		if (!group) {
			group = { kind: fact.kind, date: fact.date, window, rows: [] };
			groups.push(group);
		}
		const keyed = group.rows;
		// A caption's figure that a body row already states adds nothing (not even a source).
		if (fact.caption && keyed.some((r) => !r.caption && r[slot] === fact.value)) {
			continue;
		}
		let row = keyed.find(
			(r) =>
				r.caption === fact.caption &&
				(r[slot] === null || r[slot] === undefined || r[slot] === fact.value)
		);
		if (!row) {
			if (fact.metric === 'converted') {
				row = keyed[0];
				if (!row) continue;
			} else {
				row = {
					kind: fact.kind,
					date: fact.date,
					window: fact.window,
					region: fact.region,
					province: fact.province,
					confirmed: null,
					asymptomatic: null,
					caption: fact.caption,
					sources: []
				};
				rows.push(row);
				keyed.push(row);
			}
		}
		row[slot] = fact.value;
		addSource(row.sources, fact.evidence);
	}

	const caseReports: NewReport[] = [];
	const cumulativeReports: TotalReport[] = [];
	for (const row of rows) {
		if (row.confirmed === null && row.asymptomatic === null) continue;
		const { date, region, confirmed, asymptomatic, province, sources } = row;
		// Built whole, fields in their usual order: `province` only when known.
		const report: NewReport = province
			? { date, region, confirmed, asymptomatic, province, sources }
			: { date, region, confirmed, asymptomatic, sources };
		if (row.kind === 'cumulative') {
			cumulativeReports.push(report);
		} else {
			if (row.window) report.window = row.window;
			if (row.converted !== undefined) report.converted = row.converted;
			caseReports.push(report);
		}
	}
	return { caseReports, cumulativeReports };
}

/** FNV-1a, base 36: a short stable slug for ids (region names are not URL-safe). */
function shortHash(s: string): string {
	let h = 0x811c9dc5;
	for (const ch of s) {
		h ^= ch.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

function sameSource(a: Evidence, b: Evidence): boolean {
	return a.article === b.article && a.paragraph === b.paragraph && a.start === b.start;
}

function compatible(a: number | null | undefined, b: number | null | undefined): boolean {
	return a === null || a === undefined || b === null || b === undefined || a === b;
}

interface Mergeable {
	date: string;
	region: string;
	window?: string;
	confirmed: number | null;
	asymptomatic: number | null;
	converted?: number;
	sources: Evidence[];
}

/**
 * Group by (date, region, window); merge the same figures; flag readings that disagree. A report
 * that gives fewer figures (a headline's confirmed count only) stays a report of its own, so each
 * article keeps what it says; it is no conflict with a fuller one that agrees with it.
 */
function mergeReports<T extends Mergeable>(
	reports: T[],
	prefix: string
): Array<T & { id: string; conflict?: boolean }> {
	const groups = new Map<string, T[]>();
	for (const report of reports) {
		const key = `${report.date}|${report.region}|${report.window ?? ''}`;
		const clusters = groups.get(key) ?? [];
		const match = clusters.find(
			(c) =>
				c.confirmed === report.confirmed &&
				c.asymptomatic === report.asymptomatic &&
				compatible(c.converted, report.converted)
		);
		if (match) {
			if (match.converted === undefined && report.converted !== undefined) {
				match.converted = report.converted;
			}
			for (const s of report.sources) {
				if (!match.sources.some((t) => sameSource(s, t))) match.sources.push(s);
			}
		} else {
			clusters.push({ ...report, sources: [...report.sources] });
		}
		groups.set(key, clusters);
	}

	const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const out: Array<T & { id: string; conflict?: boolean }> = [];
	for (const key of keys) {
		const clusters = groups.get(key)!;
		const [date, region, window] = key.split('|');
		const base = `${prefix}-${date}-${shortHash(`${region}|${window}`)}`;
		clusters.forEach((c, i) => {
			const id = clusters.length > 1 ? `${base}-${i + 1}` : base;
			const conflict = clusters.some(
				(d) => !compatible(c.confirmed, d.confirmed) || !compatible(c.asymptomatic, d.asymptomatic)
			);
			out.push(conflict ? { ...c, id, conflict: true } : { ...c, id });
		});
	}
	return out;
}

/**
 * Merge the case reports of many articles: the same figures for the same day, region and window
 * become one report with every source; different figures are all kept, each `conflict: true` when
 * they disagree (not when one only leaves out a figure the other gives).
 * Ids are `case-<date>-<hash of region and window>`, stable for the same input.
 */
export function mergeCaseReports(reports: NewReport[]): CaseReport[] {
	return mergeReports(
		reports.map((r) => ({ ...r })),
		'case'
	).map(({ id, date, region, confirmed, asymptomatic, window, converted, conflict, sources }) => {
		const report: CaseReport = { id, date, region, confirmed, asymptomatic, sources };
		if (window) report.window = window;
		if (converted !== undefined) report.converted = converted;
		if (conflict) report.conflict = true;
		return report;
	});
}

/** Merge cumulative totals like {@link mergeCaseReports}; ids `cum-<date>-<hash>`. */
export function mergeCumulativeReports(reports: TotalReport[]): CumulativeReport[] {
	return mergeReports(
		reports.map((r) => ({ ...r })),
		'cum'
	).map(({ id, date, region, confirmed, asymptomatic, sources }) => ({
		id,
		date,
		region,
		confirmed,
		asymptomatic,
		sources
	}));
}
