/**
 * The site's pipeline (cache + worker threads + merge) gives the same dataset as the pure
 * `buildDataset`, byte for byte: cold cache in threads, warm cache, no cache in this thread. Also
 * keeps `mergeExtractions` in step with `buildExtraction` (the extraction rules' own merge).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, type RosterEntry } from '../../scripts/corpus-generator';
import {
	assembleDataset,
	buildDataset,
	type CorpusFile
} from '../../src/lib/dataset/build-dataset';
import { defaultWindow } from '../../src/lib/corpus/dates';
import { ExtractionCache } from '../../src/lib/server/extract-cache';
import * as pipeline from '../../src/lib/server/extract-pipeline';

const { buildDatasetFromFiles, extractFiles } = pipeline;

const roster = JSON.parse(readFileSync('data/roster.json', 'utf8')) as RosterEntry[];

function folder(dir: string, prefix = ''): CorpusFile[] {
	return readdirSync(dir)
		.sort()
		.map((f) => ({ file: prefix + f, bytes: readFileSync(path.join(dir, f)) }));
}

/** Seeds, the hand-written fixtures (broken files too), generated articles and a duplicate id. */
const files: CorpusFile[] = [
	...folder('seeds'),
	...['unseen', 'unseen2', 'unseen3', 'unseen4', 'problems'].flatMap((set) =>
		folder(`test/fixtures/${set}`, `${set}/`)
	),
	...[...generateArticles(120, roster, 7)].map((g) => ({ file: `gen/${g.name}`, bytes: g.text })),
	// the same name with another extension: ids `<name>` and `<name>-2`, evidence follows
	{ file: '000_c7f3a7c78d50caf9.md', bytes: readFileSync('seeds/000_c7f3a7c78d50caf9.txt') },
	// a page re-posting a seed two years on: extracted again in the corpus's period after merging
	{
		file: 'repost.txt',
		bytes: readFileSync('seeds/000_c7f3a7c78d50caf9.txt', 'utf8').replace(
			/^date: .*$/m,
			'date: 2023-06-01 08:00:00'
		)
	}
];
// a fixed build time (the default date window reaches a year past it)
const built = new Date('2024-01-01T00:00:00Z');
const window = defaultWindow(built);
const expected = JSON.stringify(buildDataset('corpus', files, [], built));
const root = mkdtempSync(path.join(tmpdir(), 'extract-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the extraction pipeline', () => {
	it('has a dataset worth comparing', () => {
		const ds = JSON.parse(expected);
		expect(ds.articles.length).toBeGreaterThan(120);
		expect(ds.events.length).toBeGreaterThan(10);
		expect(ds.caseReports.length).toBeGreaterThan(10);
		expect(ds.setAside.events.length + ds.setAside.caseReports.length).toBeGreaterThan(0);
		const repost = ds.corpus.problems.find((p: { file: string }) => p.file === 'repost.txt');
		expect(repost?.message).toContain('re-post');
		expect(ds.appearances.some((a: { article: string }) => a.article === 'repost')).toBe(true);
	});

	it('in worker threads, with a cold cache, gives the pure dataset', async () => {
		const cache = await ExtractionCache.open(root);
		expect(cache).not.toBeNull();
		const results = await extractFiles(files, window, { threads: 2, cache });
		expect(JSON.stringify(assembleDataset('corpus', files, results, [], built))).toBe(expected);
	}, 60_000);

	it('from a warm cache gives the same bytes, reading every file from it', async () => {
		const cache = await ExtractionCache.open(root);
		const results = await extractFiles(files, window, { threads: 2, cache });
		expect(JSON.stringify(assembleDataset('corpus', files, results, [], built))).toBe(expected);
		expect(pipeline.lastRun?.cached).toBe(files.length);
		expect(pipeline.lastRun?.extracted).toBe(0);
	});

	it('a changed file is extracted again; the others come from the cache', async () => {
		const cache = await ExtractionCache.open(root);
		const changed = files.map((f, i) =>
			i === 0 ? { ...f, bytes: Buffer.concat([f.bytes as Buffer, Buffer.from('\n')]) } : f
		);
		await extractFiles(changed, window, { threads: 0, cache });
		expect(pipeline.lastRun?.extracted).toBe(1);
		expect(pipeline.lastRun?.cached).toBe(files.length - 1);
	});

	it('without a cache, in this thread, gives the same bytes', async () => {
		const previous = process.env.CACHE;
		process.env.CACHE = '0';
		try {
			const ds = await buildDatasetFromFiles('corpus', files, [], built);
			expect(JSON.stringify(ds)).toBe(expected);
		} finally {
			if (previous === undefined) delete process.env.CACHE;
			else process.env.CACHE = previous;
		}
	});

	it('renames a duplicate id everywhere its evidence points', () => {
		const ds = JSON.parse(expected);
		const ids = ds.articles.map((a: { id: string }) => a.id);
		expect(ids).toContain('000_c7f3a7c78d50caf9');
		expect(ids).toContain('000_c7f3a7c78d50caf9-2');
		expect(
			ds.appearances.some((a: { article: string }) => a.article === '000_c7f3a7c78d50caf9-2')
		).toBe(true);
	});
});
