/**
 * A worker thread that builds the dataset once per build and leaves it on disk (`v8.serialize`,
 * which keeps every value exactly) with the routes' manifest beside it, then exits, so the memory
 * of reading and extracting the corpus goes back to the system. See dataset.ts.
 */
import { writeFile } from 'node:fs/promises';
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { siteManifest } from '../charts/site-manifest';
import { loadDataset } from './corpus';

const { dir, snapshot, manifest } = workerData as {
	dir: string;
	snapshot: string;
	manifest: string;
};

try {
	const dataset = await loadDataset(dir);
	await writeFile(manifest, JSON.stringify(siteManifest(dataset)));
	await writeFile(snapshot, serialize(dataset));
	parentPort?.postMessage({ ok: true });
} catch (error) {
	parentPort?.postMessage({ ok: false, error: (error as Error)?.message ?? String(error) });
}
