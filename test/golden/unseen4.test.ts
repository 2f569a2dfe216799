/**
 * A fourth set of articles written to test the extraction on text it was not built from
 * (test/fixtures/unseen4: a joint inspection by leaders named bare in a list, a numbered provincial
 * press conference with 昨日0—24时 and an announced next one, district secretaries in a list with
 * estimates (约, 余, 近千), a meeting 会议由…主持 with 出席, a work group's arrival, a national
 * video conference attended 在吉林分会场, a 本报讯（记者 …） lead, a prefecture bulletin),
 * against the hand reading in unseen4-truth.json, compared the same way as unseen3. On a mismatch
 * the actual reading is written beside the truth as `unseen4.actual.json` (never over the truth).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import type { Evidence } from '../../src/lib/types';

interface TruthEvent {
	date: string;
	dateEnd?: string;
	recurrence?: string;
	kind: string;
	chair?: string;
	confidence?: string;
}
interface TruthCount {
	date: string;
	region: string;
	confirmed: number | null;
	asymptomatic: number | null;
	window?: string;
	converted?: number;
}
interface TruthArticle {
	file: string;
	events: TruthEvent[];
	caseReports: TruthCount[];
	cumulativeReports: TruthCount[];
	people: string[];
	editorsExcluded: string[];
}
type Reading = Pick<TruthArticle, 'events' | 'caseReports' | 'cumulativeReports' | 'people'>;

const DIR = path.resolve('test/fixtures/unseen4');
const TRUTH_FILE = path.resolve('test/golden/unseen4-truth.json');
const ACTUAL_FILE = path.resolve('test/golden/unseen4.actual.json');

const truth: TruthArticle[] = JSON.parse(readFileSync(TRUTH_FILE, 'utf8'));
const files = readdirSync(DIR)
	.sort()
	.map((file) => ({ file, bytes: readFileSync(path.join(DIR, file)) }));
const dataset = buildDataset(DIR, files, [], new Date(0));

const sorted = <T>(list: T[]) =>
	[...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function eventShape(e: TruthEvent): TruthEvent {
	const out: TruthEvent = { date: e.date, kind: e.kind };
	if (e.chair) out.chair = e.chair;
	if (e.dateEnd) out.dateEnd = e.dateEnd;
	if (e.recurrence) out.recurrence = e.recurrence;
	if (e.confidence === 'inferred') out.confidence = e.confidence;
	return out;
}

function countShape(c: TruthCount): TruthCount {
	const out: TruthCount = {
		date: c.date,
		region: c.region,
		confirmed: c.confirmed,
		asymptomatic: c.asymptomatic
	};
	if (c.window) out.window = c.window;
	if (c.converted !== undefined) out.converted = c.converted;
	return out;
}

/** What the dataset says about one file, in the truth's shape. */
function actualFor(file: string): Reading {
	const article = dataset.articles.find((a) => a.file === file);
	if (!article) return { events: [], caseReports: [], cumulativeReports: [], people: [] };
	const from = (sources: Evidence[]) => sources.some((s) => s.article === article.id);
	return {
		events: sorted(dataset.events.filter((e) => from(e.sources)).map(eventShape)),
		caseReports: sorted(dataset.caseReports.filter((c) => from(c.sources)).map(countShape)),
		cumulativeReports: sorted(
			dataset.cumulativeReports.filter((c) => from(c.sources)).map(countShape)
		),
		people: [
			...new Set(dataset.appearances.filter((a) => a.article === article.id).map((a) => a.person))
		].sort()
	};
}

function expectedFor(t: TruthArticle): Reading {
	return {
		events: sorted(t.events.map(eventShape)),
		caseReports: sorted(t.caseReports.map(countShape)),
		cumulativeReports: sorted(t.cumulativeReports.map(countShape)),
		people: [...t.people].sort()
	};
}

const actual = truth.map((t) => ({ file: t.file, ...actualFor(t.file) }));
let mismatch = false;

describe('unseen articles, fourth set', () => {
	it('every file is read, with no errors', () => {
		expect(dataset.articles.map((a) => a.file).sort()).toEqual(truth.map((t) => t.file).sort());
		expect(dataset.corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it.each(truth.map((t, i) => [t.file, i] as const))('%s', (_name, i) => {
		const { file, ...got } = actual[i];
		const expected = expectedFor(truth[i]);
		if (JSON.stringify(got) !== JSON.stringify(expected)) mismatch = true;
		expect({ file, ...got }).toEqual({ file, ...expected });
		const names = dataset.people.map((p) => p.name);
		for (const editor of truth[i].editorsExcluded) expect(names).not.toContain(editor);
	});

	it('every evidence quote is the text it points at', () => {
		const byId = new Map(dataset.articles.map((a) => [a.id, a]));
		const evidence = [
			...dataset.events.flatMap((e) => e.sources),
			...dataset.caseReports.flatMap((c) => c.sources),
			...dataset.cumulativeReports.flatMap((c) => c.sources),
			...dataset.appearances.map((a) => a.evidence)
		];
		for (const e of evidence) {
			expect(byId.get(e.article)!.paragraphs[e.paragraph].text.slice(e.start, e.end)).toBe(e.quote);
		}
	});

	it('appearances point at existing events and people', () => {
		const events = new Set(dataset.events.map((e) => e.id));
		const people = new Set(dataset.people.map((p) => p.name));
		for (const a of dataset.appearances) {
			if (a.event) expect(events).toContain(a.event);
			expect(people).toContain(a.person);
		}
	});
});

afterAll(() => {
	if (mismatch) writeFileSync(ACTUAL_FILE, JSON.stringify(actual, null, '\t') + '\n');
	else rmSync(ACTUAL_FILE, { force: true });
});
