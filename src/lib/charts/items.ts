/**
 * What each chart plots in a view, as plain data: the charts draw these, the tables list them and
 * the export helper writes them as CSV or JSON. Pure functions of the dashboard data (the inlined
 * summary and the day details loaded so far, see dashboard-data.ts) and the view.
 *
 * An item's `sources` are its quotes once its day's details are at hand, and empty before; its
 * `href` (the first sentence) and `sourceCount` are always known. The outlet and text filters
 * read sources: the dashboard loads the details of the period before applying them.
 */
import type { Appearance, EventKind, PartOfDay, Role, TimelineEvent } from '$lib/types';
import { evidenceHref } from '$lib/links';
import { dataExtent, type ArticleSummary } from '$lib/dataset/dataset-index';
import { daysBetween, overlaps } from '$lib/chart/time';
import {
	appearanceKey,
	type AppearanceMark,
	type DashboardData,
	type EventMark,
	type SourceRef
} from './dashboard-data';
import { DEFAULT_REGION, type View } from './view';

export type { ArticleSummary, DashboardData, SourceRef };
export { dataExtent };

/** Where an item links and how many sources it has, known before its sources are loaded. */
type Linked = {
	/** The first source's sentence. */
	href: string;
	sourceCount: number;
};

export type MeetingItem = {
	id: string;
	date: string;
	/** Last day (same as `date` for a one-day event). */
	end: string;
	recurrence?: 'daily';
	kind: EventKind;
	partOfDay?: PartOfDay;
	chair?: string;
	participants: string[];
	place?: string;
	title?: string;
	confidence: 'stated' | 'inferred';
	sources: SourceRef[];
} & Linked;

export type CaseItem = {
	id: string;
	date: string;
	region: string;
	confirmed: number | null;
	asymptomatic: number | null;
	window?: string;
	converted?: number;
	conflict: boolean;
	sources: SourceRef[];
} & Linked;

/** One cell of the person × day matrix: the strongest role shown, every appearance kept. */
export type AppearanceItem = {
	person: string;
	pinyin: string;
	personId: string;
	date: string;
	role: Role;
	roles: Role[];
	/** Set when the cell comes from a daily-recurring event (a mark on every day it ran). */
	recurrence?: 'daily';
	/** First and last day of that recurrence. */
	recurrenceFrom?: string;
	recurrenceTo?: string;
	sources: (SourceRef & { role: Role; event?: string })[];
	/** The first source's sentence (the mark's link). */
	href?: string;
	/** How many sources there are when `sources` holds only some or none of them yet. */
	sourceCount?: number;
};

export type PersonRow = {
	name: string;
	pinyin: string;
	id: string;
	count: number;
};

export type DayCount = {
	day: string;
	count: number;
};

/** Strongest first: a chair who also speaks is drawn as chair. */
export const ROLE_ORDER: Role[] = ['chair', 'speaker', 'participant', 'credit', 'referenced'];

const PART_ORDER: PartOfDay[] = [
	'early-morning',
	'morning',
	'noon',
	'afternoon',
	'evening',
	'night'
];

/**
 * Case-insensitive match of the search text against quotes, titles and extra fields (names,
 * pinyin, places); extra fields also match with spaces ignored (`jingjunhai`, `Jing Junhai`).
 */
function matchesText(q: string, sources: SourceRef[], extra: (string | undefined)[] = []): boolean {
	if (!q) return true;
	const needle = q.toLowerCase();
	const squashed = needle.replace(/\s+/g, '');
	return (
		sources.some(
			(s) => s.quote.toLowerCase().includes(needle) || s.title.toLowerCase().includes(needle)
		) ||
		extra.some((x) => {
			const hay = x?.toLowerCase();
			return !!hay && (hay.includes(needle) || hay.replace(/\s+/g, '').includes(squashed));
		})
	);
}

function matchesOutlet(outlets: string[], sources: SourceRef[]): boolean {
	return !outlets.length || sources.some((s) => outlets.includes(s.outlet));
}

/** True when the view needs the items' sources to filter them (outlets, text search). */
export function filtersBySource(view: Pick<View, 'outlets' | 'q'>): boolean {
	return view.outlets.length > 0 || view.q !== '';
}

/** Meetings and other events overlapping the view's period, filtered, in time order. */
export function meetingItems(data: DashboardData, view: View): MeetingItem[] {
	const pinyin = new Map(data.people.map((p) => [p.name, p.pinyin]));
	const out: MeetingItem[] = [];
	for (const e of data.events) {
		const end = e.dateEnd && e.dateEnd > e.date ? e.dateEnd : e.date;
		if (!overlaps(e.date, end, view.from, view.to)) continue;
		if (view.kinds.length && !view.kinds.includes(e.kind)) continue;
		if (view.people.length && !view.people.some((p) => p === e.chair || e.participants.includes(p)))
			continue;
		const sources = data.details(e.date)?.events[e.id] ?? [];
		if (!matchesOutlet(view.outlets, sources)) continue;
		const names = [...(e.chair ? [e.chair] : []), ...e.participants];
		const words = [e.title, e.place, ...names, ...names.map((n) => pinyin.get(n))];
		if (!matchesText(view.q, sources, words)) continue;
		out.push({
			id: e.id,
			date: e.date,
			end,
			recurrence: e.recurrence,
			kind: e.kind,
			partOfDay: e.partOfDay,
			chair: e.chair,
			participants: e.participants,
			place: e.place,
			title: e.title,
			confidence: e.confidence ?? 'stated',
			sources,
			href: e.href,
			sourceCount: e.sourceCount
		});
	}
	return out.sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			partRank(a.partOfDay) - partRank(b.partOfDay) ||
			a.id.localeCompare(b.id)
	);
}

function partRank(p: PartOfDay | undefined): number {
	return p ? PART_ORDER.indexOf(p) : 2.5;
}

/** Regions with case figures, the province first, then by number of reports. */
export function caseRegions(data: Pick<DashboardData, 'caseReports'>): string[] {
	const counts = new Map<string, number>();
	for (const c of data.caseReports) counts.set(c.region, (counts.get(c.region) ?? 0) + 1);
	counts.set(DEFAULT_REGION, counts.get(DEFAULT_REGION) ?? 0);
	return [...counts.keys()].sort(
		(a, b) =>
			Number(b === DEFAULT_REGION) - Number(a === DEFAULT_REGION) ||
			counts.get(b)! - counts.get(a)! ||
			a.localeCompare(b, 'zh')
	);
}

/**
 * Daily case figures of the view's region in its period. Two full-day reports of the same day that
 * disagree are flagged as a conflict even when the extractor did not say so.
 */
export function caseItems(data: DashboardData, view: View): CaseItem[] {
	const out: CaseItem[] = [];
	for (const c of data.caseReports) {
		if (c.region !== view.region) continue;
		if (c.date < view.from || c.date > view.to) continue;
		const sources = data.details(c.date)?.caseReports[c.id] ?? [];
		if (!matchesOutlet(view.outlets, sources)) continue;
		if (!matchesText(view.q, sources, [c.region])) continue;
		out.push({
			id: c.id,
			date: c.date,
			region: c.region,
			confirmed: c.confirmed,
			asymptomatic: c.asymptomatic,
			window: c.window,
			converted: c.converted,
			conflict: !!c.conflict,
			sources: [...sources],
			href: c.href,
			sourceCount: c.sourceCount
		});
	}
	const fullDay = new Map<string, CaseItem[]>();
	for (const c of out) if (!c.window) fullDay.set(c.date, [...(fullDay.get(c.date) ?? []), c]);
	const agree = (a: number | null, b: number | null) => a === null || b === null || a === b;
	const given = (c: CaseItem) => Number(c.confirmed !== null) + Number(c.asymptomatic !== null);
	const shown = new Set(out);
	for (const same of fullDay.values()) {
		for (const c of same) {
			// A headline's confirmed-only count of a day a fuller report agrees with is that report.
			const fuller = same.find(
				(d) =>
					d !== c &&
					shown.has(d) &&
					given(d) > given(c) &&
					agree(c.confirmed, d.confirmed) &&
					agree(c.asymptomatic, d.asymptomatic)
			);
			if (fuller) {
				fuller.sources.push(...c.sources);
				fuller.sourceCount += c.sourceCount;
				shown.delete(c);
			}
		}
		const left = same.filter((c) => shown.has(c));
		const clash = left.some((c) =>
			left.some((d) => !agree(c.confirmed, d.confirmed) || !agree(c.asymptomatic, d.asymptomatic))
		);
		if (clash) for (const c of left) c.conflict = true;
	}
	return [...shown].sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			Number(!!b.window) - Number(!!a.window) ||
			a.id.localeCompare(b.id)
	);
}

/** Roles that recur with a daily event: the people who held or attended each meeting. */
const RECURRING_ROLES: Role[] = ['chair', 'participant'];

/**
 * The days an appearance stands for: one, or every day of a daily-recurring event its chair or
 * a participant belongs to (`每天…主持召开`, 2–9 March → eight days).
 */
function appearanceDays(
	a: Pick<Appearance, 'date' | 'event' | 'role'>,
	events: Map<string, Pick<TimelineEvent, 'date' | 'dateEnd' | 'recurrence'>>
): string[] {
	const e = a.event ? events.get(a.event) : undefined;
	if (!e || e.recurrence !== 'daily' || !e.dateEnd || e.dateEnd <= e.date) return [a.date];
	if (!RECURRING_ROLES.includes(a.role)) return [a.date];
	return daysBetween(e.date, e.dateEnd);
}

/**
 * The sources of an appearance mark the view keeps: all of them (or none yet loaded) without an
 * outlet or text filter; else those from the outlets chosen whose quote, title, person or pinyin
 * matches. Null when the view drops the mark.
 */
function markSources(
	mark: AppearanceMark,
	sources: SourceRef[],
	view: View,
	pinyin: string | undefined
): SourceRef[] | null {
	if (!filtersBySource(view)) return sources;
	const kept = sources.filter(
		(s) => matchesOutlet(view.outlets, [s]) && matchesText(view.q, [s], [mark.person, pinyin])
	);
	return kept.length ? kept : null;
}

/** An appearance mark with what every view asks of it, worked out once per dataset. */
type Span = { mark: AppearanceMark; days: string[]; first: string; last: string; key: string };

const spansOf = new WeakMap<AppearanceMark[], Span[]>();

/** The marks' days (a daily meeting's run), computed once: a brush recounts the matrix at once. */
function markSpans(data: Pick<DashboardData, 'appearances' | 'events'>): Span[] {
	let spans = spansOf.get(data.appearances);
	if (!spans) {
		const events = new Map<string, EventMark>(data.events.map((e) => [e.id, e]));
		spans = data.appearances.map((mark) => {
			const days = appearanceDays(mark, events);
			return { mark, days, first: days[0], last: days[days.length - 1], key: appearanceKey(mark) };
		});
		spansOf.set(data.appearances, spans);
	}
	return spans;
}

/**
 * The person × day matrix: rows by number of appearances in the view (most first), the top
 * `limit` unless `view.allPeople` (then at most `MAX_ROWS`), and one cell per person and day. A
 * daily-recurring event gives its chair and participants a cell on every day it ran, each
 * linking to the same sentence.
 */
export function appearanceMatrix(
	data: DashboardData,
	view: View,
	limit = 15
): { rows: PersonRow[]; items: AppearanceItem[]; totalRows: number } {
	const byName = new Map(data.people.map((p) => [p.name, p]));
	// one look at each day's details (a reactive read on the page), not one per mark
	const dayDetails = new Map<string, ReturnType<DashboardData['details']>>();
	const detailsOn = (day: string) => {
		if (!dayDetails.has(day)) dayDetails.set(day, data.details(day));
		return dayDetails.get(day);
	};
	// first the marks the view keeps and each person's days; cells only for the rows drawn
	const kept: {
		mark: AppearanceMark;
		days: string[];
		inView: string[];
		sources: SourceRef[];
		count: number;
	}[] = [];
	const daysOf = new Map<string, Set<string>>();
	for (const { mark, days, first, last, key } of markSpans(data)) {
		if (last < view.from || first > view.to) continue;
		if (!view.referenced && mark.role === 'referenced') continue;
		if (view.people.length && !view.people.includes(mark.person)) continue;
		const loaded = detailsOn(mark.date)?.appearances[key] ?? [];
		const sources = markSources(mark, loaded, view, byName.get(mark.person)?.pinyin);
		if (!sources) continue;
		const inView = days.filter((d) => d >= view.from && d <= view.to);
		const count = filtersBySource(view) ? sources.length : mark.sourceCount;
		kept.push({ mark, days, inView, sources, count });
		let seen = daysOf.get(mark.person);
		if (!seen) daysOf.set(mark.person, (seen = new Set()));
		for (const d of inView) seen.add(d);
	}
	const all = [...daysOf.entries()]
		.map(([name, days]) => {
			const p = byName.get(name);
			return { name, count: days.size, pinyin: p?.pinyin ?? '', id: p?.id ?? '' };
		})
		.sort(
			(a, b) =>
				b.count - a.count || a.pinyin.localeCompare(b.pinyin) || a.name.localeCompare(b.name)
		);
	const rows = all.slice(0, view.allPeople ? MAX_ROWS : limit);
	const rowOf = new Map(rows.map((r, i) => [r.name, i]));
	const cells = new Map<string, AppearanceItem>();
	for (const { mark, days, inView, sources, count } of kept) {
		if (!rowOf.has(mark.person)) continue;
		const p = byName.get(mark.person);
		for (const date of inView) {
			const key = `${mark.person}|${date}`;
			let cell = cells.get(key);
			if (!cell) {
				cell = {
					person: mark.person,
					pinyin: p?.pinyin ?? '',
					personId: p?.id ?? '',
					date,
					role: mark.role,
					roles: [],
					sources: [],
					href: filtersBySource(view) ? sources[0].href : mark.href,
					sourceCount: 0
				};
				cells.set(key, cell);
			}
			if (days.length > 1) {
				cell.recurrence = 'daily';
				cell.recurrenceFrom = days[0];
				cell.recurrenceTo = days[days.length - 1];
			}
			if (!cell.roles.includes(mark.role)) cell.roles.push(mark.role);
			for (const s of sources) cell.sources.push({ ...s, role: mark.role, event: mark.event });
			cell.sourceCount = (cell.sourceCount ?? 0) + count;
		}
	}
	for (const cell of cells.values()) {
		cell.roles.sort((x, y) => ROLE_ORDER.indexOf(x) - ROLE_ORDER.indexOf(y));
		cell.role = cell.roles[0];
	}
	const items = [...cells.values()].sort(
		(a, b) => a.date.localeCompare(b.date) || rowOf.get(a.person)! - rowOf.get(b.person)!
	);
	return { rows, items, totalRows: all.length };
}

/** Rows the matrix draws at most when every person is asked for (the rest: filter by person). */
export const MAX_ROWS = 200;

/** The cells of the appearance matrix in the current view (see `appearanceMatrix`). */
export function appearanceItems(data: DashboardData, view: View, limit = 15): AppearanceItem[] {
	return appearanceMatrix(data, view, limit).items;
}

/**
 * Articles per day over the whole extent (the overview shows everything; the brush picks the
 * period), filtered by outlets and the title search (which needs every day's details).
 */
export function overviewItems(data: DashboardData, view: View): DayCount[] {
	const counts = new Map<string, number>();
	const needle = view.q.toLowerCase();
	if (needle) {
		for (const day of data.detailDays)
			for (const a of data.details(day)?.articles ?? []) {
				if (view.outlets.length && !view.outlets.includes(a.outlet)) continue;
				if (a.title.toLowerCase().includes(needle)) counts.set(a.day, (counts.get(a.day) ?? 0) + 1);
			}
	} else {
		for (const [day, outlet, n] of data.articleCounts) {
			if (view.outlets.length && !view.outlets.includes(data.outlets[outlet])) continue;
			counts.set(day, (counts.get(day) ?? 0) + n);
		}
	}
	return daysBetween(data.extent.from, data.extent.to).map((day) => ({
		day,
		count: counts.get(day) ?? 0
	}));
}

/** Outlets by number of articles. */
export function outletList(data: Pick<DashboardData, 'outlets'>): string[] {
	return data.outlets;
}

/**
 * The days whose details the view needs: every day of the period (tables, exports, the outlet
 * and text filters) and the days holding the sources of what runs into it (a multi-day event's
 * first day, the appearances of a daily meeting). With a text search, every day (the overview
 * searches all titles). Only days that have details are listed.
 */
export function detailDaysFor(data: DashboardData, view: View): string[] {
	const days = new Set<string>();
	const inPeriod = (d: string) => d >= view.from && d <= view.to;
	for (const d of data.detailDays) if (view.q || inPeriod(d)) days.add(d);
	const events = new Map(data.events.map((e) => [e.id, e]));
	for (const e of data.events)
		if (overlaps(e.date, e.dateEnd && e.dateEnd > e.date ? e.dateEnd : e.date, view.from, view.to))
			days.add(e.date);
	for (const a of data.appearances)
		if (a.event && events.get(a.event)?.recurrence === 'daily')
			if (appearanceDays(a, events).some(inPeriod)) days.add(a.date);
	const known = new Set(data.detailDays);
	return [...days].filter((d) => known.has(d)).sort();
}

/**
 * One person's appearances as a matrix with one row per role (the person page's strip): a cell
 * per role and day, and, as in `appearanceMatrix`, a daily-recurring event's chair or participant
 * on every day it ran. `label` names a row (the role in the page's language).
 */
export function roleMatrix(
	appearances: Appearance[],
	events: TimelineEvent[],
	label: (role: Role) => string
): { rows: PersonRow[]; items: AppearanceItem[] } {
	const byId = new Map(events.map((e) => [e.id, e]));
	const cells = new Map<string, AppearanceItem>();
	const counts = new Map<Role, number>();
	for (const a of appearances) {
		const days = appearanceDays(a, byId);
		for (const date of days) {
			const key = `${a.role}|${date}`;
			let cell = cells.get(key);
			if (!cell) {
				cell = {
					person: label(a.role),
					pinyin: '',
					personId: '',
					date,
					role: a.role,
					roles: [a.role],
					sources: []
				};
				cells.set(key, cell);
				counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
			}
			if (days.length > 1) {
				cell.recurrence = 'daily';
				cell.recurrenceFrom = days[0];
				cell.recurrenceTo = days[days.length - 1];
			}
			cell.sources.push({
				article: a.article,
				title: '',
				outlet: '',
				day: a.date,
				paragraph: a.evidence.paragraph,
				quote: a.evidence.quote,
				href: evidenceHref(a.evidence),
				role: a.role,
				event: a.event
			});
		}
	}
	const rows = ROLE_ORDER.filter((r) => counts.has(r)).map((r) => ({
		name: label(r),
		pinyin: '',
		id: '',
		count: counts.get(r)!
	}));
	const items = [...cells.values()].sort(
		(a, b) =>
			a.date.localeCompare(b.date) || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)
	);
	return { rows, items };
}
