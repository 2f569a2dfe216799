/**
 * Scoring a dataset against a hand reading (`truth.json`, the format of the real-text development
 * set): precision, recall and F1 for event-days, case reports and people, with every miss and false
 * positive named by file. Pure: dataset and truth in, figures out.
 *
 * Keys, all restricted to the files the truth reads and to the focus region:
 * - event-days: (file, date, kind) of each focus event; a range counts as its start day;
 * - case reports: (file, date, confirmed, asymptomatic); a stricter measure adds the region;
 * - people: (file, name) for the articles whose truth `subject` is the focus region.
 * The dataset side is its main lists (which hold only focus items) mapped to files through each
 * item's evidence. A focus item in an article the truth gives to another region is a false
 * positive; a set-aside item is never counted.
 */
import { inFocus } from '../extract/regions';
import type { Dataset, Evidence } from '../types';

/** One article's hand reading (extra fields such as `url`, `note`, `evidence` are ignored). */
export interface TruthArticle {
	file: string;
	/** The region the article is about, `全国`, or null when off topic. */
	subject?: string | null;
	events: Array<{ date: string; kind: string; region?: string | null; dateEnd?: string }>;
	caseReports: Array<{
		date: string;
		region: string;
		confirmed: number | null;
		asymptomatic: number | null;
	}>;
	people: string[];
}

export interface Measure {
	name: string;
	truePositives: string[];
	/** In the dataset, not in the truth. */
	falsePositives: string[];
	/** In the truth, not in the dataset. */
	misses: string[];
	precision: number;
	recall: number;
	f1: number;
}

export interface Score {
	focus: string;
	files: number;
	measures: Measure[];
}

const SEP = ' | ';

function measure(name: string, truth: Set<string>, found: Set<string>): Measure {
	const truePositives = [...found].filter((k) => truth.has(k)).sort();
	const falsePositives = [...found].filter((k) => !truth.has(k)).sort();
	const misses = [...truth].filter((k) => !found.has(k)).sort();
	const tp = truePositives.length;
	// Nothing to find and nothing found is perfect, not undefined.
	const precision = found.size ? tp / found.size : 1;
	const recall = truth.size ? tp / truth.size : 1;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { name, truePositives, falsePositives, misses, precision, recall, f1 };
}

/** `null` and absent figures print the same. */
function figure(n: number | null | undefined): string {
	return n === null || n === undefined ? '-' : String(n);
}

/**
 * Score `dataset` against `truth` for the dataset's focus region (`corpus.focus`, `吉林省` for a
 * dataset written before there was one).
 */
export function scoreDataset(dataset: Dataset, truth: readonly TruthArticle[]): Score {
	const focus = dataset.corpus.focus ?? '吉林省';
	const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]));
	const truthFiles = new Set(truth.map((t) => t.file));
	/** The truth's files an item's evidence comes from. */
	const files = (sources: Evidence[]) => [
		...new Set(
			sources.map((s) => fileOf.get(s.article)).filter((f): f is string => !!f && truthFiles.has(f))
		)
	];
	/** A subdivision the gazetteer does not know (`莲花山区`) is in the article's province. */
	const regionOk = (region: string | null | undefined, subject?: string | null) =>
		inFocus(region ?? undefined, focus, subject ?? undefined);

	const truthEvents = new Set<string>();
	const truthCases = new Set<string>();
	const truthCasesRegion = new Set<string>();
	const truthPeople = new Set<string>();
	for (const t of truth) {
		for (const e of t.events) {
			if (regionOk(e.region, t.subject)) truthEvents.add([t.file, e.date, e.kind].join(SEP));
		}
		for (const c of t.caseReports) {
			if (!regionOk(c.region, t.subject)) continue;
			truthCases.add([t.file, c.date, figure(c.confirmed), figure(c.asymptomatic)].join(SEP));
			truthCasesRegion.add(
				[t.file, c.date, c.region, figure(c.confirmed), figure(c.asymptomatic)].join(SEP)
			);
		}
		if (t.subject === focus) for (const name of t.people) truthPeople.add([t.file, name].join(SEP));
	}

	const foundEvents = new Set<string>();
	for (const e of dataset.events) {
		for (const f of files(e.sources)) foundEvents.add([f, e.date, e.kind].join(SEP));
	}
	const foundCases = new Set<string>();
	const foundCasesRegion = new Set<string>();
	for (const c of dataset.caseReports) {
		for (const f of files(c.sources)) {
			foundCases.add([f, c.date, figure(c.confirmed), figure(c.asymptomatic)].join(SEP));
			foundCasesRegion.add(
				[f, c.date, c.region, figure(c.confirmed), figure(c.asymptomatic)].join(SEP)
			);
		}
	}
	const foundPeople = new Set<string>();
	for (const a of dataset.appearances) {
		for (const f of files([a.evidence])) foundPeople.add([f, a.person].join(SEP));
	}

	return {
		focus,
		files: truth.length,
		measures: [
			measure('event-days', truthEvents, foundEvents),
			measure('case reports', truthCases, foundCases),
			measure('case reports (with region)', truthCasesRegion, foundCasesRegion),
			measure('people', truthPeople, foundPeople)
		]
	};
}

/** The figures as a small table; with `verbose`, every miss and false positive. */
export function formatScore(score: Score, verbose = false): string {
	const pct = (x: number) => x.toFixed(3);
	const width = Math.max(...score.measures.map((m) => m.name.length));
	const lines = [`focus ${score.focus}, ${score.files} files`];
	for (const m of score.measures) {
		const counts = `tp ${m.truePositives.length}, fp ${m.falsePositives.length}, fn ${m.misses.length}`;
		lines.push(
			`${m.name.padEnd(width)}  P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (${counts})`
		);
	}
	if (verbose) {
		for (const m of score.measures) {
			if (!m.misses.length && !m.falsePositives.length) continue;
			lines.push('', `${m.name}:`);
			for (const k of m.misses) lines.push(`  miss  ${k}`);
			for (const k of m.falsePositives) lines.push(`  extra ${k}`);
		}
	}
	return lines.join('\n');
}
