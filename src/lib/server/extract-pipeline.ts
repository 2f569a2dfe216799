/**
 * The corpus → dataset pipeline of the site and the CLI: each file is looked up in the extraction
 * cache by content hash; the others are parsed and extracted, in worker threads when there are
 * enough of them to pay for starting threads; then everything is merged on this thread
 * (`assembleDataset`). The result is the same dataset as the pure `buildDataset`, byte for byte,
 * whatever was cached and however many threads ran.
 *
 * Settings: `WORKERS=<n>` threads (default `os.availableParallelism()`; `0` = in this thread),
 * `CACHE=0` and `CACHE_DIR` (see extract-cache.ts).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
	assembleDataset,
	readArticleFile,
	type CorpusFile,
	type FileResult
} from '../dataset/build-dataset';
import { defaultWindow, type DateWindow } from '../corpus/dates';
import type { Dataset, Problem } from '../types';
import { ExtractionCache } from './extract-cache';
import { extractInWorkers, workerFiles } from './extract-workers';

/** Below this many files to extract, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 200;

/** Files read from the cache at once. */
const CACHE_READS = 64;

export interface PipelineStats {
	files: number;
	cached: number;
	extracted: number;
	threads: number;
	ms: number;
}

/** The last run's figures (for the benchmark and the build report's curious reader). */
export let lastRun: PipelineStats | null = null;

function threadCount(): number {
	const set = process.env.WORKERS;
	if (set !== undefined && set !== '') return Math.max(0, Math.floor(Number(set)) || 0);
	return availableParallelism();
}

async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
	let next = 0;
	const run = async () => {
		while (next < items.length) await fn(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Parse and extract every file (cache, then threads or this thread); `results[i]` is `files[i]`'s. */
export async function extractFiles(
	files: CorpusFile[],
	window: DateWindow,
	options: { threads?: number; cache?: ExtractionCache | null } = {}
): Promise<FileResult[]> {
	const started = performance.now();
	const cache = options.cache === undefined ? await ExtractionCache.open() : options.cache;
	const results: FileResult[] = new Array(files.length);
	const keys = cache ? files.map((f) => cache.key(f.file, f.bytes, window)) : [];
	const misses: number[] = [];
	if (cache)
		await eachLimited(
			files.map((_, i) => i),
			CACHE_READS,
			async (i) => {
				const json = await cache.get(keys[i]);
				if (json === null) misses.push(i);
				else results[i] = JSON.parse(json);
			}
		);
	else misses.push(...files.keys());
	misses.sort((a, b) => a - b);

	const writes: Promise<void>[] = [];
	// the cached text is parsed exactly like a fresh result, so both give the same objects
	const take = (i: number, json: string) => {
		results[i] = JSON.parse(json);
		if (cache) writes.push(cache.put(keys[i], json));
	};
	// threads asked for explicitly always start; the default only for enough files
	const wanted = options.threads ?? (misses.length >= MIN_FOR_WORKERS ? threadCount() : 0);
	const threads = wanted > 0 && misses.length > 0 && workerFiles() ? wanted : 0;
	if (threads > 0) {
		const jobs = misses.map((i) => ({ i, file: files[i].file, bytes: files[i].bytes }));
		await extractInWorkers(jobs, window, threads, take);
	} else {
		for (const i of misses)
			take(i, JSON.stringify(readArticleFile(files[i].file, files[i].bytes, window)));
	}
	await Promise.all(writes);
	lastRun = {
		files: files.length,
		cached: files.length - misses.length,
		extracted: misses.length,
		threads,
		ms: performance.now() - started
	};
	return results;
}

/** The dataset of a corpus's files (what `loadDataset` returns). */
export async function buildDatasetFromFiles(
	dir: string,
	files: CorpusFile[],
	problems: Problem[] = [],
	built = new Date(),
	options: { window?: DateWindow; focus?: string } = {}
): Promise<Dataset> {
	const window = options.window ?? defaultWindow(built);
	const results = await extractFiles(files, window);
	return assembleDataset(dir, files, results, problems, built, { window, focus: options.focus });
}
