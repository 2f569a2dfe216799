/**
 * Index once, look up per page: maps from an article, a person or a day to the items about it,
 * built in one pass over the dataset when it is first asked for. A page's `load` reads these
 * instead of scanning the whole dataset (a scan per page makes the build quadratic: 20,000 article
 * pages × 200,000 appearances). Pure: Dataset in, maps out.
 */
import type { Appearance, Article, CaseReport, Dataset, Person, TimelineEvent } from '../types';
import { assignPersonColours, type PersonColours } from '../chart/palette';
import { daysBetween } from '../chart/time';

/** What the dashboard gets of an article: never its body. */
export interface ArticleSummary {
	id: string;
	title: string;
	day: string;
	outlet: string;
	/** The original address, when known (carried into exports). */
	link?: string;
}

/** The items one article, person or day is about, in dataset order. */
export interface ItemsAbout {
	events: TimelineEvent[];
	caseReports: CaseReport[];
	appearances: Appearance[];
}

export interface DatasetIndex {
	/** Article id → position in `dataset.articles` (publication order). */
	articleAt: Map<string, number>;
	summaries: Map<string, ArticleSummary>;
	/** Article id → the events and counts it is a source of, and its appearances. */
	byArticle: Map<string, ItemsAbout>;
	/** Person name → their appearances and the events they chaired, attended or appear in. */
	byPerson: Map<string, ItemsAbout>;
	/** Day → events running that day, counts for that day, appearances, articles published. */
	byDay: Map<string, ItemsAbout & { articles: Article[] }>;
	personById: Map<string, Person>;
	personByName: Map<string, Person>;
	/** The people with these names, in dataset order (names not in `people` are left out). */
	peopleNamed(names: Iterable<string>): Person[];
	/** Palette slots over the whole dataset (the same colour for a person everywhere). */
	colours: PersonColours;
	/** The days the dashboard spans (March and April 2022 at least). */
	extent: { from: string; to: string };
}

const empty = (): ItemsAbout => ({ events: [], caseReports: [], appearances: [] });

function slot<K, V>(map: Map<K, V>, key: K, make: () => V): V {
	let v = map.get(key);
	if (!v) map.set(key, (v = make()));
	return v;
}

/** Push `item` once per distinct key (an event cited twice by one article is listed once). */
function addOnce<T>(lists: Map<string, T[]>, keys: Iterable<string>, item: T) {
	for (const key of new Set(keys)) slot(lists, key, () => []).push(item);
}

/**
 * The days the dashboard spans: March and April 2022 at least, widened to every dated item and
 * article so nothing falls off the axis.
 */
export function dataExtent(
	days: Iterable<string>,
	min = { from: '2022-03-01', to: '2022-04-30' }
): { from: string; to: string } {
	let from = min.from;
	let to = min.to;
	for (const d of days) {
		if (!d) continue;
		if (d < from) from = d;
		if (d > to) to = d;
	}
	return { from, to };
}

function* datasetDays(ds: Dataset): Generator<string> {
	for (const a of ds.articles) yield a.day;
	for (const e of ds.events) {
		yield e.date;
		if (e.dateEnd) yield e.dateEnd;
	}
	for (const c of ds.caseReports) yield c.date;
	for (const a of ds.appearances) yield a.date;
}

function build(ds: Dataset): DatasetIndex {
	const articleAt = new Map<string, number>();
	const summaries = new Map<string, ArticleSummary>();
	ds.articles.forEach((a, i) => {
		articleAt.set(a.id, i);
		const { id, title, day, outlet, link } = a;
		summaries.set(id, link ? { id, title, day, outlet, link } : { id, title, day, outlet });
	});

	const byArticle = new Map<string, ItemsAbout>();
	const byPerson = new Map<string, ItemsAbout>();
	const byDay = new Map<string, ItemsAbout & { articles: Article[] }>();
	const dayItems = (d: string) => slot(byDay, d, () => ({ ...empty(), articles: [] as Article[] }));

	const eventsOf = new Map<string, TimelineEvent[]>();
	const eventById = new Map<string, TimelineEvent>();
	for (const e of ds.events) {
		eventById.set(e.id, e);
		addOnce(
			eventsOf,
			e.sources.map((s) => s.article),
			e
		);
		for (const d of daysBetween(e.date, e.dateEnd && e.dateEnd > e.date ? e.dateEnd : e.date))
			dayItems(d).events.push(e);
	}
	for (const [id, events] of eventsOf) slot(byArticle, id, empty).events = events;

	const countsOf = new Map<string, CaseReport[]>();
	for (const c of ds.caseReports) {
		addOnce(
			countsOf,
			c.sources.map((s) => s.article),
			c
		);
		dayItems(c.date).caseReports.push(c);
	}
	for (const [id, counts] of countsOf) slot(byArticle, id, empty).caseReports = counts;

	// a person's events: chaired, attended, or linked from one of their appearances
	const personEvents = new Map<string, Set<TimelineEvent>>();
	const addEvent = (name: string, e: TimelineEvent | undefined) => {
		if (e) slot(personEvents, name, () => new Set()).add(e);
	};
	for (const e of ds.events) {
		if (e.chair) addEvent(e.chair, e);
		for (const p of e.participants) addEvent(p, e);
	}
	for (const a of ds.appearances) {
		slot(byArticle, a.article, empty).appearances.push(a);
		slot(byPerson, a.person, empty).appearances.push(a);
		dayItems(a.date).appearances.push(a);
		if (a.event) addEvent(a.person, eventById.get(a.event));
	}
	const eventOrder = new Map(ds.events.map((e, i) => [e, i]));
	for (const [name, set] of personEvents)
		slot(byPerson, name, empty).events = [...set].sort(
			(a, b) => eventOrder.get(a)! - eventOrder.get(b)!
		);

	for (const a of ds.articles) dayItems(a.day).articles.push(a);

	const personAt = new Map(ds.people.map((p, i) => [p.name, i]));
	const peopleNamed = (names: Iterable<string>) =>
		[...new Set(names)]
			.filter((n) => personAt.has(n))
			.sort((a, b) => personAt.get(a)! - personAt.get(b)!)
			.map((n) => ds.people[personAt.get(n)!]);

	return {
		peopleNamed,
		articleAt,
		summaries,
		byArticle,
		byPerson,
		byDay,
		personById: new Map(ds.people.map((p) => [p.id, p])),
		personByName: new Map(ds.people.map((p) => [p.name, p])),
		colours: assignPersonColours(ds.events, ds.appearances),
		// The corpus's period leaves out outliers (a stray 2005 article must not stretch the axis).
		extent: dataExtent(
			ds.corpus.period ? [ds.corpus.period.from, ds.corpus.period.to] : datasetDays(ds)
		)
	};
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built on first use and kept as long as the dataset is. */
export function indexDataset(ds: Dataset): DatasetIndex {
	let index = indexes.get(ds);
	if (!index) indexes.set(ds, (index = build(ds)));
	return index;
}

/** Items about an article, person or day: the empty lists when there are none. */
export function itemsAbout<K>(map: Map<K, ItemsAbout>, key: K): ItemsAbout {
	return map.get(key) ?? empty();
}
