import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export async function load() {
	const { corpus, articles, events, caseReports, people, appearances } = await getDataset();
	return {
		corpus,
		counts: {
			events: events.length,
			caseReports: caseReports.length,
			people: people.length,
			appearances: appearances.length
		},
		articles: articles.map(({ id, file, title, day, outlet, encoding, paragraphs }) => ({
			id,
			file,
			title,
			day,
			outlet,
			encoding,
			paragraphs: paragraphs.length
		}))
	};
}
