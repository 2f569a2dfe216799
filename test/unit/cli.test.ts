import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** Run the CLI as a user would (through tsx), in the project root. */
function extract(...args: string[]) {
	return spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', ...args], { encoding: 'utf8' });
}

/** The same, without blocking (to run several at once). */
function extractAsync(
	...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn('node_modules/.bin/tsx', ['scripts/extract.ts', ...args]);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

describe('npm run extract', () => {
	let dir: string;
	let outDir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'cli-corpus-'));
		outDir = await mkdtemp(path.join(tmpdir(), 'cli-out-'));
		for (const f of await readdir('seeds'))
			await copyFile(path.join('seeds', f), path.join(dir, f));
		await copyFile('test/fixtures/problems/broken-yaml.txt', path.join(dir, 'broken-yaml.txt'));
	});

	it('writes the dataset and names the broken file on stderr', async () => {
		const out = path.join(outDir, 'out.json');
		const run = extract('--corpus', dir, '--out', out);
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/skipped: broken-yaml\.txt: the front matter is not valid YAML/);
		const dataset = JSON.parse(await readFile(out, 'utf8'));
		expect(dataset.corpus.articles).toBe(5);
		expect(dataset.articles.map((a: { file: string }) => a.file)).not.toContain('broken-yaml.txt');
		expect(dataset.corpus.problems).toMatchObject([
			{ file: 'broken-yaml.txt', field: 'front-matter' }
		]);
	}, 30_000);

	it('--strict fails when a file has a problem', () => {
		const run = extract('--corpus', dir, '--out', path.join(outDir, 'strict.json'), '--strict');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/--strict: 1 problem/);
	}, 30_000);

	it('--help documents every option', () => {
		const run = extract('--help');
		expect(run.status).toBe(0);
		for (const option of [
			'--corpus',
			'--out',
			'--focus',
			'--strict',
			'--explain',
			'--date-window',
			'--help'
		]) {
			expect(run.stdout).toContain(option);
		}
	}, 30_000);

	it('refuses a bad --corpus, --out or --date-window before any extraction', async () => {
		const cases: [string[], RegExp][] = [
			[['--corpus', ''], /--corpus needs a folder; it was given an empty value/],
			[['--out', ''], /--out needs a file name/],
			[
				['--out', '/nonexistent-folder/x.json'],
				/the folder \/nonexistent-folder does not exist\. Create it/
			],
			[
				['--out', 'seeds'],
				/--out seeds is a folder\. Give a file name, e\.g\. --out seeds\/dataset\.json/
			],
			[['--date-window', '2022'], /DATE_WINDOW: the date window `2022` is not FROM\.\.TO/]
		];
		// In parallel: each run is mostly tsx starting up.
		const runs = await Promise.all(cases.map(([args]) => extractAsync(...args)));
		runs.forEach((run, i) => {
			expect(run.status).not.toBe(0);
			expect(run.stderr).toMatch(cases[i][1]);
			expect(run.stdout).toBe('');
		});
	}, 60_000);

	it('says so when the disk is full', () => {
		const run = extract('--corpus', dir, '--out', '/dev/full');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Cannot write \/dev\/full: the disk is full\. Free some space/);
	}, 30_000);

	it('warns about a folder without articles, and --strict fails on it', async () => {
		const empty = await mkdtemp(path.join(tmpdir(), 'cli-empty-'));
		const out = path.join(outDir, 'empty.json');
		const run = extract('--corpus', empty, '--out', out);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain(`warning: the corpus folder ${empty} has no articles`);
		expect(JSON.parse(await readFile(out, 'utf8')).articles).toEqual([]);
		expect(extract('--corpus', empty, '--out', out, '--strict').status).toBe(1);
	}, 30_000);

	it('a missing corpus folder is named, with where to point it', () => {
		const run = extract('--corpus', '/nonexistent-corpus', '--out', path.join(outDir, 'x.json'));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/Cannot read the corpus folder \/nonexistent-corpus: it does not exist\. Set CORPUS_DIR \(or --corpus\)/
		);
	}, 30_000);

	it('rejects an unknown option with the help', () => {
		const run = extract('--nope');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/Usage/);
	}, 30_000);

	it('--focus keeps another region in the main lists and records it', async () => {
		const out = path.join(outDir, 'focus.json');
		const run = extract('--corpus', 'test/fixtures/unseen5', '--out', out, '--focus', '黑龙江');
		expect(run.status).toBe(0);
		const dataset = JSON.parse(await readFile(out, 'utf8'));
		expect(dataset.corpus.focus).toBe('黑龙江省');
		expect(dataset.events.map((e: { chair?: string }) => e.chair)).toEqual(['许志恒']);
		expect(dataset.setAside.events.length).toBeGreaterThan(0);
	}, 30_000);

	it('rejects an unknown focus region and says what is accepted', () => {
		const run = extract('--corpus', 'seeds', '--focus', 'Jilin');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/Unknown focus region "Jilin".*吉林省/);
	}, 30_000);
});

describe('npm run score', () => {
	function score(...args: string[]) {
		return spawnSync('node_modules/.bin/tsx', ['scripts/score.ts', ...args], { encoding: 'utf8' });
	}

	it('scores a dataset against its hand reading and lists the misses with -v', async () => {
		const outDir = await mkdtemp(path.join(tmpdir(), 'cli-score-'));
		const out = path.join(outDir, 'unseen5.json');
		expect(extract('--corpus', 'test/fixtures/unseen5', '--out', out).status).toBe(0);
		const run = score(out, 'test/golden/unseen5-truth.json', '-v');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^focus 吉林省, 10 files/);
		for (const measure of ['event-days', 'case reports', 'people']) {
			expect(run.stdout).toMatch(new RegExp(`${measure}\\s+P 1\\.000  R 1\\.000  F1 1\\.000`));
		}
		expect(run.stdout).not.toMatch(/miss|extra/);
	}, 30_000);

	it('needs a dataset and a truth file', () => {
		const run = score('only-one.json');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/Usage: npm run score/);
	}, 30_000);

	it('names a file it cannot read', () => {
		const run = score('no-such.json', 'test/golden/unseen5-truth.json');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Cannot read the dataset no-such\.json/);
	}, 30_000);
});
