import { parseArticle } from '../corpus/parse-article';
import { buildExtraction, extractArticle, type ArticleExtraction } from '../extract/index';
import type { Article, Dataset, Problem } from '../types';
import { mergeExtractions } from './merge-extractions';

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

/** Parse one file and extract from it (pure). */
export function readArticleFile(file: string, bytes: Uint8Array | string): FileResult {
	const { article, problems } = parseArticle(file, bytes);
	return { article, problems, extraction: article ? extractArticle(article) : null };
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

function corpusInfo(
	dir: string,
	fileCount: number,
	articleCount: number,
	problems: Problem[],
	extraProblems: Problem[],
	built: Date
): Dataset['corpus'] {
	return {
		dir,
		files: fileCount + extraProblems.filter((p) => p.severity === 'error').length,
		articles: articleCount,
		problems,
		built: built.toISOString()
	};
}

const byPublication = (a: Article, b: Article) =>
	a.published.localeCompare(b.published) || a.id.localeCompare(b.id);

/**
 * The whole dataset from the corpus's files: parse each, skip and record the unreadable ones,
 * extract events, counts and people, merge duplicates across articles. Pure: no file system.
 */
export function buildDataset(
	dir: string,
	files: CorpusFile[],
	extraProblems: Problem[] = [],
	built = new Date()
): Dataset {
	const problems: Problem[] = [...extraProblems];
	const parsed = files.map(({ file, bytes }) => parseArticle(file, bytes));
	for (const result of parsed) problems.push(...result.problems);
	const ids = uniqueIds(parsed.map((r) => r.article));
	const articles = parsed
		.flatMap((r, i) => (r.article ? [{ ...r.article, id: ids[i]! }] : []))
		.sort(byPublication);
	return {
		version: DATASET_VERSION,
		corpus: corpusInfo(dir, files.length, articles.length, problems, extraProblems, built),
		articles,
		...buildExtraction(articles)
	};
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
 * the extraction cache): `results[i]` belongs to `files[i]`. Articles are ordered and merged
 * exactly as `buildDataset` does.
 */
export function assembleDataset(
	dir: string,
	files: Pick<CorpusFile, 'file'>[],
	results: FileResult[],
	extraProblems: Problem[] = [],
	built = new Date()
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
	return {
		version: DATASET_VERSION,
		corpus: corpusInfo(dir, files.length, articles.length, problems, extraProblems, built),
		articles,
		...mergeExtractions(kept.map((k) => k.extraction))
	};
}

export { formatProblem } from './format-problem';
