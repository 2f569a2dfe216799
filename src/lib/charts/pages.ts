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
import { daysBetween } from '$lib/chart/time';
import type { PersonColours } from '$lib/chart/palette';
import { indexDataset, itemsAbout, type ArticleSummary } from '$lib/dataset/dataset-index';

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

/** Every day on the dashboard's axis (each gets a page). */
export function allDays(ds: Dataset): string[] {
	const { extent } = indexDataset(ds);
	return daysBetween(extent.from, extent.to);
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
	const index = indexDataset(ds);
	const days = allDays(ds);
	const i = days.indexOf(day);
	const here = index.byDay.get(day);
	const events = here?.events ?? [];
	const caseReports = here?.caseReports ?? [];
	const appearances = here?.appearances ?? [];
	const articles = index.summaries;
	const byArticle = new Map<string, ArticleSentences>();
	for (const e of events) for (const s of e.sources) collect(byArticle, articles, s, 'event');
	for (const c of caseReports) for (const s of c.sources) collect(byArticle, articles, s, 'cases');
	for (const a of appearances) collect(byArticle, articles, a.evidence, a.role);
	for (const a of here?.articles ?? [])
		if (!byArticle.has(a.id)) byArticle.set(a.id, { ...articles.get(a.id)!, sentences: [] });
	const names = new Set(appearances.map((a) => a.person));
	for (const e of events) if (e.chair) names.add(e.chair);
	return {
		day,
		previous: i > 0 ? days[i - 1] : null,
		next: i >= 0 && i < days.length - 1 ? days[i + 1] : null,
		events,
		caseReports,
		appearances,
		people: index.peopleNamed(names),
		articles: [...byArticle.values()].sort(
			(a, b) => b.sentences.length - a.sentences.length || a.day.localeCompare(b.day)
		),
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
	appearances: Appearance[];
	events: TimelineEvent[];
	coAppearing: { name: string; id: string; pinyin: string; count: number }[];
	articles: ArticleSentences[];
	extent: { from: string; to: string };
	colours: PersonColours;
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
	const byArticle = new Map<string, ArticleSentences>();
	for (const a of appearances) collect(byArticle, index.summaries, a.evidence, a.role);
	const names = new Set([person.name]);
	for (const e of events) if (e.chair) names.add(e.chair);
	return {
		person,
		appearances,
		events,
		coAppearing,
		articles: [...byArticle.values()].sort((a, b) => a.day.localeCompare(b.day)),
		extent: index.extent,
		colours: coloursOf(index.colours, names)
	};
}
