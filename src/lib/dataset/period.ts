/**
 * The period a corpus is about, robust to a stray article: articles are grouped into stretches
 * separated by more than `OUTLIER_GAP_DAYS` without an article; the largest stretch, and any other
 * holding at least a tenth of the articles (and two or more), make the period. Articles in the other
 * stretches are outliers: a 2005 article in a 2022 corpus must not stretch every chart over 17 years.
 */

/** More days than this without an article separate two stretches of a corpus. */
export const OUTLIER_GAP_DAYS = 90;

export interface CorpusPeriod {
	/** First and last day of the period (undefined for an empty corpus). */
	period?: { from: string; to: string };
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
	if (!articles.length) return { outliers: [] };
	const sorted = [...articles].sort(
		(a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id)
	);
	const stretches: (typeof sorted)[] = [[sorted[0]]];
	for (let i = 1; i < sorted.length; i++) {
		if (dayNumber(sorted[i].day) - dayNumber(sorted[i - 1].day) > OUTLIER_GAP_DAYS)
			stretches.push([]);
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
	return { period: { from, to }, outliers };
}
