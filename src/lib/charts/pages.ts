/** What the day and person pages show, picked from the dataset (pure; the routes stay thin). */
import type {
	Appearance,
	CaseReport,
	Dataset,
	Evidence,
	Person,
	Role,
	TimelineEvent
} from '$lib/types';
import { evidenceHref } from '$lib/links';
import { contentDays } from './content-days';
import { assignPersonColours, type PersonColours } from '$lib/chart/palette';
import { dashboardData } from './dashboard-data';
import type { ArticleSummary } from './items';

export interface Sentence {
	quote: string;
	href: string;
	/** What the sentence supports: `event`, `cases` or a role. */
	about: 'event' | 'cases' | Role;
}

export interface ArticleSentences extends ArticleSummary {
	sentences: Sentence[];
}

export interface DayPage {
	day: string;
	previous: string | null;
	next: string | null;
	events: TimelineEvent[];
	caseReports: CaseReport[];
	appearances: Appearance[];
	people: Person[];
	articles: ArticleSentences[];
	colours: PersonColours;
}

/** Every day that has something (each gets a page; an empty day gets none). */
export function allDays(ds: Dataset): string[] {
	return contentDays(ds);
}

function summaries(ds: Dataset): Map<string, ArticleSummary> {
	return new Map(
		ds.articles.map((a) => [a.id, { id: a.id, title: a.title, day: a.day, outlet: a.outlet }])
	);
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

/** A day: its events (multi-day ones included), case figures, appearances and the sentences about it. */
export function dayPage(ds: Dataset, day: string): DayPage {
	const days = allDays(ds);
	const i = days.indexOf(day);
	const events = ds.events.filter((e) => e.date <= day && (e.dateEnd ?? e.date) >= day);
	const caseReports = ds.caseReports.filter((c) => c.date === day);
	const appearances = ds.appearances.filter((a) => a.date === day);
	const articles = summaries(ds);
	const byArticle = new Map<string, ArticleSentences>();
	for (const e of events) for (const s of e.sources) collect(byArticle, articles, s, 'event');
	for (const c of caseReports) for (const s of c.sources) collect(byArticle, articles, s, 'cases');
	for (const a of appearances) collect(byArticle, articles, a.evidence, a.role);
	for (const a of ds.articles)
		if (a.day === day && !byArticle.has(a.id))
			byArticle.set(a.id, { ...articles.get(a.id)!, sentences: [] });
	const names = new Set(appearances.map((a) => a.person));
	for (const e of events) if (e.chair) names.add(e.chair);
	return {
		day,
		previous: i > 0 ? days[i - 1] : null,
		next: i >= 0 && i < days.length - 1 ? days[i + 1] : null,
		events,
		caseReports,
		appearances,
		people: ds.people.filter((p) => names.has(p.name)),
		articles: [...byArticle.values()].sort(
			(a, b) => b.sentences.length - a.sentences.length || a.day.localeCompare(b.day)
		),
		colours: assignPersonColours(ds.events, ds.appearances)
	};
}

export interface PersonPage {
	person: Person;
	appearances: Appearance[];
	events: TimelineEvent[];
	coAppearing: { name: string; id: string; pinyin: string; count: number }[];
	articles: ArticleSentences[];
	extent: { from: string; to: string };
	colours: PersonColours;
}

/** A person: appearances by role, the events they chaired or attended, who appears with them. */
export function personPage(ds: Dataset, id: string): PersonPage | null {
	const person = ds.people.find((p) => p.id === id);
	if (!person) return null;
	const appearances = ds.appearances
		.filter((a) => a.person === person.name)
		.sort((a, b) => a.date.localeCompare(b.date));
	const eventIds = new Set(appearances.map((a) => a.event).filter(Boolean));
	const events = ds.events
		.filter(
			(e) => e.chair === person.name || e.participants.includes(person.name) || eventIds.has(e.id)
		)
		.sort((a, b) => a.date.localeCompare(b.date));
	const articleIds = new Set(appearances.map((a) => a.article));
	const counts = new Map<string, number>();
	const seen = new Set<string>();
	for (const a of ds.appearances) {
		if (a.person === person.name || a.role === 'referenced' || !articleIds.has(a.article)) continue;
		const key = `${a.person}|${a.article}`;
		if (seen.has(key)) continue;
		seen.add(key);
		counts.set(a.person, (counts.get(a.person) ?? 0) + 1);
	}
	const byName = new Map(ds.people.map((p) => [p.name, p]));
	const coAppearing = [...counts.entries()]
		.map(([name, count]) => ({
			name,
			count,
			id: byName.get(name)?.id ?? '',
			pinyin: byName.get(name)?.pinyin ?? ''
		}))
		.sort((a, b) => b.count - a.count || a.pinyin.localeCompare(b.pinyin));
	const articles = summaries(ds);
	const byArticle = new Map<string, ArticleSentences>();
	for (const a of appearances) collect(byArticle, articles, a.evidence, a.role);
	const { extent } = dashboardData(ds);
	return {
		person,
		appearances,
		events,
		coAppearing,
		articles: [...byArticle.values()].sort((a, b) => a.day.localeCompare(b.day)),
		extent,
		colours: assignPersonColours(ds.events, ds.appearances)
	};
}
