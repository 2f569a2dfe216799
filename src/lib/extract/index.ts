/**
 * Extraction entry points: one article (`extractArticle`) or a whole corpus (`buildExtraction`,
 * which merges events and counts across articles and links appearances to the merged events).
 */
import type { Appearance, Article, CaseReport, CumulativeReport, Dataset, Person } from '../types';
import { extractPeople, linkAppearances, type ArticleAppearance } from './appearances';
import { extractCaseReports, mergeCaseReports, mergeCumulativeReports } from './case-reports';
import { analyzeArticle, mergeEventsWithIndex, type ArticleEvent } from './events';
import { makePeople } from './people';
import { isAboutEpidemic } from './topic';

export { extractEvents, mergeEvents, mergeEventsWithIndex } from './events';
export { extractPeople, linkAppearances } from './appearances';
export { findPersonMentions, makePeople, ROSTER } from './people';
export { toSimplified } from './script';
export { isAboutEpidemic } from './topic';

/** What one article yields, before merging with other articles. */
export interface ArticleExtraction {
	events: ArticleEvent[];
	caseReports: Omit<CaseReport, 'id'>[];
	cumulativeReports: Omit<CumulativeReport, 'id'>[];
	people: Person[];
	/** `eventIndex` points into `events`. */
	appearances: ArticleAppearance[];
}

const nothing = (): ArticleExtraction => ({
	events: [],
	caseReports: [],
	cumulativeReports: [],
	people: [],
	appearances: []
});

/** Events, case counts, people and appearances of one article; nothing when it is off topic. */
export function extractArticle(article: Article): ArticleExtraction {
	if (!isAboutEpidemic(article)) return nothing();
	const analysis = analyzeArticle(article);
	const { people, appearances } = extractPeople(article, analysis);
	const { caseReports, cumulativeReports } = extractCaseReports(article);
	return { events: analysis.events, caseReports, cumulativeReports, people, appearances };
}

export type Extraction = Pick<
	Dataset,
	'events' | 'caseReports' | 'cumulativeReports' | 'people' | 'appearances'
>;

/**
 * The extracted part of the dataset for a list of articles: events merged across articles (same
 * date, kind and chair), counts merged, one Person per name, appearances pointing at merged events.
 * With `onError`, an article whose extraction throws yields nothing and is reported there.
 */
export function buildExtraction(
	articles: readonly Article[],
	onError?: (article: Article, error: unknown) => void
): Extraction {
	const perArticle = articles.map((article) => {
		if (!onError) return extractArticle(article);
		try {
			return extractArticle(article);
		} catch (error) {
			onError(article, error);
			return nothing();
		}
	});

	const allEvents: ArticleEvent[] = [];
	const offsets: number[] = [];
	for (const x of perArticle) {
		offsets.push(allEvents.length);
		allEvents.push(...x.events);
	}
	const { events, index } = mergeEventsWithIndex(allEvents);

	const appearances: Appearance[] = perArticle.flatMap((x, a) =>
		linkAppearances(x.appearances, (i) => events[index[offsets[a] + i]]?.id)
	);

	const people = makePeople(
		perArticle.flatMap((x) => x.people.map((p) => ({ name: p.name, titles: p.titles })))
	);

	return {
		events,
		caseReports: mergeCaseReports(perArticle.flatMap((x) => x.caseReports)),
		cumulativeReports: mergeCumulativeReports(perArticle.flatMap((x) => x.cumulativeReports)),
		people,
		appearances
	};
}
