import { TZDate, tz } from '@date-fns/tz';
import { format, isValid, parse, parseISO } from 'date-fns';

/** The zone every date in this product is presented in. */
export const BEIJING = 'Asia/Shanghai';

/** Formats tried in order on front-matter `date:` values; the zone is per format. */
const FORMATS: { pattern: string; zone: string }[] = [
	// RFC 2822 as written by the crawler: `Fri, 15 Apr 2022 14:51:18 GMT`
	{ pattern: "EEE, d MMM yyyy HH:mm:ss 'GMT'", zone: 'UTC' },
	{ pattern: "d MMM yyyy HH:mm:ss 'GMT'", zone: 'UTC' },
	{ pattern: 'EEE, d MMM yyyy HH:mm:ss xx', zone: 'UTC' },
	// Hexo's own form carries no zone: the corpus is Chinese news, so read it as Beijing time.
	{ pattern: 'yyyy-MM-dd HH:mm:ss', zone: BEIJING },
	{ pattern: 'yyyy-MM-dd HH:mm', zone: BEIJING },
	{ pattern: 'yyyy/MM/dd HH:mm:ss', zone: BEIJING },
	{ pattern: 'yyyy-MM-dd', zone: BEIJING }
];

/**
 * Since 1992 Beijing time is UTC+8 all year (China dropped summer time after 1991): from then on
 * the forms almost every file uses (the crawler's, Hexo's, ISO 8601 with a zone) are read, and
 * Beijing times written, with plain arithmetic, which gives what date-fns and @date-fns/tz give
 * (checked over 30 years in test/unit/corpus.test.ts) at a fraction of the cost; anything else
 * goes to the libraries.
 */
const FIXED_OFFSET_FROM = Date.UTC(1992, 0, 1);
const BEIJING_MS = 8 * 3600 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** `Fri, 15 Apr 2022 14:51:18 GMT` (the crawler's form; the weekday may be left out). */
const RFC_GMT =
	/^(?:([A-Z][a-z]{2}), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** `2022-04-15 22:51:18` (Hexo's form, Beijing time). */
const HEXO = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** `2022-04-15T22:51:18+08:00`, `…Z` (ISO 8601 with its zone, to the second; parseISO's form). */
const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):?(\d{2}))$/;

/** The instant of a date and time in a zone `offset` ms east of UTC, or null if not a real date. */
function fixedInstant(
	y: number,
	mo: number,
	d: number,
	h: number,
	mi: number,
	sec: number,
	offset: number
): Date | null {
	if (mo < 0 || mo > 11 || h > 23 || mi > 59 || sec > 59) return null;
	const local = Date.UTC(y, mo, d, h, mi, sec);
	const check = new Date(local);
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo || check.getUTCDate() !== d)
		return null;
	const t = local - offset;
	return t >= FIXED_OFFSET_FROM ? new Date(t) : null;
}

/** The common forms read without the libraries; null sends the text to them. */
function parseCommon(text: string): Date | null {
	const rfc = RFC_GMT.exec(text);
	if (rfc) {
		const mo = MONTHS.indexOf(rfc[3]);
		const t = fixedInstant(+rfc[4], mo, +rfc[2], +rfc[5], +rfc[6], +rfc[7], 0);
		// a weekday that does not fit the date: the libraries decide what that means
		if (!t || (rfc[1] && WEEKDAYS[t.getUTCDay()] !== rfc[1])) return null;
		return t;
	}
	const hexo = HEXO.exec(text);
	if (hexo)
		return fixedInstant(+hexo[1], +hexo[2] - 1, +hexo[3], +hexo[4], +hexo[5], +hexo[6], BEIJING_MS);
	const iso = ISO_ZONED.exec(text);
	if (iso) {
		const [zoneHours, zoneMinutes] = [+(iso[8] ?? 0), +(iso[9] ?? 0)];
		if (zoneHours > 23 || zoneMinutes > 59) return null;
		const offset = (iso[7] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes) * 60_000;
		return fixedInstant(+iso[1], +iso[2] - 1, +iso[3], +iso[4], +iso[5], +iso[6], offset);
	}
	return null;
}

/**
 * Parse a front-matter date to an instant, or null.
 * @example parsePublished('Fri, 15 Apr 2022 14:51:18 GMT') // 2022-04-15T14:51:18Z
 */
export function parsePublished(value: unknown): Date | null {
	if (value instanceof Date) return isValid(value) ? value : null;
	if (typeof value !== 'string' && typeof value !== 'number') return null;
	const text = String(value).trim();
	if (!text) return null;
	const common = parseCommon(text);
	if (common) return common;
	for (const { pattern, zone } of FORMATS) {
		const date = parse(text, pattern, new Date(0), { in: tz(zone) });
		if (isValid(date)) return new Date(date.getTime());
	}
	// ISO 8601 with a zone (`2022-03-10T12:26:46Z`, `...+08:00`); without one, Beijing.
	if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
		const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
		const date = parseISO(text, hasZone ? undefined : { in: tz(BEIJING) });
		if (isValid(date)) return new Date(date.getTime());
	}
	return null;
}

/** Beijing wall-clock time as `YYYY-MM-DDTHH:mm:ss`, or null before the fixed offset. */
function beijingClock(instant: Date): string | null {
	const t = instant.getTime();
	if (!(t >= FIXED_OFFSET_FROM) || t > 253402271999000) return null; // Beijing years 1992–9999
	// Read field by field: `toISOString` costs three times as much, twice for every article.
	const d = new Date(t + BEIJING_MS);
	const date = `${d.getUTCFullYear()}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
	return `${date}T${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}:${twoDigits(d.getUTCSeconds())}`;
}

function twoDigits(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/** `2022-04-15T22:51:18+08:00` */
export function beijingIso(instant: Date): string {
	const clock = beijingClock(instant);
	if (clock) return `${clock}+08:00`;
	return format(new TZDate(instant.getTime(), BEIJING), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The Beijing calendar day, `YYYY-MM-DD` (a GMT time after 16:00 is the next day). */
export function beijingDay(instant: Date): string {
	const clock = beijingClock(instant);
	if (clock) return clock.slice(0, 10);
	return format(new TZDate(instant.getTime(), BEIJING), 'yyyy-MM-dd');
}

/** The publication days accepted as plausible, inclusive, Beijing `YYYY-MM-DD`. */
export interface DateWindow {
	from: string;
	to: string;
}

/** Days before this are not news of this corpus's kind (mostly a zero or broken `date:`). */
export const WINDOW_START = '2000-01-01';

/** The default window: 2000-01-01 to one year after the build. */
export function defaultWindow(built: Date): DateWindow {
	const to = new Date(built.getTime());
	to.setUTCFullYear(to.getUTCFullYear() + 1);
	return { from: WINDOW_START, to: beijingDay(to) };
}

/**
 * The window setting (`DATE_WINDOW`, `--date-window`): `FROM..TO`, either end may be left out to
 * keep the default. Returns an error message for anything else.
 * @example parseWindow('2019-12-01..2023-12-31', fallback) // { from: '2019-12-01', to: '2023-12-31' }
 */
export function parseWindow(setting: string, fallback: DateWindow): DateWindow | string {
	const m = /^\s*(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?\s*$/.exec(setting);
	const valid = (d: string) => isValid(parse(d, 'yyyy-MM-dd', new Date(0)));
	if (!m || (m[1] && !valid(m[1])) || (m[2] && !valid(m[2])))
		return `the date window \`${setting}\` is not FROM..TO with days as YYYY-MM-DD (e.g. 2019-12-01..2023-12-31)`;
	const window = { from: m[1] ?? fallback.from, to: m[2] ?? fallback.to };
	if (window.from > window.to) return `the date window \`${setting}\` ends before it starts`;
	return window;
}

/** True when `day` (`YYYY-MM-DD`) lies in the window. */
export function inWindow(day: string, window: DateWindow): boolean {
	return day >= window.from && day <= window.to;
}
