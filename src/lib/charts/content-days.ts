/** The days that have something to show, so that only those get a `/days/<date>` page. */
import type { Appearance, Article, CaseReport, TimelineEvent } from '$lib/types';
import { daysBetween } from '$lib/chart/time';

/** A span longer than this counts its first and last day only (no page per empty day of a year). */
const MAX_SPAN_DAYS = 92;

/**
 * Sorted days with an article, a case figure, an appearance or an event (every day of a
 * multi-day event).
 */
export function contentDays(ds: {
	articles: readonly Pick<Article, 'day'>[];
	events: readonly Pick<TimelineEvent, 'date' | 'dateEnd'>[];
	caseReports: readonly Pick<CaseReport, 'date'>[];
	appearances: readonly Pick<Appearance, 'date'>[];
}): string[] {
	const days = new Set<string>();
	for (const a of ds.articles) days.add(a.day);
	for (const c of ds.caseReports) days.add(c.date);
	for (const a of ds.appearances) days.add(a.date);
	for (const e of ds.events) {
		const span = e.dateEnd && e.dateEnd > e.date ? daysBetween(e.date, e.dateEnd) : [e.date];
		for (const d of span.length > MAX_SPAN_DAYS ? [span[0], span.at(-1)!] : span) days.add(d);
	}
	return [...days].sort();
}
