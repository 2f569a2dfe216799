/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server.
 *
 * A site build reads it in two of SvelteKit's worker threads: the analysis, which only needs the
 * routes' entries but keeps whatever it loads until the build ends, and the prerendering, which
 * needs everything. So in a build (`DATASET_BUILD_ID`, set by vite.config.ts) the dataset is
 * made once by a worker thread of its own (dataset-worker.ts), which writes it and the routes'
 * manifest to the cache folder and exits; the analysis reads the small manifest, the
 * prerendering the dataset. Without a build id (dev server, tests), both come from here.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { siteManifest, type SiteManifest } from '../charts/site-manifest';
import { formatProblem } from '../dataset/build-dataset';
import type { Dataset, Problem } from '../types';
import { corpusDir, loadDataset } from './corpus';
import { cacheRoot } from './extract-cache';
import { workerFiles } from './extract-workers';

let reported = false;

/**
 * With `STRICT=1` any problem fails the build, listing them all; otherwise each is one line
 * (once per thread, as before the manifest: the analysis and the prerendering each say them).
 */
function report(problems: Problem[]): void {
	if (reported) return;
	reported = true;
	if (problems.length && process.env.STRICT === '1') {
		throw new Error(
			`STRICT=1: ${problems.length} problem(s) in ${corpusDir()}:\n` +
				problems.map(formatProblem).join('\n')
		);
	}
	// Quiet when all is well; one line per skipped file otherwise.
	for (const problem of problems) console.warn(formatProblem(problem));
}

/** Where this build's dataset and manifest go, or null outside a build (or without a cache). */
function buildFiles(): { folder: string; snapshot: string; manifest: string } | null {
	const id = process.env.DATASET_BUILD_ID;
	const root = cacheRoot();
	if (!id || !root || !workerFiles('dataset-worker.ts')) return null;
	const folder = path.join(root, `build-${id}`);
	return {
		folder,
		snapshot: path.join(folder, 'dataset.v8'),
		manifest: path.join(folder, 'manifest.json')
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
		if (existsSync(files.snapshot) && existsSync(files.manifest)) return files;
		await mkdir(files.folder, { recursive: true });
		await removeStaleBuilds(path.dirname(files.folder), files.folder);
		const { boot, entry } = workerFiles('dataset-worker.ts')!;
		const worker = new Worker(boot, {
			workerData: { entry, dir: corpusDir(), snapshot: files.snapshot, manifest: files.manifest }
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

let cached: Promise<Dataset> | undefined;

/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server.
 * With `STRICT=1` any problem fails the build, listing them all.
 */
export function getDataset(): Promise<Dataset> {
	cached ??= (async () => {
		const files = buildFiles();
		const dataset = files
			? (deserialize(await readFile((await ensureBuildFiles(files)).snapshot)) as Dataset)
			: await loadDataset(corpusDir());
		report(dataset.corpus.problems);
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
		report(m.problems);
		return m;
	})();
	return manifest;
}
