import { setAsideByRegion } from '$lib/dataset/set-aside';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export async function load() {
	const dataset = await getDataset();
	const { corpus, articles, events, caseReports, people, appearances } = dataset;
	return {
		corpus,
		counts: {
			events: events.length,
			caseReports: caseReports.length,
			people: people.length,
			appearances: appearances.length
		},
		setAside: setAsideByRegion(dataset),
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
