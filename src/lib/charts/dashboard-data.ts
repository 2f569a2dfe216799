/** Pick the dashboard's summaries from a Dataset (no article bodies). */
import type { Dataset } from '$lib/types';
import { indexDataset } from '$lib/dataset/dataset-index';
import type { DashboardData } from './items';

export function dashboardData(ds: Dataset): DashboardData {
	const index = indexDataset(ds);
	return {
		articles: [...index.summaries.values()],
		events: ds.events,
		caseReports: ds.caseReports,
		people: ds.people,
		appearances: ds.appearances,
		colours: index.colours,
		extent: index.extent
	};
}
