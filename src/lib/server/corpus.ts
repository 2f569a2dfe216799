/**
 * The one module that touches the file system: it lists and reads the corpus folder and hands
 * bytes to the pure core.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_BYTES, sizeProblem } from '../corpus/parse-article';
import { buildDataset, type CorpusFile } from '../dataset/build-dataset';
import { DEFAULT_PROVINCE, normaliseRegion } from '../extract/regions';
import type { Dataset, Problem } from '../types';

/** File names read as articles; everything else in the folder is listed as skipped. */
const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;

/** The corpus folder: `CORPUS_DIR`, or `seeds/` at the project root. */
export function corpusDir(): string {
	return path.resolve(process.env.CORPUS_DIR || 'seeds');
}

/**
 * The focus region: `FOCUS_REGION` (a province, short or full: `吉林`, `上海市`; or `全国`),
 * default 吉林省. An unknown name is an error that says what is accepted.
 */
export function focusRegion(setting = process.env.FOCUS_REGION): string {
	if (!setting) return DEFAULT_PROVINCE;
	const region = normaliseRegion(setting);
	if (!region) {
		throw new Error(
			`Unknown focus region "${setting}". Give a province as written in Chinese (吉林省, 吉林, ` +
				'上海市, 广西壮族自治区…) or 全国.'
		);
	}
	return region;
}

/** Read every article file under `dir` (recursively; hidden files and folders are ignored). */
export async function readCorpus(
	dir: string
): Promise<{ files: CorpusFile[]; problems: Problem[] }> {
	const files: CorpusFile[] = [];
	const problems: Problem[] = [];
	let entries: string[];
	try {
		entries = await listFiles(dir);
	} catch (error) {
		throw new Error(
			`Cannot read the corpus folder ${dir}: ${(error as Error).message}. ` +
				'Set CORPUS_DIR to a folder of articles (Hexo-style .txt or .md posts), or run from the project root.',
			{ cause: error }
		);
	}
	for (const rel of entries.sort()) {
		const full = path.join(dir, rel);
		if (!ARTICLE_FILE.test(rel)) {
			problems.push({
				file: rel,
				field: 'file',
				message: `${rel} is not an article file (expected .txt, .md or .html).`,
				hint: 'Rename it if it is an article, or move it out of the corpus folder.',
				severity: 'error'
			});
			continue;
		}
		const { size } = await stat(full);
		if (size > MAX_BYTES) problems.push(sizeProblem(rel, size));
		else files.push({ file: rel, bytes: await readFile(full) });
	}
	return { files, problems };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
		else if (entry.isFile()) out.push(rel);
	}
	return out;
}

/** Read and extract a corpus folder, keeping the `focus` region's items in the main lists. */
export async function loadDataset(dir = corpusDir(), focus = focusRegion()): Promise<Dataset> {
	const { files, problems } = await readCorpus(dir);
	return buildDataset(path.relative(process.cwd(), dir) || '.', files, problems, new Date(), focus);
}
