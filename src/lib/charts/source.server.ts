/**
 * The dataset the dashboard pages read: always the corpus (`getDataset()`). An empty corpus shows
 * empty charts, never stand-in data. `DASHBOARD_FIXTURE=1` swaps in the hand-made fixture
 * (test/fixtures/sample-dataset.json) for developers checking visuals the seeds lack (conflicts,
 * partial-day windows); it is never set by `npm start`, `npm test` or CI.
 */
import { getDataset, getManifest } from '$lib/server/dataset';
import { siteManifest, type SiteManifest } from './site-manifest';
import type { Dataset } from '$lib/types';

export async function dashboardDataset(): Promise<Dataset> {
	if (process.env.DASHBOARD_FIXTURE === '1') {
		const { default: fixture } = await import('../../../test/fixtures/sample-dataset.json');
		return fixture as Dataset;
	}
	return getDataset();
}

/** The routes' entries for the same dataset (the fixture's, or the corpus's manifest). */
export async function dashboardManifest(): Promise<SiteManifest> {
	if (process.env.DASHBOARD_FIXTURE === '1') return siteManifest(await dashboardDataset());
	return getManifest();
}
