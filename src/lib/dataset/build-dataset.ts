import { parseArticle } from '../corpus/parse-article';
import { buildExtraction, DEFAULT_PROVINCE } from '../extract/index';
import type { Article, Dataset, Problem } from '../types';

/** Bumped when a field changes meaning; adding fields keeps the version. */
export const DATASET_VERSION = 1;

/** One file of the corpus as the file-system module hands it over. */
export interface CorpusFile {
	/** Path relative to the corpus folder, `/`-separated. */
	file: string;
	bytes: Uint8Array | string;
}

/**
 * The whole dataset from the corpus's files: parse each, skip and record the unreadable ones,
 * extract events, counts and people, merge duplicates across articles, and keep the `focus`
 * region's items in the main lists (the rest in `setAside`). Pure: no file system.
 */
export function buildDataset(
	dir: string,
	files: CorpusFile[],
	extraProblems: Problem[] = [],
	built = new Date(),
	/** A province's full name or `全国` (see `normaliseRegion`). */
	focus = DEFAULT_PROVINCE
): Dataset {
	const problems: Problem[] = [...extraProblems];
	const articles: Article[] = [];
	const ids = new Set<string>();
	for (const { file, bytes } of files) {
		const result = parseArticle(file, bytes);
		problems.push(...result.problems);
		if (!result.article) continue;
		const article = result.article;
		// Two files can share an id once their names are slugged (a.txt, a.md): keep both.
		let id = article.id;
		for (let n = 2; ids.has(id); n++) id = `${article.id}-${n}`;
		ids.add(id);
		articles.push({ ...article, id });
	}
	articles.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));

	const { regions, ...extraction } = buildExtraction(articles, focus);
	return {
		version: DATASET_VERSION,
		corpus: {
			dir,
			files: files.length + extraProblems.filter((p) => p.severity === 'error').length,
			articles: articles.length,
			problems,
			built: built.toISOString(),
			focus
		},
		articles: articles.map((a, i) => (regions[i] ? { ...a, region: regions[i] } : a)),
		...extraction
	};
}

/** Every problem as one line for a terminal: `file: message (hint)`. */
export function formatProblem(problem: Problem): string {
	return `${problem.severity === 'error' ? 'skipped' : 'note'}: ${problem.message} Fix: ${problem.hint}`;
}
