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
 * Parse a front-matter date to an instant, or null.
 * @example parsePublished('Fri, 15 Apr 2022 14:51:18 GMT') // 2022-04-15T14:51:18Z
 */
export function parsePublished(value: unknown): Date | null {
	if (value instanceof Date) return isValid(value) ? value : null;
	if (typeof value !== 'string' && typeof value !== 'number') return null;
	const text = String(value).trim();
	if (!text) return null;
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

/** `2022-04-15T22:51:18+08:00` */
export function beijingIso(instant: Date): string {
	return format(new TZDate(instant.getTime(), BEIJING), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The Beijing calendar day, `YYYY-MM-DD` (a GMT time after 16:00 is the next day). */
export function beijingDay(instant: Date): string {
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
