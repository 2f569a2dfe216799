/**
 * What the routes' `entries()` need from the dataset (ids and days, not the data): small enough
 * for SvelteKit's analysis step, which keeps whatever it loads until the build ends.
 */
import type { Dataset, Problem } from '$lib/types';
import { indexDataset } from '$lib/dataset/dataset-index';
import { dashboardSummary } from './dashboard-data';
import { ARTICLES_SHOWN, allDays, daySentences, personSentences } from './pages';

export interface SiteManifest {
	/** The corpus folder, as the dataset names it. */
	dir: string;
	/** Article ids (a page each). */
	articles: string[];
	/** Person ids (a page each). */
	people: string[];
	/** Days with a page (the dashboard's axis). */
	days: string[];
	/** Days with dashboard details (`/data/dashboard/<day>.json`). */
	detailDays: string[];
	/** Days and people whose pages list part of their articles (`/data/days|people/<x>.json`). */
	longDays: string[];
	longPeople: string[];
	problems: Problem[];
}

export function siteManifest(ds: Dataset): SiteManifest {
	const index = indexDataset(ds);
	const days = allDays(ds);
	return {
		dir: ds.corpus.dir,
		articles: ds.articles.map((a) => a.id),
		people: ds.people.map((p) => p.id),
		days,
		detailDays: dashboardSummary(ds).detailDays,
		longDays: days.filter(
			(d) => (index.byDay.get(d) ? daySentences(ds, d).length : 0) > ARTICLES_SHOWN
		),
		longPeople: ds.people
			.filter((p) => personSentences(ds, p.name).length > ARTICLES_SHOWN)
			.map((p) => p.id),
		problems: ds.corpus.problems
	};
}
