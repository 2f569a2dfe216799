/** Pick the dashboard's summaries from a Dataset (no article bodies). */
import type { Dataset } from '$lib/types';
import { assignPersonColours } from '$lib/chart/palette';
import { dataExtent, type DashboardData } from './items';

export function dashboardData(ds: Dataset): DashboardData {
	const days = [
		...ds.articles.map((a) => a.day),
		...ds.events.flatMap((e) => [e.date, e.dateEnd ?? e.date]),
		...ds.caseReports.map((c) => c.date),
		...ds.appearances.map((a) => a.date)
	];
	return {
		articles: ds.articles.map(({ id, title, day, outlet, link }) =>
			link ? { id, title, day, outlet, link } : { id, title, day, outlet }
		),
		events: ds.events,
		caseReports: ds.caseReports,
		people: ds.people,
		appearances: ds.appearances,
		colours: assignPersonColours(ds.events, ds.appearances),
		// The corpus's period leaves out outliers (a stray 2005 article must not stretch the axis).
		extent: dataExtent(ds.corpus.period ? [ds.corpus.period.from, ds.corpus.period.to] : days)
	};
}
