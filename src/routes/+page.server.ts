import { dashboardDataset } from '$lib/charts/source.server';
import { dashboardData } from '$lib/charts/dashboard-data';

/** The dashboard's summaries: events, case figures, people, appearances and article titles (no bodies). */
export async function load() {
	const ds = await dashboardDataset();
	return {
		dash: dashboardData(ds),
		built: ds.corpus.built,
		articleCount: ds.corpus.articles
	};
}
