/**
 * The seed articles against the hand reading in seed-truth.json: events by (date, kind, chair,
 * dateEnd, confidence), case reports, and the people named in each article. On a mismatch the
 * actual reading is written beside it as `seed-truth.actual.json` (never over the truth).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/corpus/parse-article';
import { buildExtraction } from '../../src/lib/extract';
import type { Article } from '../../src/lib/types';

interface TruthEvent {
	date: string;
	dateEnd?: string;
	kind: string;
	chair?: string;
	confidence?: string;
}
interface TruthCase {
	date: string;
	region: string;
	confirmed: number | null;
	asymptomatic: number | null;
	window?: string;
}
interface TruthArticle {
	file: string;
	events: TruthEvent[];
	caseReports: TruthCase[];
	people: string[];
	editorsExcluded: string[];
}

const SEEDS = path.resolve('seeds');
const TRUTH_FILE = path.resolve('test/golden/seed-truth.json');
const ACTUAL_FILE = TRUTH_FILE.replace(/\.json$/, '.actual.json');

const truth: TruthArticle[] = JSON.parse(readFileSync(TRUTH_FILE, 'utf8'));
const articles: Article[] = truth.map(({ file }) => {
	const { article } = parseArticle(file, readFileSync(path.join(SEEDS, file)));
	if (!article) throw new Error(`${file} did not parse`);
	return article;
});
const extraction = buildExtraction(articles);

const byKey = <T>(list: T[]) =>
	[...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** What the extraction says about one article, in the truth's shape. */
function actualFor(article: Article): Omit<TruthArticle, 'file' | 'editorsExcluded'> {
	const from = (sources: { article: string }[]) => sources.some((s) => s.article === article.id);
	return {
		events: byKey(
			extraction.events
				.filter((e) => from(e.sources))
				.map((e) => {
					const out: TruthEvent = { date: e.date, kind: e.kind };
					if (e.chair) out.chair = e.chair;
					if (e.dateEnd) out.dateEnd = e.dateEnd;
					if (e.confidence === 'inferred') out.confidence = e.confidence;
					return out;
				})
		),
		caseReports: byKey(
			extraction.caseReports
				.filter((c) => from(c.sources))
				.map((c) => {
					const out: TruthCase = {
						date: c.date,
						region: c.region,
						confirmed: c.confirmed,
						asymptomatic: c.asymptomatic
					};
					if (c.window) out.window = c.window;
					return out;
				})
		),
		people: [
			...new Set(
				extraction.appearances.filter((a) => a.article === article.id).map((a) => a.person)
			)
		].sort()
	};
}

function expectedFor(t: TruthArticle): Omit<TruthArticle, 'file' | 'editorsExcluded'> {
	return {
		events: byKey(
			t.events.map((e) => {
				const out: TruthEvent = { date: e.date, kind: e.kind };
				if (e.chair) out.chair = e.chair;
				if (e.dateEnd) out.dateEnd = e.dateEnd;
				if (e.confidence === 'inferred') out.confidence = e.confidence;
				return out;
			})
		),
		caseReports: byKey(
			t.caseReports.map((c) => {
				const out: TruthCase = {
					date: c.date,
					region: c.region,
					confirmed: c.confirmed,
					asymptomatic: c.asymptomatic
				};
				if (c.window) out.window = c.window;
				return out;
			})
		),
		people: [...t.people].sort()
	};
}

/** Drop the file name to compare with `expectedFor`. */
function expectedShape({ events, caseReports, people }: (typeof actual)[number]) {
	return { events, caseReports, people };
}

const actual = articles.map((a, i) => ({ file: truth[i].file, ...actualFor(a) }));
let mismatch = false;

describe('seed truth', () => {
	it.each(truth.map((t, i) => [t.file, i] as const))('%s', (_name, i) => {
		const expected = expectedFor(truth[i]);
		const got = expectedShape(actual[i]);
		if (JSON.stringify(got) !== JSON.stringify(expected)) mismatch = true;
		expect(got).toEqual(expected);
		const names = extraction.people.map((p) => p.name);
		for (const editor of truth[i].editorsExcluded) expect(names).not.toContain(editor);
	});

	it('every evidence quote is the text it points at', () => {
		const byId = new Map(articles.map((a) => [a.id, a]));
		const evidence = [
			...extraction.events.flatMap((e) => e.sources),
			...extraction.caseReports.flatMap((c) => c.sources),
			...extraction.appearances.map((a) => a.evidence)
		];
		for (const e of evidence) {
			expect(byId.get(e.article)!.paragraphs[e.paragraph].text.slice(e.start, e.end)).toBe(e.quote);
		}
	});

	it('appearances point at existing events and people', () => {
		const events = new Set(extraction.events.map((e) => e.id));
		const people = new Set(extraction.people.map((p) => p.name));
		for (const a of extraction.appearances) {
			if (a.event) expect(events).toContain(a.event);
			expect(people).toContain(a.person);
		}
		const ids = extraction.people.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

afterAll(() => {
	if (mismatch) writeFileSync(ACTUAL_FILE, JSON.stringify(actual, null, '\t') + '\n');
	else rmSync(ACTUAL_FILE, { force: true });
});
