/**
 * What the dashboard reads, in two parts whose size does not grow the same way:
 *
 * - the summary, inlined in the page: every mark the charts can draw for any period, kind, person
 *   or region (events, case figures per day and region, appearances grouped per person, day and
 *   role), each with the link to its first sentence and how many sources it has; articles per day
 *   and outlet for the overview. No quotes, no titles, never article bodies.
 * - day details, one prerendered JSON file a day (`/data/dashboard/<day>.json`), loaded when
 *   asked: the sources of that day's items (quote, article title, outlet, link) and the day's
 *   articles. Tooltips, tables, exports and the outlet and text filters use them.
 *
 * Pure: Dataset in, plain data out; the server builds both, the client joins them (items.ts).
 */
import type { CaseReport, Dataset, Evidence, Role, TimelineEvent } from '$lib/types';
import type { PersonColours } from '$lib/chart/palette';
import { evidenceHref } from '$lib/links';
import { indexDataset, type ArticleSummary } from '$lib/dataset/dataset-index';
import type { Extent } from './view';
import { contentDays } from './content-days';

/** A source of an item as tooltips, tables and exports show it. */
export type SourceRef = {
	article: string;
	title: string;
	outlet: string;
	day: string;
	paragraph: number;
	quote: string;
	href: string;
};

/** What a mark needs before its sources are loaded: where it links and how many sources it has. */
interface MarkSources {
	/** The first source's link (`/articles/<id>?s=<start>-<end>#p-<n>`). */
	href: string;
	sourceCount: number;
}

export type EventMark = Omit<TimelineEvent, 'sources'> & MarkSources;
export type CaseMark = Omit<CaseReport, 'sources'> & MarkSources;

/** Appearances of one person on one day in one role (and event), in dataset order. */
export type AppearanceMark = {
	person: string;
	date: string;
	role: Role;
	event?: string;
} & MarkSources;

export interface PersonInfo {
	name: string;
	pinyin: string;
	id: string;
}

/** The dashboard's inlined part (see above). */
export interface DashboardSummary {
	extent: Extent;
	/** Palette slots of the coloured few; everyone else is grey. */
	colours: PersonColours;
	/** Outlets, most articles first. */
	outlets: string[];
	/** Articles per day and outlet: `[day, index in outlets, count]`. */
	articleCounts: [string, number, number][];
	people: PersonInfo[];
	events: EventMark[];
	caseReports: CaseMark[];
	appearances: AppearanceMark[];
	/** Days with a details file and a day page (something was published, happened or was reported). */
	detailDays: string[];
}

/** The sources of one day's items, and its articles (`/data/dashboard/<day>.json`). */
export interface DayDetails {
	day: string;
	/** Articles published that day. */
	articles: ArticleSummary[];
	/** Events starting that day → their sources. */
	events: Record<string, SourceRef[]>;
	/** Case reports for that day → their sources. */
	caseReports: Record<string, SourceRef[]>;
	/** Appearances dated that day, by `appearanceKey` → their sources. */
	appearances: Record<string, SourceRef[]>;
}

/** The dashboard's data: the summary and whatever day details are at hand. */
export interface DashboardData extends DashboardSummary {
	/** A day's details, or undefined while not loaded. */
	details: (day: string) => DayDetails | undefined;
}

/** The key of an appearance mark in its day's details. */
export function appearanceKey(a: Pick<AppearanceMark, 'person' | 'role' | 'event'>): string {
	return `${a.person}|${a.role}|${a.event ?? ''}`;
}

function marked<T extends { sources: Evidence[] }>(item: T): Omit<T, 'sources'> & MarkSources {
	const { sources, ...rest } = item;
	return { ...rest, href: sources[0] ? evidenceHref(sources[0]) : '', sourceCount: sources.length };
}

const summaries = new WeakMap<Dataset, DashboardSummary>();

/** The inlined part of the dashboard for a dataset (built once). */
export function dashboardSummary(ds: Dataset): DashboardSummary {
	let summary = summaries.get(ds);
	if (summary) return summary;
	const index = indexDataset(ds);
	const perOutlet = new Map<string, number>();
	for (const a of ds.articles) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
	const outlets = [...perOutlet.keys()].sort(
		(a, b) => perOutlet.get(b)! - perOutlet.get(a)! || a.localeCompare(b)
	);
	const outletAt = new Map(outlets.map((o, i) => [o, i]));
	const counts = new Map<string, [string, number, number]>();
	for (const a of ds.articles) {
		const key = `${a.day}|${a.outlet}`;
		const row = counts.get(key);
		if (row) row[2]++;
		else counts.set(key, [a.day, outletAt.get(a.outlet)!, 1]);
	}
	const marks = new Map<string, AppearanceMark>();
	for (const a of ds.appearances) {
		const key = `${a.date}|${appearanceKey(a)}`;
		const mark = marks.get(key);
		if (mark) mark.sourceCount++;
		else
			marks.set(key, {
				person: a.person,
				date: a.date,
				role: a.role,
				...(a.event ? { event: a.event } : {}),
				href: evidenceHref(a.evidence),
				sourceCount: 1
			});
	}
	const named = new Set(ds.appearances.map((a) => a.person));
	for (const e of ds.events) {
		if (e.chair) named.add(e.chair);
		for (const p of e.participants) named.add(p);
	}
	summary = {
		extent: index.extent,
		colours: index.colours,
		outlets,
		articleCounts: [...counts.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]),
		people: index.peopleNamed(named).map(({ name, pinyin, id }) => ({ name, pinyin, id })),
		events: ds.events.map(marked),
		caseReports: ds.caseReports.map(marked),
		appearances: [...marks.values()],
		detailDays: contentDays(ds)
	};
	summaries.set(ds, summary);
	return summary;
}

function sourceRef(e: Evidence, articles: Map<string, ArticleSummary>): SourceRef {
	const a = articles.get(e.article);
	return {
		article: e.article,
		title: a?.title ?? e.article,
		outlet: a?.outlet ?? '',
		day: a?.day ?? '',
		paragraph: e.paragraph,
		quote: e.quote,
		href: evidenceHref(e)
	};
}

/** The details of one day (sources of what starts, is reported or appears that day). */
export function dayDetails(ds: Dataset, day: string): DayDetails {
	const index = indexDataset(ds);
	const here = index.byDay.get(day);
	const refs = (sources: Evidence[]) => sources.map((s) => sourceRef(s, index.summaries));
	const events: Record<string, SourceRef[]> = {};
	for (const e of here?.events ?? []) if (e.date === day) events[e.id] = refs(e.sources);
	const caseReports: Record<string, SourceRef[]> = {};
	for (const c of here?.caseReports ?? []) caseReports[c.id] = refs(c.sources);
	const appearances: Record<string, SourceRef[]> = {};
	for (const a of here?.appearances ?? [])
		(appearances[appearanceKey(a)] ??= []).push(sourceRef(a.evidence, index.summaries));
	return {
		day,
		articles: (here?.articles ?? []).map((a) => index.summaries.get(a.id)!),
		events,
		caseReports,
		appearances
	};
}

const full = new WeakMap<Dataset, DashboardData>();

/** Summary and every day's details (the server's prerendered images and the tests). */
export function dashboardData(ds: Dataset): DashboardData {
	let data = full.get(ds);
	if (data) return data;
	const days = new Map<string, DayDetails>();
	data = {
		...dashboardSummary(ds),
		details: (day) => {
			let d = days.get(day);
			if (!d) days.set(day, (d = dayDetails(ds, day)));
			return d;
		}
	};
	full.set(ds, data);
	return data;
}
