import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export async function load() {
	const { articles } = await getDataset();
	return { articles: articles.map(({ id, title, day, outlet }) => ({ id, title, day, outlet })) };
}
