/**
 * Calendar days and the shared time scale. Days are Beijing calendar days (`YYYY-MM-DD`) held as
 * UTC midnights, so the viewer's time zone never shifts a mark to the neighbouring day. UTC days
 * are exactly 86 400 000 ms long, so day arithmetic needs no calendar library (d3-time's
 * `utcDay` would give the same results for ~1.5 KB more in the page).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

const DAY_MS = 86_400_000;

/** Days seen, as epoch milliseconds: every mark of every redraw asks for its day's. */
const dayTimes = new Map<string, number>();

/** `2022-03-12` → epoch milliseconds of 2022-03-12T00:00Z. */
function dayTime(day: string): number {
	let t = dayTimes.get(day);
	if (t === undefined) {
		const [y, m, d] = day.split('-').map(Number);
		dayTimes.set(day, (t = Date.UTC(y, m - 1, d)));
	}
	return t;
}

/** `2022-03-12` → `Date` at 2022-03-12T00:00Z. */
export function dayToDate(day: string): Date {
	return new Date(dayTime(day));
}

/** `Date` → its UTC calendar day `YYYY-MM-DD`. */
export function dateToDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** `addDays('2022-03-31', 1)` → `2022-04-01`. */
export function addDays(day: string, n: number): string {
	return dateToDay(new Date(dayToDate(day).getTime() + n * DAY_MS));
}

/** Number of days from `from` to `to` inclusive (1 for the same day). */
export function dayCount(from: string, to: string): number {
	return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY_MS) + 1;
}

/** Every day from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
	const out: string[] = [];
	const end = dayToDate(to).getTime();
	for (let t = dayToDate(from).getTime(); t <= end; t += DAY_MS) out.push(dateToDay(new Date(t)));
	return out;
}

/** True when the day span `[a0, a1]` overlaps `[b0, b1]` (inclusive, ISO strings compare as days). */
export function overlaps(a0: string, a1: string, b0: string, b1: string): boolean {
	return a0 <= b1 && a1 >= b0;
}

/**
 * The time scale all charts share: a day is a band from its midnight to the next, so `x(day)` is
 * the left edge and `x(day + 1) - x(day)` the width of one day.
 */
export function makeTimeScale(from: string, to: string, range: [number, number]): TimeScale {
	return scaleLinear()
		.domain([dayToDate(from).getTime(), dayToDate(addDays(to, 1)).getTime()])
		.range(range);
}

/**
 * A linear scale over epoch milliseconds. `scaleUtc` would also do, but its tick formats pull
 * d3-time-format into the page; ticks here are whole days from `dayTicks`.
 */
export type TimeScale = ScaleLinear<number, number>;

/** Left edge of a day on a time scale. */
export function dayX(x: TimeScale, day: string): number {
	return x(dayTime(day));
}

/** The day under a pixel position (clamped by the caller). */
export function dayAt(x: TimeScale, px: number): string {
	return dateToDay(new Date(Math.floor(x.invert(px) / DAY_MS) * DAY_MS));
}

export interface DayTick {
	day: string;
	/** Ticks on the first of a month, or the first tick, carry the month label. */
	major: boolean;
}

/**
 * Tick days for an axis: every day, every 2nd, weekly or fortnightly, whichever keeps labels at
 * least `minSpacing` pixels apart. Steps count from the 1st of each month (1, 8, 15, 22, 29).
 */
export function dayTicks(from: string, to: string, width: number, minSpacing = 46): DayTick[] {
	const n = dayCount(from, to);
	const perDay = width / Math.max(1, n);
	const step = [1, 2, 7, 14].find((s) => s * perDay >= minSpacing) ?? 0;
	let days: string[];
	if (step) {
		days = daysBetween(from, to).filter((d) => (Number(d.slice(8)) - 1) % step === 0);
		// every(7) restarts at the 1st: drop a tick that would crowd the month's first.
		if (step >= 7) days = days.filter((d) => !d.endsWith('-29') && !d.endsWith('-30'));
	} else {
		days = daysBetween(from, to).filter((d) => d.endsWith('-01'));
		if (!days.length) days = [from];
	}
	return days.map((day, i) => ({ day, major: i === 0 || day.endsWith('-01') }));
}
