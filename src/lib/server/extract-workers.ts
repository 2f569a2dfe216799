/**
 * A pool of worker threads that parse and extract files in parallel (`os.availableParallelism()`
 * by default). Each answers with the JSON text of `readArticleFile`; answers come back in job
 * order whatever order the threads finish in, so the dataset does not depend on scheduling.
 */
import type { DateWindow } from '../corpus/dates';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer, WorkerJob } from './extract-worker';

/**
 * This folder in the source tree. From the TypeScript sources (CLI, tests) it is where this file
 * is; inside the site build (a bundled chunk) it is found from the project root.
 */
function sourceDir(): string {
	const here = fileURLToPath(import.meta.url);
	return here.endsWith('.ts') ? path.dirname(here) : path.resolve('src/lib/server');
}

/**
 * A TypeScript worker module of this folder and the JavaScript file that starts it (with tsx), or
 * null when they are not there (then the work runs in this thread).
 */
export function workerFiles(module = 'extract-worker.ts'): { boot: string; entry: string } | null {
	const dir = sourceDir();
	const boot = path.join(dir, 'ts-worker-boot.js');
	const entry = path.join(dir, module);
	return existsSync(boot) && existsSync(entry) ? { boot, entry } : null;
}

/** Jobs kept in flight per thread, so a thread never waits for the next message. */
const IN_FLIGHT = 4;

/**
 * Run `jobs` on `threads` worker threads; `onResult(i, json)` is called as each finishes (to cache
 * and parse it while the others run). Rejects on the first error, naming the file.
 */
export async function extractInWorkers(
	jobs: { i: number; file: string; bytes: Uint8Array | string }[],
	window: DateWindow,
	threads: number,
	onResult: (i: number, json: string) => void | Promise<void>
): Promise<void> {
	const files = workerFiles();
	if (!files) throw new Error('extract workers: src/lib/server/extract-worker.ts not found');
	const pending = [...jobs].reverse();
	const workers: Worker[] = [];
	const settled: Promise<void>[] = [];
	try {
		await new Promise<void>((resolve, reject) => {
			let left = jobs.length;
			if (!left) return resolve();
			const feed = (worker: Worker) => {
				const job = pending.pop();
				if (!job) return;
				const bytes =
					typeof job.bytes === 'string' ? new TextEncoder().encode(job.bytes) : job.bytes;
				worker.postMessage({ i: job.i, file: job.file, bytes, window } satisfies WorkerJob);
			};
			for (let t = 0; t < Math.max(1, Math.min(threads, jobs.length)); t++) {
				const worker = new Worker(files.boot, { workerData: { entry: files.entry } });
				workers.push(worker);
				worker.on('error', reject);
				worker.on('exit', (code) => {
					if (left > 0) reject(new Error(`extract worker stopped (exit code ${code})`));
				});
				worker.on('message', (answer: WorkerAnswer) => {
					if ('error' in answer) return reject(new Error(answer.error));
					const done = Promise.resolve(onResult(answer.i, answer.json));
					settled.push(done);
					done.catch(reject);
					feed(worker);
					if (--left === 0) resolve();
				});
				for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
			}
		});
		await Promise.all(settled);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
