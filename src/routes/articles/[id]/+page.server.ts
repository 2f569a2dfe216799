import { error } from '@sveltejs/kit';
import { findDates, lastMentionedDate } from '$lib/extract/dates';
import { getDataset } from '$lib/server/dataset';
import { assignPersonColours } from '$lib/chart/palette';

export const prerender = true;

export async function entries() {
	return (await getDataset()).articles.map(({ id }) => ({ id }));
}

export async function load({ params }) {
	const { articles, events, caseReports, appearances, people } = await getDataset();
	const index = articles.findIndex((a) => a.id === params.id);
	if (index < 0) error(404, `No article ${params.id}`);
	const summary = (i: number) =>
		articles[i] ? { id: articles[i].id, title: articles[i].title, day: articles[i].day } : null;
	const fromHere = <T extends { sources: { article: string }[] }>(items: T[]) =>
		items.filter((item) => item.sources.some((s) => s.article === params.id));
	const article = articles[index];
	const here = people.filter((p) =>
		appearances.some((a) => a.article === params.id && a.person === p.name)
	);
	// the same colour per person as on the charts (assigned over the whole dataset)
	const all = assignPersonColours(events, appearances);
	return {
		article,
		dates: dateMarks(article.paragraphs, article.day),
		previous: summary(index - 1),
		next: summary(index + 1),
		events: fromHere(events),
		caseReports: fromHere(caseReports),
		appearances: appearances.filter((a) => a.article === params.id),
		people: here,
		colours: Object.fromEntries(here.map((p) => [p.name, all[p.name] ?? -1]))
	};
}

/** Every date expression in the article, resolved in reading order (`当天` needs what came before). */
function dateMarks(paragraphs: { text: string }[], articleDay: string) {
	let lastDate: string | undefined;
	return paragraphs.flatMap((p, paragraph) => {
		const mentions = findDates(p.text, { articleDay, lastDate });
		lastDate = lastMentionedDate(mentions) ?? lastDate;
		return mentions.map(({ start, end, date, dateEnd }) => ({
			paragraph,
			start,
			end,
			date,
			dateEnd
		}));
	});
}
