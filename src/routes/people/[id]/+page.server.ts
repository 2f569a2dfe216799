import { error } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { personPage } from '$lib/charts/pages';

export async function entries() {
	return (await dashboardManifest()).people.map((id) => ({ id }));
}

export async function load({ params }) {
	const page = personPage(await dashboardDataset(), params.id);
	if (!page) error(404, `No person with id ${params.id}`);
	return page;
}
