import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, terminalSafe } from '../dataset/build-dataset';
import type { Dataset } from '../types';
import { corpusDir, loadDataset } from './corpus';

let cached: Promise<Dataset> | undefined;

/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server.
 * With `STRICT=1` any problem fails the build, listing them all; a corpus without a single article
 * fails it too, saying where to point `CORPUS_DIR`.
 */
export function getDataset(): Promise<Dataset> {
	cached ??= loadDataset(corpusDir()).then(async (dataset) => {
		const { problems } = dataset.corpus;
		const lines = problems.map(formatProblem);
		if (dataset.corpus.articles === 0) {
			stop(
				terminalSafe(
					`The corpus folder ${corpusDir()} has no articles` +
						(problems.length ? ` (${problems.length} problem(s), listed below)` : '') +
						'. Point CORPUS_DIR at a folder of Hexo-style .txt, .md or .html posts, e.g. ' +
						'CORPUS_DIR=/path/to/articles npm run build'
				),
				lines
			);
		}
		if (problems.length && process.env.STRICT === '1') {
			stop(`STRICT=1: ${problems.length} problem(s) in ${terminalSafe(corpusDir())}:`, lines);
		}
		// Quiet when all is well; one line per problem otherwise.
		if (lines.length && (await firstToPrint(lines))) for (const line of lines) console.warn(line);
		return dataset;
	});
	return cached;
}

/**
 * Stop the build with the reason and the problems, one per line, and no stack trace: the trace of
 * SvelteKit's worker thread would only bury the reason.
 */
function stop(reason: string, lines: string[]): never {
	const error = new Error([reason, ...lines].join('\n'));
	error.stack = `Error: ${error.message}`;
	throw error;
}

/**
 * `vite build` reads the dataset twice, in two worker threads of one process (SvelteKit's analyse
 * and prerender steps), so the problems would print twice. A marker in the build's temp folder
 * holds the process id and what was printed: the second reader of the same process stays quiet. A
 * new build or dev server is a new process and prints again.
 */
async function firstToPrint(lines: string[]): Promise<boolean> {
	const marker = path.resolve('.svelte-kit', 'problems-printed');
	const stamp = `${process.pid} ${createHash('sha256').update(lines.join('\n')).digest('hex')}\n`;
	try {
		if ((await readFile(marker, 'utf8')) === stamp) return false;
	} catch {
		// No marker yet: print.
	}
	try {
		await mkdir(path.dirname(marker), { recursive: true });
		await writeFile(marker, stamp);
	} catch {
		// A read-only checkout still prints (perhaps twice).
	}
	return true;
}
