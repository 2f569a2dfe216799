/**
 * `npm run bench`: how fast the pure core reads and extracts a corpus, and how big the outputs are.
 * Builds a synthetic corpus of N copies of the seeds (default 1000 articles) in a temporary folder.
 * Prints figures; asserts nothing.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../src/lib/server/corpus';

const count = Number(process.argv[2] ?? 1000);
const seeds = path.resolve('seeds');
const files = (await readdir(seeds)).sort();
const texts = await Promise.all(files.map((f) => readFile(path.join(seeds, f), 'utf8')));

const dir = await mkdtemp(path.join(tmpdir(), 'bench-corpus-'));
for (let i = 0; i < count; i++) {
	await writeFile(path.join(dir, `${String(i).padStart(5, '0')}.txt`), texts[i % texts.length]);
}

const rounds = 3;
const times: number[] = [];
let dataset;
for (let r = 0; r < rounds; r++) {
	const t0 = performance.now();
	dataset = await loadDataset(dir);
	times.push(performance.now() - t0);
}
await rm(dir, { recursive: true });

const best = Math.min(...times);
const json = JSON.stringify(dataset);
const d = dataset!;
console.log(`corpus: ${count} articles (${files.length} seeds repeated)`);
console.log(
	`read + parse + extract: best ${best.toFixed(0)} ms of ${rounds} (${((count / best) * 1000).toFixed(0)} articles/s)`
);
console.log(
	`items: ${d.events.length} events, ${d.caseReports.length} case reports, ${d.people.length} people, ${d.appearances.length} appearances`
);
console.log(
	`dataset.json: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped`
);
console.log(`memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB RSS`);
