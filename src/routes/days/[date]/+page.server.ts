import { error } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { dayPage } from '$lib/charts/pages';
import { isDay } from '$lib/charts/view';

export async function entries() {
	return (await dashboardManifest()).days.map((date) => ({ date }));
}

export async function load({ params }) {
	if (!isDay(params.date)) error(404, `Not a day: ${params.date} (expected YYYY-MM-DD)`);
	return dayPage(await dashboardDataset(), params.date);
}
