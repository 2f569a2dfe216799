import { defaultWindow, inWindow, type DateWindow } from '../corpus/dates';
import { internalProblem, parseArticle } from '../corpus/parse-article';
import { shiftDay } from '../extract/dates';
import {
	DEFAULT_PROVINCE,
	extractArticle,
	mergeExtractions,
	nothing,
	type ArticleExtraction,
	type DateFrame,
	type Extraction
} from '../extract/index';
import type { Article, Dataset, Evidence, Problem } from '../types';
import { corpusPeriod } from './period';
import { terminalSafe } from './terminal-safe';

export { terminalSafe };

/** Bumped when a field changes meaning; adding fields keeps the version. */
export const DATASET_VERSION = 1;

/** One file of the corpus as the file-system module hands it over. */
export interface CorpusFile {
	/** Path relative to the corpus folder, `/`-separated. */
	file: string;
	bytes: Uint8Array | string;
}

/**
 * What one file yields on its own: the article (or null when it was skipped), its problems, and
 * what extraction finds in it before merging with other articles. Depends on nothing but the
 * file's name and bytes, so it can run in a worker thread and be cached by content hash.
 */
export interface FileResult {
	article: Article | null;
	problems: Problem[];
	extraction: ArticleExtraction | null;
}

/**
 * Parse one file and extract from it (pure). Only publication days in `window` are accepted. One
 * article's extraction failing costs that article its items (with a note), never the build.
 */
export function readArticleFile(
	file: string,
	bytes: Uint8Array | string,
	window: DateWindow
): FileResult {
	const { article, problems } = parseArticle(file, bytes, { window });
	if (!article) return { article, problems, extraction: null };
	return { article, problems, extraction: extractSafely(article, problems) };
}

function extractSafely(article: Article, problems: Problem[], frame?: DateFrame) {
	try {
		return extractArticle(article, frame);
	} catch (error) {
		problems.push(internalProblem(article.file, 'extraction', error, 'warning'));
		return nothing();
	}
}

/** Unique ids: two files can share an id once their names are slugged (a.txt, a.md); keep both. */
function uniqueIds(articles: (Article | null)[]): (string | null)[] {
	const ids = new Set<string>();
	return articles.map((article) => {
		if (!article) return null;
		let id = article.id;
		for (let n = 2; ids.has(id); n++) id = `${article.id}-${n}`;
		ids.add(id);
		return id;
	});
}

const byPublication = (a: Article, b: Article) =>
	a.published.localeCompare(b.published) || a.id.localeCompare(b.id);

/**
 * The whole dataset from the corpus's files: parse each, skip and record the unreadable ones,
 * extract events, counts and people, merge duplicates across articles, and keep the `focus`
 * region's items in the main lists (the rest in `setAside`). Pure: no file system.
 * `built` is the build's timestamp (the file-system module derives it from the files, so that the
 * same corpus gives the same dataset); `window` the publication days accepted; `focus` a province's
 * full name or `全国` (see `normaliseRegion`).
 */
export function buildDataset(
	dir: string,
	files: CorpusFile[],
	extraProblems: Problem[] = [],
	built = new Date(),
	{
		window = defaultWindow(built),
		focus = DEFAULT_PROVINCE
	}: { window?: DateWindow; focus?: string } = {}
): Dataset {
	const results = files.map(({ file, bytes }) => readArticleFile(file, bytes, window));
	return assembleDataset(dir, files, results, extraProblems, built, { window, focus });
}

/** Point every `article` field inside `value` that names `from` at `to` (a renamed duplicate id). */
function renameArticle<T>(value: T, from: string, to: string): T {
	if (Array.isArray(value)) return value.map((v) => renameArticle(v, from, to)) as T;
	if (!value || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value))
		out[k] = k === 'article' && v === from ? to : renameArticle(v, from, to);
	return out as T;
}

/**
 * The same dataset as `buildDataset`, from per-file results computed elsewhere (worker threads,
 * the extraction cache): `results[i]` belongs to `files[i]`, read with the same `window`.
 */
export function assembleDataset(
	dir: string,
	files: Pick<CorpusFile, 'file'>[],
	results: FileResult[],
	extraProblems: Problem[] = [],
	built = new Date(),
	{
		window = defaultWindow(built),
		focus = DEFAULT_PROVINCE
	}: { window?: DateWindow; focus?: string } = {}
): Dataset {
	const problems: Problem[] = [...extraProblems];
	for (const result of results) problems.push(...result.problems);
	const ids = uniqueIds(results.map((r) => r.article));
	const kept: { article: Article; extraction: ArticleExtraction }[] = [];
	results.forEach((r, i) => {
		if (!r.article || !r.extraction) return;
		const id = ids[i]!;
		kept.push(
			id === r.article.id
				? { article: r.article, extraction: r.extraction }
				: {
						article: { ...r.article, id },
						extraction: renameArticle(r.extraction, r.article.id, id)
					}
		);
	});
	kept.sort((a, b) => byPublication(a.article, b.article));
	const articles = kept.map((k) => k.article);
	const byId = new Map(articles.map((a) => [a.id, a]));

	// A re-posting page reads its dates in the corpus's period: extracted again (rare, and cheap).
	const frames = repostFrames(articles);
	for (const k of kept) {
		const frame = frames.get(k.article.id);
		if (frame) k.extraction = extractSafely(k.article, problems, frame);
	}
	let extraction: Extraction;
	try {
		extraction = mergeExtractions(
			kept.map((k) => k.extraction),
			focus
		);
	} catch (error) {
		problems.push(internalProblem(dir, 'extraction', error));
		const none = { events: [], caseReports: [], cumulativeReports: [], appearances: [] };
		extraction = { ...none, people: [], regions: [], setAside: { ...none, people: [] } };
	}
	extraction = keepInWindow(extraction, window, (id) => byId.get(id)?.file ?? id, problems);

	const { period, outliers, gap } = corpusPeriod(articles, itemDaysByArticle(extraction));
	for (const id of outliers) {
		const a = byId.get(id)!;
		problems.push({
			file: a.file,
			field: 'date',
			message:
				`${a.file}: published ${a.day}, outside the main stretch of the corpus (${period?.from} to ${period?.to}; stretches are separated by more than ${gap} days without an article); it is left out of the dashboard's default period.` +
				(frames.has(id)
					? ` A later page may re-post an earlier story: a date it gives without a year is read as the day in ${frames.get(id)!.from} to ${frames.get(id)!.to} when there is one.`
					: ''),
			hint: 'Check its `date:` line. If the date is right, the article is still in the dataset, with its own page and day page.',
			severity: 'warning'
		});
	}

	const { regions, ...rest } = extraction;
	return {
		version: DATASET_VERSION,
		corpus: {
			dir,
			files: files.length + extraProblems.filter((p) => p.severity === 'error').length,
			articles: articles.length,
			problems,
			built: built.toISOString(),
			focus,
			window,
			...(period ? { period } : {})
		},
		articles: articles.map((a, i) => (regions[i] ? { ...a, region: regions[i] } : a)),
		...rest
	};
}

/**
 * Pages published long after the period the rest of the corpus is about (outliers by
 * {@link corpusPeriod}, later than it): a forum re-post or a content farm's copy of an earlier
 * story, whose publication day says when it was copied, not which year its `4月21日` is. Each gets
 * a frame where its dates without a year are read: the days the corpus's publications span, and
 * the gap after the last within which another article would still have joined them (a story may
 * be about days after the corpus's last article, never about days before its first: those are a
 * later year's, like a December bulletin's `12月12日`). An earlier outlier (a 2020 story in a 2022
 * corpus) is no copy of a later one and keeps its own year.
 */
function repostFrames(articles: readonly Article[]): Map<string, DateFrame> {
	const { period, outliers, gap } = corpusPeriod(articles, () => []);
	const frames = new Map<string, DateFrame>();
	if (!period) return frames;
	const frame = { from: period.from, to: shiftDay(period.to, gap) };
	const byId = new Map(articles.map((a) => [a.id, a]));
	for (const id of outliers) {
		if (byId.get(id)!.day > frame.to) frames.set(id, frame);
	}
	return frames;
}

/**
 * Items dated outside the window are dropped with a note per article: the extraction dates them
 * from the article's own date, so an article at the window's edge can reach past it.
 */
function keepInWindow(
	x: Extraction,
	window: DateWindow,
	fileOf: (article: string) => string,
	problems: Problem[]
): Extraction {
	const dropped = new Map<string, number>();
	const keep = (dates: (string | undefined)[], sources: Evidence[]) => {
		if (dates.every((d) => d === undefined || inWindow(d, window))) return true;
		for (const s of sources) dropped.set(s.article, (dropped.get(s.article) ?? 0) + 1);
		return false;
	};
	type Lists = Omit<Extraction, 'regions' | 'setAside'>;
	const inWindowOnly = <T extends Lists | Extraction['setAside']>(lists: T): T => {
		const events = lists.events.filter((e) => keep([e.date, e.dateEnd], e.sources));
		const eventIds = new Set(events.map((e) => e.id));
		return {
			...lists,
			events,
			caseReports: lists.caseReports.filter((c) => keep([c.date], c.sources)),
			cumulativeReports: lists.cumulativeReports.filter((c) => keep([c.date], c.sources)),
			appearances: lists.appearances
				.filter((a) => keep([a.date], [a.evidence]))
				.map((a) => (a.event && !eventIds.has(a.event) ? { ...a, event: undefined } : a))
		};
	};
	const kept: Extraction = { ...inWindowOnly(x), setAside: inWindowOnly(x.setAside) };
	for (const [article, count] of [...dropped].sort()) {
		const file = fileOf(article);
		problems.push({
			file,
			field: 'date',
			message: `${file}: ${count} extracted item${count === 1 ? '' : 's'} dated outside the plausible window ${window.from} to ${window.to} left out.`,
			hint: 'Check the dates in its text and its `date:` line; widen DATE_WINDOW if the corpus really reaches that far.',
			severity: 'warning'
		});
	}
	return kept;
}

/** The dates of the items extracted from each article. */
function itemDaysByArticle(x: Extraction): (article: string) => string[] {
	const days = new Map<string, string[]>();
	const add = (article: string, ...dates: (string | undefined)[]) => {
		let list = days.get(article);
		if (!list) days.set(article, (list = []));
		for (const d of dates) if (d) list.push(d);
	};
	for (const e of x.events) for (const s of e.sources) add(s.article, e.date, e.dateEnd);
	for (const c of [...x.caseReports, ...x.cumulativeReports])
		for (const s of c.sources) add(s.article, c.date);
	for (const a of x.appearances) add(a.article, a.date);
	return (article) => days.get(article) ?? [];
}

export { formatProblem } from './format-problem';
