/**
 * What each chart plots in a view, as plain data: the charts draw these, the tables list them and
 * the export helper writes them as CSV or JSON. Pure functions of the dashboard data and the view.
 */
import type {
	Appearance,
	CaseReport,
	Evidence,
	EventKind,
	PartOfDay,
	Person,
	Role,
	TimelineEvent
} from '$lib/types';
import { evidenceHref } from '$lib/links';
import type { PersonColours } from '$lib/chart/palette';
import { daysBetween, overlaps } from '$lib/chart/time';
import { DEFAULT_REGION, type Extent, type View } from './view';

/** What the dashboard gets of an article: never its body. */
export interface ArticleSummary {
	id: string;
	title: string;
	day: string;
	outlet: string;
	/** The original address, when known (carried into exports). */
	link?: string;
}

/** Everything the dashboard charts read (picked from the Dataset by the page's server load). */
export interface DashboardData {
	articles: ArticleSummary[];
	events: TimelineEvent[];
	caseReports: CaseReport[];
	people: Person[];
	appearances: Appearance[];
	colours: PersonColours;
	extent: Extent;
}

/**
 * A piece of evidence with what a reader needs to judge it: the article's title and outlet.
 * (Item shapes are `type`s, not interfaces, so they fit the export helper's `Record<string, unknown>`.)
 */
export type SourceRef = {
	article: string;
	title: string;
	outlet: string;
	day: string;
	paragraph: number;
	quote: string;
	href: string;
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
};

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
};

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

function articleIndex(data: Pick<DashboardData, 'articles'>): Map<string, ArticleSummary> {
	return new Map(data.articles.map((a) => [a.id, a]));
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

/** Meetings and other events overlapping the view's period, filtered, in time order. */
export function meetingItems(data: DashboardData, view: View): MeetingItem[] {
	const articles = articleIndex(data);
	const pinyin = new Map(data.people.map((p) => [p.name, p.pinyin]));
	const out: MeetingItem[] = [];
	for (const e of data.events) {
		const end = e.dateEnd && e.dateEnd > e.date ? e.dateEnd : e.date;
		if (!overlaps(e.date, end, view.from, view.to)) continue;
		if (view.kinds.length && !view.kinds.includes(e.kind)) continue;
		if (view.people.length && !view.people.some((p) => p === e.chair || e.participants.includes(p)))
			continue;
		const sources = e.sources.map((s) => sourceRef(s, articles));
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
			sources
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
	const articles = articleIndex(data);
	const out: CaseItem[] = [];
	for (const c of data.caseReports) {
		if (c.region !== view.region) continue;
		if (c.date < view.from || c.date > view.to) continue;
		const sources = c.sources.map((s) => sourceRef(s, articles));
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
			sources
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

function appearanceMatches(
	a: Appearance,
	view: View,
	source: SourceRef,
	byName: Map<string, Person>
): boolean {
	if (a.date < view.from || a.date > view.to) return false;
	if (!view.referenced && a.role === 'referenced') return false;
	if (view.people.length && !view.people.includes(a.person)) return false;
	if (!matchesOutlet(view.outlets, [source])) return false;
	const p = byName.get(a.person);
	return matchesText(view.q, [source], [a.person, p?.pinyin]);
}

/** Roles that recur with a daily event: the people who held or attended each meeting. */
const RECURRING_ROLES: Role[] = ['chair', 'participant'];

/**
 * The days an appearance stands for: one, or every day of a daily-recurring event its chair or
 * a participant belongs to (`每天…主持召开`, 2–9 March → eight days).
 */
function appearanceDays(a: Appearance, events: Map<string, TimelineEvent>): string[] {
	const e = a.event ? events.get(a.event) : undefined;
	if (!e || e.recurrence !== 'daily' || !e.dateEnd || e.dateEnd <= e.date) return [a.date];
	if (!RECURRING_ROLES.includes(a.role)) return [a.date];
	return daysBetween(e.date, e.dateEnd);
}

/**
 * The person × day matrix: rows by number of appearances in the view (most first), the top
 * `limit` unless `view.allPeople`, and one cell per person and day. A daily-recurring event
 * gives its chair and participants a cell on every day it ran, each linking to the same sentence.
 */
export function appearanceMatrix(
	data: DashboardData,
	view: View,
	limit = 15
): { rows: PersonRow[]; items: AppearanceItem[]; totalRows: number } {
	const articles = articleIndex(data);
	const byName = new Map(data.people.map((p) => [p.name, p]));
	const events = new Map(data.events.map((e) => [e.id, e]));
	const cells = new Map<string, AppearanceItem>();
	const counts = new Map<string, number>();
	for (const a of data.appearances) {
		const source = sourceRef(a.evidence, articles);
		const days = appearanceDays(a, events);
		for (const date of days) {
			if (!appearanceMatches({ ...a, date }, view, source, byName)) continue;
			const key = `${a.person}|${date}`;
			let cell = cells.get(key);
			if (!cell) {
				const p = byName.get(a.person);
				cell = {
					person: a.person,
					pinyin: p?.pinyin ?? '',
					personId: p?.id ?? '',
					date,
					role: a.role,
					roles: [],
					sources: []
				};
				cells.set(key, cell);
				counts.set(a.person, (counts.get(a.person) ?? 0) + 1);
			}
			if (days.length > 1) {
				cell.recurrence = 'daily';
				cell.recurrenceFrom = days[0];
				cell.recurrenceTo = days[days.length - 1];
			}
			if (!cell.roles.includes(a.role)) cell.roles.push(a.role);
			cell.sources.push({ ...source, role: a.role, event: a.event });
		}
	}
	for (const cell of cells.values()) {
		cell.roles.sort((x, y) => ROLE_ORDER.indexOf(x) - ROLE_ORDER.indexOf(y));
		cell.role = cell.roles[0];
	}
	const all = [...counts.entries()]
		.map(([name, count]) => {
			const p = byName.get(name);
			return { name, count, pinyin: p?.pinyin ?? '', id: p?.id ?? '' };
		})
		.sort(
			(a, b) =>
				b.count - a.count || a.pinyin.localeCompare(b.pinyin) || a.name.localeCompare(b.name)
		);
	const rows = view.allPeople ? all : all.slice(0, limit);
	const shown = new Set(rows.map((r) => r.name));
	const items = [...cells.values()]
		.filter((c) => shown.has(c.person))
		.sort(
			(a, b) => a.date.localeCompare(b.date) || rowIndex(rows, a.person) - rowIndex(rows, b.person)
		);
	return { rows, items, totalRows: all.length };
}

function rowIndex(rows: PersonRow[], name: string): number {
	return rows.findIndex((r) => r.name === name);
}

/** The cells of the appearance matrix in the current view (see `appearanceMatrix`). */
export function appearanceItems(data: DashboardData, view: View, limit = 15): AppearanceItem[] {
	return appearanceMatrix(data, view, limit).items;
}

/**
 * Articles per day over the whole extent (the overview shows everything; the brush picks the
 * period), filtered by outlets and the title search.
 */
export function overviewItems(data: DashboardData, view: View): DayCount[] {
	const counts = new Map<string, number>();
	const needle = view.q.toLowerCase();
	for (const a of data.articles) {
		if (view.outlets.length && !view.outlets.includes(a.outlet)) continue;
		if (needle && !a.title.toLowerCase().includes(needle)) continue;
		counts.set(a.day, (counts.get(a.day) ?? 0) + 1);
	}
	return daysBetween(data.extent.from, data.extent.to).map((day) => ({
		day,
		count: counts.get(day) ?? 0
	}));
}

/** Outlets by number of articles. */
export function outletList(data: Pick<DashboardData, 'articles'>): string[] {
	const counts = new Map<string, number>();
	for (const a of data.articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
	return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}

/**
 * The days the dashboard spans: March and April 2022 at least, widened to every dated item and
 * article so nothing falls off the axis.
 */
export function dataExtent(
	days: string[],
	min: Extent = { from: '2022-03-01', to: '2022-04-30' }
): Extent {
	let from = min.from;
	let to = min.to;
	for (const d of days) {
		if (!d) continue;
		if (d < from) from = d;
		if (d > to) to = d;
	}
	return { from, to };
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
