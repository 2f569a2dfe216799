/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server.
 *
 * A site build reads it in two of SvelteKit's worker threads: the analysis, which only needs the
 * routes' entries but keeps whatever it loads until the build ends, and the prerendering, which
 * needs everything. So in a build (`DATASET_BUILD_ID`, set by vite.config.ts) the dataset is
 * made once by a worker thread of its own (dataset-worker.ts), which writes it and the routes'
 * manifest to the cache folder and exits; the analysis reads the small manifest, the
 * prerendering the dataset. Without a build id (dev server, tests), both come from here.
 *
 * The corpus reader and the extraction rules are imported only where they run (a dataset built
 * in this thread): SvelteKit's threads would otherwise each load them (~50 MB) for nothing.
 *
 * In a build, article bodies stay on disk until a page reads them: each article's `paragraphs`
 * is read from the worker's file when asked for (the article's own page, `/data/dataset.json`).
 * 20,000 articles' text would otherwise be most of the prerendering's memory.
 */
import { createHash } from 'node:crypto';
import { existsSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { siteManifest, type SiteManifest } from '../charts/site-manifest';
import { formatProblem } from '../dataset/format-problem';
import { terminalSafe } from '../dataset/terminal-safe';
import type { Dataset, Problem } from '../types';
import { buildFolder, DATASET_JSON } from './build-files.js';
import { workerFiles } from './extract-workers';

let reported = false;

/**
 * With `STRICT=1` any problem fails the build, listing them all; a corpus without a single article
 * fails it too, saying where to point `CORPUS_DIR`. Otherwise each problem is one line, printed
 * once per build (SvelteKit's analysis and prerendering threads both get here: see firstToPrint).
 */
async function report(problems: Problem[], dir: string, articleCount: number): Promise<void> {
	if (reported) return;
	reported = true;
	const lines = problems.map(formatProblem);
	if (articleCount === 0) {
		stop(
			terminalSafe(
				`The corpus folder ${dir} has no articles` +
					(problems.length ? ` (${problems.length} problem(s), listed below)` : '') +
					'. Point CORPUS_DIR at a folder of Hexo-style .txt, .md or .html posts, e.g. ' +
					'CORPUS_DIR=/path/to/articles npm run build'
			),
			lines
		);
	}
	if (problems.length && process.env.STRICT === '1') {
		stop(`STRICT=1: ${problems.length} problem(s) in ${terminalSafe(dir)}:`, lines);
	}
	// Quiet when all is well; one line per problem otherwise.
	if (lines.length && (await firstToPrint(lines))) for (const line of lines) console.warn(line);
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
 * `vite build` reads the dataset in two worker threads of one process (SvelteKit's analyse and
 * prerender steps), so the problems would print twice. A marker in the build's temp folder holds
 * the process id and what was printed: the second reader of the same process stays quiet. A new
 * build or dev server is a new process and prints again.
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

/** Where this build's dataset and manifest go, or null outside a build (or without a cache). */
function buildFiles(): {
	folder: string;
	snapshot: string;
	bodies: string;
	manifest: string;
	json: string;
} | null {
	const folder = buildFolder();
	if (!folder || !workerFiles('dataset-worker.ts')) return null;
	return {
		folder,
		snapshot: path.join(folder, 'dataset.v8'),
		bodies: path.join(folder, 'bodies.v8'),
		manifest: path.join(folder, 'manifest.json'),
		json: path.join(folder, DATASET_JSON)
	};
}

/** Builds older than this leave their files for the next build to remove. */
const STALE_MS = 10 * 60 * 1000;

async function removeStaleBuilds(root: string, keep: string) {
	for (const name of await readdir(root).catch(() => [])) {
		const dir = path.join(root, name);
		if (!name.startsWith('build-') || dir === keep) continue;
		const { mtimeMs } = await stat(dir);
		if (Date.now() - mtimeMs > STALE_MS) await rm(dir, { recursive: true, force: true });
	}
}

let building: Promise<NonNullable<ReturnType<typeof buildFiles>>> | undefined;

/** Make this build's dataset files (once: the second thread to ask finds them). */
function ensureBuildFiles(files: NonNullable<ReturnType<typeof buildFiles>>) {
	building ??= (async () => {
		if (Object.values(files).every((f) => existsSync(f))) return files;
		await mkdir(files.folder, { recursive: true });
		await removeStaleBuilds(path.dirname(files.folder), files.folder);
		const { boot, entry } = workerFiles('dataset-worker.ts')!;
		const worker = new Worker(boot, {
			workerData: { entry, ...files },
			// the dataset of a large corpus is more than a worker's default heap
			resourceLimits: { maxOldGenerationSizeMb: 4096 }
		});
		const answer = await new Promise<{ ok: boolean; error?: string }>((resolve, reject) => {
			worker.once('message', resolve);
			worker.once('error', reject);
			worker.once('exit', (code) => reject(new Error(`dataset worker exited (${code})`)));
		});
		await worker.terminate();
		if (!answer.ok) throw new Error(answer.error);
		return files;
	})();
	return building;
}

/** The dataset the worker left, each article's paragraphs read from disk when asked for. */
async function readBuildDataset(
	files: NonNullable<ReturnType<typeof buildFiles>>
): Promise<Dataset> {
	const { dataset, spans } = deserialize(await readFile(files.snapshot)) as {
		dataset: Dataset;
		spans: [number, number][];
	};
	const fd = openSync(files.bodies, 'r');
	dataset.articles.forEach((article, i) => {
		const [at, length] = spans[i];
		// redefined where it was, so the article's keys keep their order
		Object.defineProperty(article, 'paragraphs', {
			enumerable: true,
			configurable: true,
			get() {
				const record = Buffer.allocUnsafe(length);
				readSync(fd, record, 0, length, at);
				return deserialize(record);
			}
		});
	});
	return dataset;
}

let cached: Promise<Dataset> | undefined;

/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server (problems
 * reported as `report` says).
 */
export function getDataset(): Promise<Dataset> {
	cached ??= (async () => {
		const files = buildFiles();
		const dataset = files
			? await readBuildDataset(await ensureBuildFiles(files))
			: await (await import('./corpus')).loadDataset();
		await report(dataset.corpus.problems, dataset.corpus.dir, dataset.corpus.articles);
		return dataset;
	})();
	return cached;
}

let manifest: Promise<SiteManifest> | undefined;

/** The ids and days the routes' `entries()` list (see site-manifest.ts). */
export function getManifest(): Promise<SiteManifest> {
	manifest ??= (async () => {
		const files = buildFiles();
		if (!files) return siteManifest(await getDataset());
		const m = JSON.parse(
			await readFile((await ensureBuildFiles(files)).manifest, 'utf8')
		) as SiteManifest;
		await report(m.problems, m.dir, m.articles.length);
		return m;
	})();
	return manifest;
}

/**
 * True in a site build: the dataset's JSON is then written by the dataset worker and put in the
 * site after prerendering (svelte.config.js), never held in this thread's memory.
 */
export async function datasetJsonWritten(): Promise<boolean> {
	const files = buildFiles();
	if (files) await ensureBuildFiles(files);
	return !!files;
}
