/**
 * The period a corpus is about, robust to stray articles: articles are grouped into stretches
 * separated by a gap without an article longer than `gapDays` (at least `OUTLIER_GAP_DAYS`, more for
 * a sparse corpus: ten times its median gap, so a monthly series stays whole); the largest stretch,
 * and any other holding at least a tenth of the articles (and two or more), make the period.
 * Articles in the other stretches are outliers: a 2005 article in a 2022 corpus, or reprints of
 * March stories months later, must not stretch every chart over years.
 */

/** The shortest gap without an article that separates two stretches of a corpus. */
export const OUTLIER_GAP_DAYS = 30;

/** The gap that separates stretches of these (sorted) days. */
export function gapDays(days: readonly number[]): number {
	const gaps = days.slice(1).map((d, i) => d - days[i]);
	gaps.sort((a, b) => a - b);
	const median = gaps.length ? gaps[Math.floor((gaps.length - 1) / 2)] : 0; // the lower median
	return Math.max(OUTLIER_GAP_DAYS, 10 * median);
}

export interface CorpusPeriod {
	/** First and last day of the period (undefined for an empty corpus). */
	period?: { from: string; to: string };
	/** The gap (days without an article) that separated its stretches. */
	gap: number;
	/** Ids of the articles outside it. */
	outliers: string[];
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * @param articles every article's id and publication day
 * @param itemDays the dates of the items extracted from an article (they widen the period)
 */
export function corpusPeriod(
	articles: readonly { id: string; day: string }[],
	itemDays: (id: string) => readonly string[]
): CorpusPeriod {
	if (!articles.length) return { outliers: [], gap: OUTLIER_GAP_DAYS };
	const sorted = [...articles].sort(
		(a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id)
	);
	const days = sorted.map((a) => dayNumber(a.day));
	const gap = gapDays(days);
	const stretches: (typeof sorted)[] = [[sorted[0]]];
	for (let i = 1; i < sorted.length; i++) {
		if (days[i] - days[i - 1] > gap) stretches.push([]);
		stretches.at(-1)!.push(sorted[i]);
	}
	// The largest stretch; on a tie, the latest.
	const largest = stretches.reduce((best, s) => (s.length >= best.length ? s : best));
	const keep = (s: typeof sorted) =>
		s === largest || (s.length >= 2 && s.length >= sorted.length / 10);
	const outliers: string[] = [];
	let from = '';
	let to = '';
	for (const stretch of stretches) {
		if (!keep(stretch)) {
			outliers.push(...stretch.map((a) => a.id));
			continue;
		}
		for (const a of stretch) {
			for (const day of [a.day, ...itemDays(a.id)]) {
				if (!from || day < from) from = day;
				if (!to || day > to) to = day;
			}
		}
	}
	return { period: { from, to }, outliers, gap };
}
