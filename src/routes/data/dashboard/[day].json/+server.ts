import { error, json } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { dayDetails } from '$lib/charts/dashboard-data';
import { isDay } from '$lib/charts/view';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await dashboardManifest()).detailDays.map((day) => ({ day }));

/** One day's sources and articles, loaded by the dashboard when a view needs them. */
export const GET: RequestHandler = async ({ params }) => {
	if (!isDay(params.day)) error(404, `Not a day: ${params.day}`);
	return json(dayDetails(await dashboardDataset(), params.day));
};
