/**
 * A worker thread of the extraction pool (see extract-workers.ts): parse and extract one file per
 * message, answer with the result as JSON text (the form the cache stores).
 */
import { parentPort } from 'node:worker_threads';
import type { DateWindow } from '../corpus/dates';
import { readArticleFile } from '../dataset/build-dataset';

export interface WorkerJob {
	i: number;
	file: string;
	bytes: Uint8Array;
	window: DateWindow;
}

export type WorkerAnswer = { i: number; json: string } | { i: number; error: string };

parentPort?.on('message', ({ i, file, bytes, window }: WorkerJob) => {
	let answer: WorkerAnswer;
	try {
		answer = { i, json: JSON.stringify(readArticleFile(file, bytes, window)) };
	} catch (error) {
		answer = { i, error: `${file}: ${(error as Error)?.stack ?? error}` };
	}
	parentPort?.postMessage(answer);
});
