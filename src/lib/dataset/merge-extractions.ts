/**
 * The second half of `buildExtraction` (src/lib/extract/index.ts): merge what each article
 * yielded (`extractArticle`) into the dataset's events, counts, people and appearances. Split out
 * so the per-article half can run in worker threads and be cached; the merge is cheap and needs
 * every article, so it runs once, here.
 *
 * Keep this in step with `buildExtraction`: test/unit/extract-pipeline.test.ts checks that both
 * give the same dataset. (The extraction rules are another helper's file for now; the natural
 * home of this function is next to `buildExtraction`, which would then call it.)
 */
import type { Appearance } from '../types';
import {
	linkAppearances,
	makePeople,
	mergeEventsWithIndex,
	type ArticleExtraction,
	type Extraction
} from '../extract/index';
import type { ArticleEvent } from '../extract/events';
import { mergeCaseReports, mergeCumulativeReports } from '../extract/case-reports';

/** Events merged across articles, counts merged, one Person per name, appearances linked. */
export function mergeExtractions(perArticle: readonly ArticleExtraction[]): Extraction {
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
