/**
 * Extraction entry points: one article (`extractArticle`) or a whole corpus (`buildExtraction`,
 * which merges events and counts across articles, links appearances to the merged events and
 * splits everything into the focus region's items and the ones set aside).
 */
import type {
	Appearance,
	Article,
	CaseReport,
	CumulativeReport,
	Dataset,
	Evidence,
	Person,
	TimelineEvent
} from '../types';
import { extractPeople, linkAppearances, type ArticleAppearance } from './appearances';
import {
	extractCaseReports,
	mergeCaseReports,
	mergeCumulativeReports,
	type NewReport,
	type TotalReport
} from './case-reports';
import type { DateFrame } from './dates';
import { analyzeArticle, articleRegionOf, mergeEventsWithIndex, type ArticleEvent } from './events';
import { makePeople } from './people';
import { readingArticle } from './reading';
import { DEFAULT_PROVINCE, inFocus, NATIONAL_REGION, PROVINCES } from './regions';
import { isMarketNews } from './topic';

export type { DateFrame } from './dates';
export { extractEvents, mergeEvents, mergeEventsWithIndex } from './events';
export { extractPeople, linkAppearances } from './appearances';
export { findPersonMentions, makePeople, ROSTER } from './people';
export { DEFAULT_PROVINCE, normaliseRegion } from './regions';
export { toSimplified } from './script';
export { isAboutEpidemic, isMarketNews } from './topic';

/** What one article yields, before merging with other articles. */
export interface ArticleExtraction {
	/** The region the article is about (`Article.region`). */
	region?: string;
	events: ArticleEvent[];
	caseReports: NewReport[];
	cumulativeReports: TotalReport[];
	people: Person[];
	/** `eventIndex` points into `events`. */
	appearances: ArticleAppearance[];
}

export const nothing = (): ArticleExtraction => ({
	events: [],
	caseReports: [],
	cumulativeReports: [],
	people: [],
	appearances: []
});

/**
 * Events, case counts, people and appearances of one article; nothing for market news. `frame`:
 * the corpus's period when the article is a much later page (see `DateFrame`).
 */
export function extractArticle(article: Article, frame?: DateFrame): ArticleExtraction {
	// A mirror's pinyin glosses (`長(zhǎng)春`) are read without; evidence points at the text as written.
	const reading = readingArticle(article);
	const x = extractReadable(reading?.article ?? article, frame);
	if (!reading) return x;
	const { toWritten } = reading;
	const sources = <T extends { sources: Evidence[] }>(items: T[]) =>
		items.map((item) => ({ ...item, sources: item.sources.map(toWritten) }));
	return {
		...x,
		events: sources(x.events),
		caseReports: sources(x.caseReports),
		cumulativeReports: sources(x.cumulativeReports),
		appearances: x.appearances.map((a) => ({ ...a, evidence: toWritten(a.evidence) }))
	};
}

function extractReadable(article: Article, frame?: DateFrame): ArticleExtraction {
	const region = articleRegionOf(article);
	if (isMarketNews(article)) {
		return {
			region,
			events: [],
			caseReports: [],
			cumulativeReports: [],
			people: [],
			appearances: []
		};
	}
	const analysis = analyzeArticle(article, region, frame);
	const { people, appearances } = extractPeople(article, analysis);
	// `全省` means the province the article is about (a national story's figures name theirs).
	// A place the gazetteer does not know is in that province only when the article is about it.
	const home = region && PROVINCES.includes(region) ? region : undefined;
	const province = home ?? DEFAULT_PROVINCE;
	const { caseReports, cumulativeReports } = extractCaseReports(article, {
		province,
		home,
		frame,
		national: region === NATIONAL_REGION
	});
	return { region, events: analysis.events, caseReports, cumulativeReports, people, appearances };
}

export type Extraction = Pick<
	Dataset,
	'events' | 'caseReports' | 'cumulativeReports' | 'people' | 'appearances' | 'setAside'
> & {
	/** `Article.region` of each input article, in input order. */
	regions: Array<string | undefined>;
};

/** Strip the read-under province (only the focus split needs it). */
function withoutProvince<T extends { province?: string }>(items: T[]): Omit<T, 'province'>[] {
	return items.map(({ province: _province, ...rest }) => rest);
}

/**
 * The extracted part of the dataset for a list of articles: events merged across articles (same
 * date, kind, chair and region), counts merged, one Person per name, appearances pointing at
 * merged events. Items of the `focus` region (the province and its cities) fill the main lists;
 * the rest, each with its region, go to `setAside`. With `onError`, an article whose extraction
 * throws yields nothing and is reported there.
 */
export function buildExtraction(
	articles: readonly Article[],
	focus: string = DEFAULT_PROVINCE,
	onError?: (article: Article, error: unknown) => void,
	/** Article id -> the corpus's period, for pages that re-post an earlier story. */
	frames?: ReadonlyMap<string, DateFrame>
): Extraction {
	const perArticle = articles.map((article) => {
		const frame = frames?.get(article.id);
		if (!onError) return extractArticle(article, frame);
		try {
			return extractArticle(article, frame);
		} catch (error) {
			onError(article, error);
			return nothing();
		}
	});
	return mergeExtractions(perArticle, focus);
}

/**
 * The second half of `buildExtraction`: what each article yielded, merged and split by region.
 * Split out so that the per-article half can run in worker threads and be cached; the merge needs
 * every article, so it runs once.
 */
export function mergeExtractions(
	perArticle: readonly ArticleExtraction[],
	focus: string = DEFAULT_PROVINCE
): Extraction {
	// Events: split by region first, so a focus event's id does not depend on other regions.
	const focusEvents: ArticleEvent[] = [];
	const asideEvents: ArticleEvent[] = [];
	const where: Array<Array<{ focus: boolean; at: number }>> = perArticle.map((x) =>
		x.events.map((e) => {
			const inside = inFocus(e.region, focus);
			const list = inside ? focusEvents : asideEvents;
			list.push(e);
			return { focus: inside, at: list.length - 1 };
		})
	);
	const mergedFocus = mergeEventsWithIndex(focusEvents);
	const mergedAside = mergeEventsWithIndex(asideEvents, 'aside');
	const eventOf = (a: number, i: number): { event: TimelineEvent; focus: boolean } | undefined => {
		const w = where[a][i];
		if (!w) return undefined;
		const merged = w.focus ? mergedFocus : mergedAside;
		return { event: merged.events[merged.index[w.at]], focus: w.focus };
	};

	const appearances: Appearance[] = [];
	const asideAppearances: Appearance[] = [];
	perArticle.forEach((x, a) => {
		const articleInFocus = inFocus(x.region, focus);
		for (const appearance of x.appearances) {
			const linked =
				appearance.eventIndex === undefined ? undefined : eventOf(a, appearance.eventIndex);
			const inside = articleInFocus || Boolean(linked?.focus);
			// A focus appearance links only to a focus event (the dashboard knows no other).
			const [link] = linkAppearances([appearance], () =>
				linked && linked.focus === inside ? linked.event.id : undefined
			);
			(inside ? appearances : asideAppearances).push(link);
		}
	});

	const titles = new Map<string, string[]>();
	for (const x of perArticle) {
		for (const p of x.people) titles.set(p.name, [...(titles.get(p.name) ?? []), ...p.titles]);
	}
	const peopleOf = (list: Appearance[], except?: Set<string>) => {
		const names = [...new Set(list.map((a) => a.person))].filter((n) => !except?.has(n));
		return makePeople(names.map((name) => ({ name, titles: titles.get(name) ?? [] })));
	};
	const people = peopleOf(appearances);

	const split = <T extends { region: string; province?: string }>(items: T[]) => {
		const inside: T[] = [];
		const outside: T[] = [];
		for (const item of items)
			(inFocus(item.region, focus, item.province) ? inside : outside).push(item);
		return [withoutProvince(inside), withoutProvince(outside)] as const;
	};
	const [focusCases, asideCases] = split(perArticle.flatMap((x) => x.caseReports));
	const [focusTotals, asideTotals] = split(perArticle.flatMap((x) => x.cumulativeReports));

	return {
		regions: perArticle.map((x) => x.region),
		events: mergedFocus.events,
		caseReports: mergeCaseReports(focusCases),
		cumulativeReports: mergeCumulativeReports(focusTotals),
		people,
		appearances,
		setAside: {
			events: mergedAside.events,
			caseReports: mergeCaseReports(asideCases),
			cumulativeReports: mergeCumulativeReports(asideTotals),
			appearances: asideAppearances,
			people: peopleOf(asideAppearances, new Set(people.map((p) => p.name)))
		}
	};
}

export type { CaseReport, CumulativeReport };
