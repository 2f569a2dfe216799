import { error, json } from '@sveltejs/kit';
import { dashboardDataset, dashboardManifest } from '$lib/charts/source.server';
import { personSentences } from '$lib/charts/pages';
import { indexDataset } from '$lib/dataset/dataset-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Only the people whose page lists part of their articles need the rest as a file. */
export const entries: EntryGenerator = async () =>
	(await dashboardManifest()).longPeople.map((id) => ({ id }));

/** Every article a person appears in, with the sentences (the person page's "show all"). */
export const GET: RequestHandler = async ({ params }) => {
	const ds = await dashboardDataset();
	const person = indexDataset(ds).personById.get(params.id);
	if (!person) error(404, `No person with id ${params.id}`);
	return json(personSentences(ds, person.name));
};
