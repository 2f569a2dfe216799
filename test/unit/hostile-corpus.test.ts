/**
 * One entry per fault (test/helpers/hostile-corpus.js): the good articles are read, each bad entry
 * is named once with a hint, nothing throws, and the command line says the same under real
 * permissions.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/dataset/build-dataset';
import { loadDataset, type CorpusFs } from '../../src/lib/server/corpus';
import type { Dataset } from '../../src/lib/types';
import {
	ESCAPE_NAME,
	FAULTS,
	FORGED_NAME,
	READABLE,
	makeHostileCorpus,
	withoutReadOverride
} from '../helpers/hostile-corpus.js';

/**
 * The file system as an unprivileged user sees it: listing or reading a locked path fails with
 * EACCES, as the kernel would (these tests may run as root, who can read anything).
 */
function lockedFs(locked: string[]): CorpusFs {
	const deny = (p: string) => {
		if (!locked.includes(path.resolve(p))) return;
		throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
	};
	return {
		readdir: async (dir, options) => (deny(dir), fs.readdir(dir, options)),
		stat: (file) => fs.stat(file),
		realpath: (file) => fs.realpath(file),
		readFile: async (file) => (deny(file), fs.readFile(file))
	};
}

describe('a hostile corpus', () => {
	let corpus: Awaited<ReturnType<typeof makeHostileCorpus>>;
	let dataset: Dataset;
	beforeAll(async () => {
		corpus = await makeHostileCorpus(process.cwd());
		dataset = await loadDataset(corpus.dir, { io: lockedFs(corpus.lockedPaths) });
	}, 60_000);
	afterAll(() => corpus?.cleanup());

	it('reads every good article: the seeds, a linked file, UTF-16 with a BOM, deep markup', () => {
		expect(dataset.articles.map((a) => a.file).sort()).toEqual(
			[...corpus.seeds, ...READABLE].sort()
		);
		expect(dataset.articles.find((a) => a.file === 'utf16-bom.txt')?.encoding).toBe('utf-16le');
		for (const file of ['deep-spans.txt', 'deep-divs.txt'])
			expect(dataset.articles.find((a) => a.file === file)?.paragraphs[0].text).toBe(
				'3月20日，正文。'
			);
	});

	it.each(FAULTS)('names $file once, saying what is wrong and how to fix it', (fault) => {
		const named = dataset.corpus.problems.filter((p) => p.file === fault.file);
		expect(named).toHaveLength(1);
		expect(named[0].severity).toBe(fault.severity);
		expect(named[0].message).toMatch(fault.message);
		expect(named[0].hint).toMatch(/\w{4}/);
	});

	it('has no problem beyond the faults, and none from inside the reader', () => {
		expect(dataset.corpus.problems.map((p) => p.file).sort()).toEqual(
			FAULTS.map((f) => f.file).sort()
		);
		expect(dataset.corpus.problems.filter((p) => p.field === 'internal')).toEqual([]);
	});

	it('drops the malformed image address and keeps the article', () => {
		const article = dataset.articles.find((a) => a.file === 'bad-image-url.txt')!;
		expect(article.images).toEqual([]);
		expect(article.headImage).toBeUndefined();
	});

	it('keeps the outlier out of the period, and the period to the rest of the corpus', () => {
		expect(dataset.corpus.period).toEqual({ from: '2022-03-01', to: '2022-04-15' });
		expect(dataset.articles.some((a) => a.day === '2005-06-01')).toBe(true);
	});

	it('prints one line per problem, names escaped', () => {
		const lines = dataset.corpus.problems.map(formatProblem);
		for (const line of lines) for (const c of ['\n', '\r', '\u001b']) expect(line).not.toContain(c);
		expect(lines.join('\n')).toContain('forged\\nskipped: nothing is wrong.txt has no title');
		expect(lines.join('\n')).toContain('clear\\x1b[2Jscreen.txt has no title');
		expect(FORGED_NAME).toContain('\n');
		expect(ESCAPE_NAME).toContain('\u001b');
	});

	it('the command line, with real permissions, names each fault once and --strict fails', () => {
		const prefix = withoutReadOverride();
		if (prefix === null) return; // root without setpriv: the injected failures above stand in
		const [cmd, ...args] = [
			...prefix,
			'node_modules/.bin/tsx',
			'scripts/extract.ts',
			'--corpus',
			corpus.dir,
			'--out',
			path.join(corpus.work, 'dataset.json'),
			'--strict'
		];
		const run = spawnSync(cmd, args, { encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines.at(-1)).toBe(`--strict: ${FAULTS.length} problem(s); failing.`);
		for (const fault of FAULTS) {
			const shown = JSON.stringify(fault.file).slice(1, -1).replace('\\u001b', '\\x1b');
			expect(
				lines.filter((l) => l.includes(` ${shown} `) || l.includes(` ${shown}:`))
			).toHaveLength(1);
		}
	}, 60_000);
});
