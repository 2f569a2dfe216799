import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

/** The same dataset the CLI writes, for anyone who wants the data without the charts. */
export async function GET() {
	return json(await getDataset());
}
