import { error } from '@sveltejs/kit';
import { dashboardDataset } from '$lib/charts/source.server';
import { allDays, dayPage } from '$lib/charts/pages';
import { isDay } from '$lib/charts/view';

export async function entries() {
	return allDays(await dashboardDataset()).map((date) => ({ date }));
}

export async function load({ params }) {
	if (!isDay(params.date)) error(404, `Not a day: ${params.date} (expected YYYY-MM-DD)`);
	return dayPage(await dashboardDataset(), params.date);
}
