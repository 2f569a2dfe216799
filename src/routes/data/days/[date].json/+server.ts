import { error, json } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { daySentences } from '$lib/charts/pages';
import { isDay } from '$lib/charts/view';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Only the days whose page lists part of their articles need the rest as a file. */
export const entries: EntryGenerator = async () =>
	(await dashboardManifest()).longDays.map((date) => ({ date }));

/** Every article with its sentences about a day (the day page's "show all"). */
export const GET: RequestHandler = async ({ params }) => {
	if (!isDay(params.date)) error(404, `Not a day: ${params.date}`);
	return json(daySentences(await dashboardDataset(), params.date));
};
