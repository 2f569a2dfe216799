/** What the day and person pages show, picked from the dataset (pure; the routes stay thin). */
import type { CaseReport, Dataset, Evidence, Person, Role, TimelineEvent } from '$lib/types';
import { evidenceHref } from '$lib/links';
import type { PersonColours } from '$lib/chart/palette';
import { indexDataset, itemsAbout, type ArticleSummary } from '$lib/dataset/dataset-index';
import { roleMatrix, type AppearanceItem, type PersonRow } from './items';
import { contentDays } from './content-days';

export interface Sentence {
	quote: string;
	href: string;
	/** What the sentence supports: `event`, `cases` or a role. */
	about: 'event' | 'cases' | Role;
}

export interface ArticleSentences extends ArticleSummary {
	sentences: Sentence[];
}

/** Sources quoted per event or count on a page; the rest are counted (`sourceCount`). */
export const SOURCES_SHOWN = 3;
/** Articles listed on a day or person page at first; the rest load from its JSON when asked. */
export const ARTICLES_SHOWN = 100;

/** An event or count with its first sources only, and how many there are in all. */
export type Capped<T extends { sources: Evidence[] }> = T & { sourceCount: number };

function capSources<T extends { sources: Evidence[] }>(item: T): Capped<T> {
	return {
		...item,
		sources: item.sources.slice(0, SOURCES_SHOWN),
		sourceCount: item.sources.length
	};
}

/** A person named on a day page, with the roles they had that day (none for a chair only). */
export interface DayPerson {
	id: string;
	name: string;
	pinyin: string;
	roles: Role[];
}

export interface DayPage {
	day: string;
	previous: string | null;
	next: string | null;
	events: Capped<TimelineEvent>[];
	caseReports: Capped<CaseReport>[];
	people: DayPerson[];
	/** The first `ARTICLES_SHOWN` articles (most sentences first); all of them in `/data/days/<day>.json`. */
	articles: ArticleSentences[];
	articleCount: number;
	colours: PersonColours;
}

const dayLists = new WeakMap<Dataset, string[]>();

/** Every day that has something (each gets a page; an empty day gets none). */
export function allDays(ds: Dataset): string[] {
	let days = dayLists.get(ds);
	if (!days) dayLists.set(ds, (days = contentDays(ds)));
	return days;
}

function collect(
	into: Map<string, ArticleSentences>,
	articles: Map<string, ArticleSummary>,
	e: Evidence,
	about: Sentence['about']
) {
	const a = articles.get(e.article);
	if (!a) return;
	let entry = into.get(a.id);
	if (!entry) into.set(a.id, (entry = { ...a, sentences: [] }));
	const href = evidenceHref(e);
	if (!entry.sentences.some((s) => s.href === href && s.about === about))
		entry.sentences.push({ quote: e.quote, href, about });
}

/** Every article with its sentences about a day, most sentences first. */
export function daySentences(ds: Dataset, day: string): ArticleSentences[] {
	const index = indexDataset(ds);
	const here = index.byDay.get(day);
	const articles = index.summaries;
	const byArticle = new Map<string, ArticleSentences>();
	for (const e of here?.events ?? [])
		for (const s of e.sources) collect(byArticle, articles, s, 'event');
	for (const c of here?.caseReports ?? [])
		for (const s of c.sources) collect(byArticle, articles, s, 'cases');
	for (const a of here?.appearances ?? []) collect(byArticle, articles, a.evidence, a.role);
	for (const a of here?.articles ?? [])
		if (!byArticle.has(a.id)) byArticle.set(a.id, { ...articles.get(a.id)!, sentences: [] });
	return [...byArticle.values()].sort(
		(a, b) => b.sentences.length - a.sentences.length || a.day.localeCompare(b.day)
	);
}

/**
 * A day: its events (multi-day ones included), case figures, who appeared in which roles, and the
 * sentences about it; long lists are cut (links and quotes, never copies of whole articles).
 */
export function dayPage(ds: Dataset, day: string): DayPage {
	const index = indexDataset(ds);
	const days = allDays(ds);
	const i = days.indexOf(day);
	const here = index.byDay.get(day);
	const events = here?.events ?? [];
	const roles = new Map<string, Set<Role>>();
	for (const a of here?.appearances ?? []) {
		let set = roles.get(a.person);
		if (!set) roles.set(a.person, (set = new Set()));
		set.add(a.role);
	}
	const names = new Set(roles.keys());
	for (const e of events) if (e.chair) names.add(e.chair);
	const articles = daySentences(ds, day);
	return {
		day,
		previous: i > 0 ? days[i - 1] : null,
		next: i >= 0 && i < days.length - 1 ? days[i + 1] : null,
		events: events.map(capSources),
		caseReports: (here?.caseReports ?? []).map(capSources),
		people: index
			.peopleNamed(names)
			.map(({ id, name, pinyin }) => ({ id, name, pinyin, roles: [...(roles.get(name) ?? [])] })),
		articles: articles.slice(0, ARTICLES_SHOWN),
		articleCount: articles.length,
		colours: coloursOf(index.colours, names)
	};
}

/** The palette slots of the people a page names (the rest are grey). */
function coloursOf(colours: PersonColours, names: Iterable<string>): PersonColours {
	const out: PersonColours = {};
	for (const n of names) if (colours[n] !== undefined) out[n] = colours[n];
	return out;
}

export interface PersonPage {
	person: Person;
	/** The role × day strip (row and item names are role keys; the page shows their labels). */
	strip: { rows: PersonRow[]; items: AppearanceItem[] };
	events: Capped<TimelineEvent>[];
	coAppearing: { name: string; id: string; pinyin: string; count: number }[];
	/** The first `ARTICLES_SHOWN` articles by day; all of them in `/data/people/<id>.json`. */
	articles: ArticleSentences[];
	articleCount: number;
	/** The person's days (each has a day page): the axis links those. */
	days: string[];
	extent: { from: string; to: string };
	colours: PersonColours;
}

/** Every article a person appears in, with the sentences, by day. */
export function personSentences(ds: Dataset, name: string): ArticleSentences[] {
	const index = indexDataset(ds);
	const appearances = [...itemsAbout(index.byPerson, name).appearances].sort((a, b) =>
		a.date.localeCompare(b.date)
	);
	const byArticle = new Map<string, ArticleSentences>();
	for (const a of appearances) collect(byArticle, index.summaries, a.evidence, a.role);
	return [...byArticle.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** A person: appearances by role, the events they chaired or attended, who appears with them. */
export function personPage(ds: Dataset, id: string): PersonPage | null {
	const index = indexDataset(ds);
	const person = index.personById.get(id);
	if (!person) return null;
	const about = itemsAbout(index.byPerson, person.name);
	const appearances = [...about.appearances].sort((a, b) => a.date.localeCompare(b.date));
	const events = [...about.events].sort((a, b) => a.date.localeCompare(b.date));
	// who else appears (not merely named) in the articles this person appears in
	const counts = new Map<string, number>();
	const articleIds = new Set(appearances.map((a) => a.article));
	for (const article of articleIds) {
		const seen = new Set<string>();
		for (const a of itemsAbout(index.byArticle, article).appearances) {
			if (a.person === person.name || a.role === 'referenced' || seen.has(a.person)) continue;
			seen.add(a.person);
			counts.set(a.person, (counts.get(a.person) ?? 0) + 1);
		}
	}
	const coAppearing = [...counts.entries()]
		.map(([name, count]) => {
			const p = index.personByName.get(name);
			return { name, count, id: p?.id ?? '', pinyin: p?.pinyin ?? '' };
		})
		.sort((a, b) => b.count - a.count || a.pinyin.localeCompare(b.pinyin));
	const strip = roleMatrix(appearances, events, (role) => role);
	for (const item of strip.items) {
		item.sourceCount = item.sources.length;
		item.sources = item.sources.slice(0, SOURCES_SHOWN);
	}
	const articles = personSentences(ds, person.name);
	const names = new Set([person.name]);
	for (const e of events) if (e.chair) names.add(e.chair);
	return {
		person,
		strip,
		events: events.map(capSources),
		coAppearing,
		articles: articles.slice(0, ARTICLES_SHOWN),
		articleCount: articles.length,
		days: contentDays({ articles: [], caseReports: [], events, appearances }),
		extent: index.extent,
		colours: coloursOf(index.colours, names)
	};
}
