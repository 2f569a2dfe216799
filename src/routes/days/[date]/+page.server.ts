import { error } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { allDays, dayPage } from '$lib/charts/pages';
import { isDay } from '$lib/charts/view';

export async function entries() {
	return (await dashboardManifest()).days.map((date) => ({ date }));
}

export async function load({ params }) {
	if (!isDay(params.date)) error(404, `Not a day: ${params.date} (expected YYYY-MM-DD)`);
	const ds = await dashboardDataset();
	if (!allDays(ds).includes(params.date)) error(404, `Nothing in the corpus on ${params.date}`);
	return dayPage(ds, params.date);
}
