/**
 * The temporal grammar of Chinese news copy: explicit dates (`3月12日`, `三月十二日`,
 * `2022年3月12日`), relative days (`今天`, `昨日`, `当天`, `次日`), ranges (`3月2日至9日`),
 * reporting windows (`3月1日0—6时`) and parts of the day (`3月12日晚`). Pure: text in, mentions out.
 * Every date is a Beijing calendar day `YYYY-MM-DD`; the machine's time zone never matters.
 */
import type { PartOfDay } from '$lib/types';
import { parseChineseNumber } from './numbers';
import { toSimplified } from './script';

export interface DateMention {
	/** Offsets in the text: `text.slice(start, end)` is the whole expression. */
	start: number;
	end: number;
	text: string;
	/** `YYYY-MM-DD` (Beijing calendar). */
	date: string;
	/** Last day of a range (`3月2日至9日`). */
	dateEnd?: string;
	/** `每天`/`每日` right after a range: the thing happened on every day of it. */
	recurrence?: 'daily';
	partOfDay?: PartOfDay;
	/** Reporting window attached to the day, canonical `H—H时` (`0—6时`, `0—24时`, `8—24时`). */
	window?: string;
	/** A time of day attached to the date, as written but half-width (`24时`, `10时30分`). */
	time?: string;
	relative?: 'today' | 'yesterday' | 'same-day' | 'next-day';
	/**
	 * A dispatch dateline (`新华社长春4月5日电`, `本报5月10日讯`): the day the story was filed. It
	 * sets the day for what follows (`今天` after it is that day) but is not the day of anything
	 * the story tells.
	 */
	dispatch?: boolean;
	/** `自3月13日以来`: the start of an open span up to now, not the day of anything in it. */
	since?: boolean;
}

export interface DateContext {
	/** Publication day of the article, `YYYY-MM-DD` (Beijing). */
	articleDay: string;
	/** The last explicit date before this text, for `当天`/`次日`. */
	lastDate?: string;
	/** The day `今天` means when a dateline before this text set it (default: `articleDay`). */
	today?: string;
	/** Where a date without a year falls when the page is a later re-post (see {@link DateFrame}). */
	frame?: DateFrame;
}

/**
 * The period a corpus is about (`YYYY-MM-DD` days), given to an article published long after it:
 * such a page re-posts an earlier story, and its publication day says when it was copied, not
 * which year its `4月21日` is. A day without a year is read as the latest such day inside the
 * frame (and before publication) when there is one, else against the publication day as usual.
 */
export interface DateFrame {
	from: string;
	to: string;
}

/** Arabic or full-width digits. */
const AD = '[0-9０-９]';
/** Chinese numerals that can spell a month or a day (`十二`, `三十一`, `廿一`). */
const CD = '[〇零一二两三四五六七八九十廿卅]';
const MONTH = `(${AD}{1,2}|${CD}{1,3})月`;
const DAY = `(${AD}{1,2}|${CD}{1,4})[日号]`;
const YEAR = `(?:(${AD}{4}|[〇零一二三四五六七八九]{4})年)?`;
const HOUR = `(?:${AD}{1,2}|${CD}{1,3})`;
const DASH = '[—–\\-－~～―]+';
const RANGE_SEP = `(?:${DASH}|至|到)`;

/** `2022年3月12日`, `3月12日`, `三月十二日`, `３月１２日`. */
const FULL_DATE = new RegExp(`${YEAR}${MONTH}${DAY}`, 'y');
/**
 * A day of the month alone (`10日，…`, `自12日起`): Xinhua style once the month is known.
 * Only Arabic digits, and not after words that count days, so `连续3日`, `近7日` stay out.
 */
const DAY_ONLY = new RegExp(`(${AD}{1,2})日(?!内|以内|之内|以来|来|后|间|余|多|左右|之后)`, 'y');
/** Words before `N日` that make it a count of days or an ordinal, not a date (`连续3日`, `近7日`). */
const DAY_COUNT_BEFORE =
	/(?:连续|最近|近|每|第|前|后|共|达|超|满|逾|隔|数|几|个|头|再|约|仅|只|历时|为期|用时|半|整|这|那|该|[^本当]月)$/;

/** A clock time `HH:MM:SS` right before a date, with nothing between them. */
const GLUED_TIME = /(?:^|[^0-9])[0-9]{1,2}[:：][0-9]{2}[:：][0-9]{2}$/;

/** Relative days, longest first (`今天上午` is `今天` + part of day). Some carry a part of day. */
const RELATIVE_WORDS: Array<[string, NonNullable<DateMention['relative']>, PartOfDay?]> = [
	['今天', 'today'],
	['今日', 'today'],
	['今晨', 'today', 'morning'],
	['今早', 'today', 'morning'],
	['今晚', 'today', 'evening'],
	['今夜', 'today', 'night'],
	['昨天', 'yesterday'],
	['昨日', 'yesterday'],
	['昨晚', 'yesterday', 'evening'],
	['昨夜', 'yesterday', 'night'],
	['当天', 'same-day'],
	['当日', 'same-day'],
	['同日', 'same-day'],
	['同天', 'same-day'],
	['当晚', 'same-day', 'evening'],
	['当夜', 'same-day', 'night'],
	['次日', 'next-day'],
	['翌日', 'next-day'],
	['第二天', 'next-day'],
	['次晚', 'next-day', 'evening']
];

/**
 * Where a date may start: a numeral with 月 or 日 close after it (a year, month or day: the 月 of
 * `2022年3月` is 8 characters on), or a relative-day word. Most numerals in a text (`一是`,
 * `3例`) start nothing, and are passed over without reading a date there. As a regex:
 * `[0-9０-９〇零一二两三四五六七八九十廿卅](?=[^]{0,7}[月日])|今天|今日|…`; `nextDateStart`
 * reads it by hand.
 */
const NUMERAL = codeSet('0123456789０１２３４５６７８９〇零一二两三四五六七八九十廿卅');
const RELATIVE_FIRST = codeSet(RELATIVE_WORDS.map(([word]) => word[0]).join(''));
const RELATIVE_SECOND = codeSet(RELATIVE_WORDS.map(([word]) => word[1]).join(''));
/** `[0-9０-９]`, and the numerals a bare `月` may not follow (`[〇零一二两三四五六七八九十]`). */
const DIGIT = codeSet('0123456789０１２３４５６７８９');
const HAN_NUMERAL = codeSet('〇零一二两三四五六七八九十');
const YUE = '月'.charCodeAt(0);
const RI = '日'.charCodeAt(0);

function codeSet(chars: string): Uint8Array {
	const set = new Uint8Array(0x10000);
	for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
	return set;
}

/**
 * What every date has: 日 or 号 (`3月12日`, `10日`, `12号`) or a relative day. A text without any
 * (most sentences) has no date, and is not scanned.
 */
const DATE_WORD = new RegExp(`[日号]|${RELATIVE_WORDS.map(([word]) => word).join('|')}`);

/** Parts of the day that may follow a date, longest first (`晚上` before `晚`). */
const PARTS_OF_DAY: Array<[string, PartOfDay]> = [
	['上午', 'morning'],
	['早上', 'morning'],
	['早晨', 'morning'],
	['清晨', 'morning'],
	['早间', 'morning'],
	['下午', 'afternoon'],
	['午后', 'afternoon'],
	['中午', 'noon'],
	['午间', 'noon'],
	['晚上', 'evening'],
	['晚间', 'evening'],
	['傍晚', 'evening'],
	['凌晨', 'early-morning'],
	['深夜', 'night'],
	['夜间', 'night'],
	['夜里', 'night'],
	['半夜', 'night'],
	['晚', 'evening'],
	['夜', 'night']
];
/** The first characters of PARTS_OF_DAY. */
const PART_FIRST = codeSet(PARTS_OF_DAY.map(([word]) => word[0]).join(''));
/** `夜以继日`, `晚会`, `晚报` are not parts of the day. */
const NOT_PART_OF_DAY_AFTER = /^(?:以继日|会|报|宴|饭|餐|点|些)/;

/** `0—6时`, `0时至24时`, `8时至24时`, `0-24时`, `0:00-12:00`. */
const WINDOW = new RegExp(
	`(${HOUR})(?:时|点|[:：]00)?\\s*${RANGE_SEP}\\s*(${HOUR})(?:时|点|[:：]00(?![0-9]))`,
	'y'
);
/** `24时`, `10时30分`, `10点` (not `24小时`). */
const TIME = new RegExp(`(${HOUR})(?:时|点)(?:(${HOUR})分)?(?:许|左右)?`, 'y');
/** Range end: `至3月9日`, `至9日`, `—9日`, `到2022年4月3日`. */
const RANGE_END = new RegExp(
	`\\s*${RANGE_SEP}\\s*(?:${YEAR}${MONTH})?(${AD}{1,2}|${CD}{1,4})[日号]`,
	'y'
);
/** Daily recurrence stated after a range: `3月2日至3月9日，…，每天在北京…`. */
const DAILY = /每天|每日|每晚|逐日|天天|连续[0-9一二两三四五六七八九十]+(?:天|日)/;
/** The next day of a list of days (`、14日` after `11月13日`). */
const NEXT_DAY = new RegExp(`、(${AD}{1,2}|${CD}{1,4})[日号]`, 'y');
/** `11月13日、14日…分别召开会议`: one act on each day of a list. */
const EACH = /分别/;
/** How far after a range `每天` may sit and still be about it. */
const DAILY_REACH = 40;

/**
 * Calendar arithmetic on `YYYY-MM-DD` days. A day is a calendar label, not an instant, so it is
 * computed on the UTC calendar (`Date.UTC`, `getUTC*`): the machine's zone never matters, and no
 * zone database is consulted (this runs for every date in every sentence).
 */
function utcDay(day: string): number {
	const [y, m, d] = dayNumbers(day);
	return Date.UTC(y, m - 1, d);
}

/**
 * `[year, month, day]` of a `YYYY-MM-DD` day, as `split('-').map(Number)` gives it. Every date
 * read is resolved against the article's day, so the few days of an article are split once.
 */
function dayNumbers(day: string): readonly number[] {
	let numbers = dayCache.get(day);
	if (!numbers) {
		numbers = day.split('-').map(Number);
		if (dayCache.size >= 1024) dayCache.clear();
		dayCache.set(day, numbers);
	}
	return numbers;
}

const dayCache = new Map<string, readonly number[]>();

function formatUtcDay(ms: number): string {
	const date = new Date(ms);
	const y = date.getUTCFullYear();
	const m = date.getUTCMonth() + 1;
	const d = date.getUTCDate();
	return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const DAY_MS = 86_400_000;

/** The day `n` days after (`n` < 0: before) a `YYYY-MM-DD` day. */
export function shiftDay(day: string, n: number): string {
	return formatUtcDay(utcDay(day) + n * DAY_MS);
}

/** `YYYY-MM-DD` for a year, month and day, or `null` when no such day exists (2月30日). */
export function makeDay(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	// Every date read is made here, mostly the same few days: remember them (one key per day, as
	// month * 32 + day < 512).
	if (Math.abs(year) > 99_999) return newDay(year, month, day);
	const key = year * 512 + month * 32 + day;
	let made = madeDays.get(key);
	if (made === undefined) {
		made = newDay(year, month, day);
		if (madeDays.size >= 1024) madeDays.clear();
		madeDays.set(key, made);
	}
	return made;
}

const madeDays = new Map<number, string | null>();

function newDay(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	// Date.UTC maps years 0-99 to 1900-1999; such years are not news dates anyway.
	if (date.getUTCFullYear() !== year) return null;
	return formatUtcDay(date.getTime());
}

/**
 * Resolve month/day to a full date using the publication day. News is about the past: a month
 * after the publication month is the previous year (`12月30日` in March), and a later day of the
 * publication month is in the article's future (`将于4月10日召开` on 4月9日), which dates nothing.
 * `resolveMonthDay(12, 30, '2022-03-10')` -> `2021-12-30`; `resolveMonthDay(3, 12, '2022-03-10')` -> null.
 */
export function resolveMonthDay(
	month: number,
	day: number,
	articleDay: string,
	frame?: DateFrame
): string | null {
	if (frame) {
		const first = Number(frame.from.slice(0, 4));
		for (let y = Number(frame.to.slice(0, 4)); y >= first; y--) {
			const date = makeDay(y, month, day);
			if (date && date >= frame.from && date <= frame.to && date <= articleDay) return date;
		}
	}
	const [year, articleMonth] = dayNumbers(articleDay);
	if (month > articleMonth) return makeDay(year - 1, month, day);
	// 2月29日 in a year without one is the last leap year's.
	const date = makeDay(year, month, day) ?? makeDay(year - 1, month, day);
	return date && date <= articleDay ? date : null;
}

/**
 * A day of the month alone (`10日`): the same month as the last date when that keeps it on or
 * after it and not after the article, else the latest such day on or before the article's day.
 */
function resolveDayOnly(day: number, articleDay: string, lastDate?: string): string | null {
	if (lastDate) {
		const [y, m] = dayNumbers(lastDate);
		const candidate = makeDay(y, m, day);
		if (candidate && candidate >= lastDate && candidate <= articleDay) return candidate;
	}
	const [y, m, d] = dayNumbers(articleDay);
	if (day <= d) return makeDay(y, m, day);
	return m === 1 ? makeDay(y - 1, 12, day) : makeDay(y, m - 1, day);
}

function toNumber(s: string | undefined): number | null {
	return s === undefined ? null : parseChineseNumber(s);
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(text);
}

/** Resolve `year? month day` (as written) against the article day. */
function explicitDay(
	yearText: string | undefined,
	monthText: string,
	dayText: string,
	articleDay: string,
	frame?: DateFrame
): string | null {
	const month = toNumber(monthText);
	const day = toNumber(dayText);
	if (month === null || day === null) return null;
	if (yearText) {
		const year = toNumber(yearText);
		return year === null ? null : makeDay(year, month, day);
	}
	return resolveMonthDay(month, day, articleDay, frame);
}

/** Canonical window `0—6时` from its two hours, or `null` when not a window of one day. */
function canonicalWindow(fromText: string, toText: string): string | null {
	const from = toNumber(fromText);
	const to = toNumber(toText);
	if (from === null || to === null || from < 0 || to > 24 || from >= to) return null;
	return `${from}—${to}时`;
}

interface Head {
	end: number;
	date: string;
	relative?: DateMention['relative'];
	partOfDay?: PartOfDay;
	/** Explicit month known (a day-only range end then uses this month). */
	year: number;
	month: number;
}

/** The date expression starting exactly at `at`, before suffixes. */
function readHead(text: string, at: number, ctx: DateContext, lastDate?: string): Head | null {
	const prev = at > 0 ? text.charCodeAt(at - 1) : -1;
	// `09:42:073月12日晚`: a page's time stamp glued to the lead ends at its seconds.
	if (DIGIT[prev] && !GLUED_TIME.test(text.slice(Math.max(0, at - 9), at))) return null;

	const full = execAt(FULL_DATE, text, at);
	if (full && !(HAN_NUMERAL[prev] && !full[1])) {
		const date = explicitDay(full[1], full[2], full[3], ctx.articleDay, ctx.frame);
		if (date) return { end: at + full[0].length, date, ...yearMonth(date) };
		return null;
	}

	const first = text.charCodeAt(at);
	for (const [word, relative, partOfDay] of RELATIVE_FIRST[first] ? RELATIVE_WORDS : []) {
		if (!text.startsWith(word, at)) continue;
		const date = resolveRelative(relative, ctx.today ?? ctx.articleDay, lastDate);
		if (!date) return null;
		return { end: at + word.length, date, relative, partOfDay, ...yearMonth(date) };
	}

	// DAY_ONLY starts with a digit.
	if (DIGIT[first] && !DAY_COUNT_BEFORE.test(text.slice(Math.max(0, at - 4), at))) {
		const dayOnly = execAt(DAY_ONLY, text, at);
		if (dayOnly) {
			const day = toNumber(dayOnly[1]);
			const date = day === null ? null : resolveDayOnly(day, ctx.articleDay, lastDate);
			if (date) return { end: at + dayOnly[0].length, date, ...yearMonth(date) };
		}
	}
	return null;
}

function yearMonth(date: string): { year: number; month: number } {
	const [year, month] = dayNumbers(date);
	return { year, month };
}

function resolveRelative(
	relative: NonNullable<DateMention['relative']>,
	articleDay: string,
	lastDate?: string
): string | null {
	switch (relative) {
		case 'today':
			return articleDay;
		case 'yesterday':
			return shiftDay(articleDay, -1);
		case 'same-day':
			return lastDate ?? articleDay;
		case 'next-day':
			return lastDate ? shiftDay(lastDate, 1) : null;
	}
}

function readPartOfDay(text: string, at: number): { end: number; partOfDay: PartOfDay } | null {
	// Most dates have no part of the day after them: one look, not one per word.
	if (!PART_FIRST[text.charCodeAt(at)]) return null;
	for (const [word, partOfDay] of PARTS_OF_DAY) {
		if (!text.startsWith(word, at)) continue;
		if (NOT_PART_OF_DAY_AFTER.test(text.slice(at + word.length, at + word.length + 3))) {
			return null;
		}
		return { end: at + word.length, partOfDay };
	}
	return null;
}

/**
 * Every date expression in `text`, in text order. `当天` resolves to the last date before it in
 * the same text, else `ctx.lastDate`, else the article's day; `次日` to the day after that.
 * `3月12日晚` -> one mention, partOfDay `evening`; `3月1日0—6时` -> window `0—6时`;
 * `3月2日至9日` -> date `…-03-02`, dateEnd `…-03-09`; `3月份`, `24小时`, `一把手` -> nothing.
 */
export function findDates(
	written: string,
	ctx: DateContext,
	// Traditional script (`當天`, `0—6時`) reads as Simplified; offsets are the same. A caller
	// that has the folded form already passes it.
	text = toSimplified(written)
): DateMention[] {
	const mentions: DateMention[] = [];
	if (!DATE_WORD.test(text)) return mentions;
	let lastDate = ctx.lastDate;
	// A dateline sets what `今天` means for the text after it.
	let local = ctx;
	// Only some characters can start a date (see nextDateStart); most of the text is skipped at once.
	for (let i = nextDateStart(text, 0); i >= 0;) {
		const head = readHead(text, i, local, lastDate);
		if (!head) {
			i = nextDateStart(text, i + 1);
			continue;
		}
		const mention: DateMention = { start: i, end: head.end, text: '', date: head.date };
		if (head.relative) mention.relative = head.relative;
		if (head.partOfDay) mention.partOfDay = head.partOfDay;
		let at = head.end;

		// `今日（5日）`, `昨天（3月18日）下午`: the bracket restates the relative day; one mention.
		if (head.relative) {
			const restated = /^[（(]([^）)]{2,14})[）)]/.exec(text.slice(at, at + 16));
			const inner = restated ? readHead(text, at + 1, ctx, lastDate) : null;
			if (restated && inner && !inner.relative && inner.end === at + 1 + restated[1].length) {
				mention.date = inner.date;
				at += restated[0].length;
			}
		}

		// `3月13日，某某今天到…`: a reprint put the day before a wire copy's 今天; they are one day.
		if (head.relative === 'today') {
			const lead = restatedLead(text, mentions.at(-1), i);
			if (lead) mention.date = lead.date;
		}

		// Range: `至3月9日`, `—9日` (but `0—6时` right after 日 is a window, read below).
		const range = head.relative ? null : execAt(RANGE_END, text, at);
		if (range) {
			const end = range[2]
				? explicitDay(range[1], range[2], range[3], ctx.articleDay, ctx.frame)
				: rangeEndSameMonth(head, toNumber(range[3]));
			if (end && end >= head.date) {
				mention.dateEnd = end;
				at += range[0].length;
			}
		}

		// `11月13日、14日`: consecutive days listed are a range (each day, when `分别` follows).
		if (!head.relative && !mention.dateEnd) {
			let last = head.date;
			let end = at;
			for (let next = execAt(NEXT_DAY, text, end); next; next = execAt(NEXT_DAY, text, end)) {
				const day = rangeEndSameMonth(head, toNumber(next[1]));
				if (!day || day !== shiftDay(last, 1)) break;
				last = day;
				end += next[0].length;
			}
			if (end > at) {
				mention.dateEnd = last;
				at = end;
				if (EACH.test(clauseAfter(text, at))) mention.recurrence = 'daily';
			}
		}

		if (!mention.dateEnd) {
			const window = execAt(WINDOW, text, at);
			const canonical = window ? canonicalWindow(window[1], window[2]) : null;
			if (window && canonical) {
				mention.window = canonical;
				at += window[0].length;
			}
		}

		if (!mention.partOfDay) {
			const part = readPartOfDay(text, at);
			if (part) {
				mention.partOfDay = part.partOfDay;
				at = part.end;
			}
		}

		if (!mention.window) {
			const time = execAt(TIME, text, at);
			if (time) {
				mention.time = toHalfWidth(time[0]);
				at += time[0].length;
			}
		}

		if (mention.dateEnd && isDailyAfter(text, at)) mention.recurrence = 'daily';
		if (isDispatch(text, head.end, at, mention)) {
			mention.dispatch = true;
			// Field by field: a spread copy cost more than the rest of the date's reading.
			local = {
				articleDay: ctx.articleDay,
				lastDate: ctx.lastDate,
				today: mention.date,
				frame: ctx.frame
			};
		}
		if (SINCE.test(text.slice(at, at + 2)) && !mention.dateEnd) mention.since = true;

		mention.end = at;
		mention.text = written.slice(mention.start, at);
		mentions.push(mention);
		lastDate = mention.dateEnd ?? mention.date;
		i = nextDateStart(text, at);
	}
	return mentions;
}

/** The offset of the next character at or after `from` that can start a date, or -1. */
function nextDateStart(text: string, from: number): number {
	// The characters up to `seen` were looked at and are neither 月 nor 日: a run of numerals
	// (`1803例`) has each character looked at once, not once for each numeral before it.
	let seen = from;
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (NUMERAL[c]) {
			const last = Math.min(i + 8, text.length - 1);
			for (let k = Math.max(i + 1, seen + 1); k <= last; k++) {
				const d = text.charCodeAt(k);
				if (d === YUE || d === RI) return i;
			}
			if (last > seen) seen = last;
		} else if (RELATIVE_FIRST[c] && isRelativeWordAt(text, i)) {
			return i;
		}
	}
	return -1;
}

function isRelativeWordAt(text: string, at: number): boolean {
	// `当前`, `同时`, `第一`: most of these first characters start no relative word.
	if (!RELATIVE_SECOND[text.charCodeAt(at + 1)]) return false;
	for (const [word] of RELATIVE_WORDS) if (text.startsWith(word, at)) return true;
	return false;
}

/**
 * The date that opens a sentence (`3月13日，`) when a `今天` at `at` sits in the clause right after
 * it: the same day told twice (a reprint dated a wire copy that said 今天). A date with a window
 * (`3月12日0—24时，…`) dates figures, not the story's day, and is no lead.
 */
function restatedLead(
	text: string,
	previous: DateMention | undefined,
	at: number
): DateMention | undefined {
	if (!previous || previous.relative || previous.dispatch || previous.dateEnd) return undefined;
	if (previous.window || previous.time || previous.since) return undefined;
	if (previous.start > 0 && !/[。！？\s]/.test(text[previous.start - 1])) return undefined;
	return /^[，,][^，,。；！？]*$/.test(text.slice(previous.end, at)) ? previous : undefined;
}

/** `自3月13日以来`: what follows a date that opens a span up to now. */
const SINCE = /^以来/;

/**
 * `新华社长春4月5日电`, `中新网长春3月12日电`, `本报5月10日讯`: a bare day followed by 电 or 讯
 * (a wire or newspaper dateline).
 */
function isDispatch(text: string, headEnd: number, at: number, mention: DateMention): boolean {
	if (at !== headEnd || mention.relative || mention.dateEnd) return false;
	if (text[at] === '讯') return true;
	return (
		text[at] === '电' &&
		!/^电(?:话|视|脑|力|网|商|梯|子|台|报|影|费|量|池|源|信)/.test(text.slice(at, at + 2))
	);
}

/** `3月2日至9日`: the end day in the start's month, or the next month when it is smaller. */
function rangeEndSameMonth(head: Head, day: number | null): string | null {
	if (day === null) return null;
	const sameMonth = makeDay(head.year, head.month, day);
	if (sameMonth && sameMonth >= head.date) return sameMonth;
	// The 1st plus 31 days always lands in the next month.
	const next = new Date(utcDay(`${head.date.slice(0, 8)}01`) + 31 * DAY_MS);
	return makeDay(next.getUTCFullYear(), next.getUTCMonth() + 1, day);
}

/** `每天` within the clause after a range, before the sentence ends or another date starts. */
function isDailyAfter(text: string, at: number): boolean {
	return DAILY.test(clauseAfter(text, at));
}

/** The text after a date, up to the sentence's end or the next date (at most `DAILY_REACH`). */
function clauseAfter(text: string, at: number): string {
	const after = text.slice(at, at + DAILY_REACH);
	const stop = after.search(/[。；！？]|[0-9０-９]+月|今天|昨天|当天/);
	return stop === -1 ? after : after.slice(0, stop);
}

function toHalfWidth(s: string): string {
	return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The last date a list of mentions reaches (`dateEnd` of a range), for the next `当天`. */
export function lastMentionedDate(mentions: DateMention[]): string | undefined {
	const last = mentions.at(-1);
	return last ? (last.dateEnd ?? last.date) : undefined;
}
