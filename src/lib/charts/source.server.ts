/**
 * The dataset the dashboard pages read. It is the corpus (`getDataset()`); while the extractors
 * produce nothing yet, or with `DASHBOARD_FIXTURE=1`, the hand-made fixture built from the seeds'
 * reading (test/fixtures/sample-dataset.json) stands in. `DASHBOARD_FIXTURE=0` forces the corpus.
 */
import { getDataset } from '$lib/server/dataset';
import type { Dataset } from '$lib/types';
import fixture from '../../../test/fixtures/sample-dataset.json';

export async function dashboardDataset(): Promise<Dataset> {
	const flag = process.env.DASHBOARD_FIXTURE;
	if (flag === '1') return fixture as Dataset;
	const real = await getDataset();
	const empty = !real.events.length && !real.caseReports.length && !real.appearances.length;
	return empty && flag !== '0' ? (fixture as Dataset) : real;
}
