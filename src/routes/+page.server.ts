import { dashboardDataset } from '$lib/charts/source.server';
import { dashboardSummary } from '$lib/charts/dashboard-data';

/**
 * The dashboard's first view: the marks of every chart with their links, no quotes or titles
 * (those load per day when asked: /data/dashboard/<day>.json).
 */
export async function load() {
	const ds = await dashboardDataset();
	return {
		summary: dashboardSummary(ds),
		built: ds.corpus.built,
		articleCount: ds.corpus.articles
	};
}
