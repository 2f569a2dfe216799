import { error } from '@sveltejs/kit';
import { findDates, lastMentionedDate } from '$lib/extract/dates';
import { getDataset, getManifest } from '$lib/server/dataset';
import { indexDataset, itemsAbout } from '$lib/dataset/dataset-index';
import type { Evidence } from '$lib/types';

export const prerender = true;

export async function entries() {
	return (await getManifest()).articles.map((id) => ({ id }));
}

export async function load({ params }) {
	const id = params.id; // read once: `params` is a tracking proxy
	const ds = await getDataset();
	const index = indexDataset(ds);
	const at = index.articleAt.get(id);
	if (at === undefined) error(404, `No article ${id}`);
	// the reading view draws paragraph text (not the allowlisted html) and this article's sentences
	const { paragraphs, ...rest } = ds.articles[at];
	const article = {
		...rest,
		paragraphs: paragraphs.map(({ id, text, kind }) => ({ id, text, kind }))
	};
	const ownSources = <T extends { sources: Evidence[] }>(item: T): T => ({
		...item,
		sources: item.sources.filter((s) => s.article === id)
	});
	const summary = (i: number) => (ds.articles[i] ? index.summaries.get(ds.articles[i].id)! : null);
	const { events, caseReports, appearances } = itemsAbout(index.byArticle, id);
	const people = index.peopleNamed(appearances.map((a) => a.person));
	return {
		article,
		dates: dateMarks(article.paragraphs, article.day),
		previous: summary(at - 1),
		next: summary(at + 1),
		events: events.map(ownSources),
		caseReports: caseReports.map(ownSources),
		appearances,
		people,
		// the same colour per person as on the charts (assigned over the whole dataset)
		colours: Object.fromEntries(people.map((p) => [p.name, index.colours[p.name] ?? -1]))
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
