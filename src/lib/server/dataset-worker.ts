/**
 * A worker thread that builds the dataset once per build and leaves it on disk, then exits, so
 * the memory of reading and extracting the corpus goes back to the system (see dataset.ts):
 *
 * - `manifest.json`: the routes' entries (site-manifest.ts);
 * - `bodies.v8`: each article's paragraphs, one `v8.serialize` record after another;
 * - `dataset.v8`: the rest of the dataset (paragraphs left `null`, where they were) and where
 *   each article's record lies. `v8.serialize` keeps every value exactly as it was;
 * - `dataset.json`: the dataset as `/data/dataset.json` serves it, written in pieces.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, writeFile } from 'node:fs/promises';
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { siteManifest } from '../charts/site-manifest';
import { jsonChunks } from '../dataset/json-chunks';
import { loadDataset } from './corpus';

const { snapshot, bodies, manifest, json } = workerData as {
	snapshot: string;
	bodies: string;
	manifest: string;
	json: string;
};

try {
	const dataset = await loadDataset();
	await writeFile(manifest, JSON.stringify(siteManifest(dataset)));
	const out = createWriteStream(json);
	for (const piece of jsonChunks(dataset, { depth: 2 }))
		if (!out.write(piece)) await once(out, 'drain');
	out.end();
	await once(out, 'finish');
	const file = await open(bodies, 'w');
	const spans: [number, number][] = [];
	let at = 0;
	for (const article of dataset.articles) {
		const record = serialize(article.paragraphs);
		await file.write(record);
		spans.push([at, record.length]);
		at += record.length;
	}
	await file.close();
	const articles = dataset.articles.map((a) => ({ ...a, paragraphs: null }));
	await writeFile(snapshot, serialize({ dataset: { ...dataset, articles }, spans }));
	parentPort?.postMessage({ ok: true });
} catch (error) {
	parentPort?.postMessage({ ok: false, error: (error as Error)?.message ?? String(error) });
}
