import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** Run the CLI as a user would (through tsx), in the project root. */
function extract(...args: string[]) {
	return spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', ...args], { encoding: 'utf8' });
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
		for (const option of ['--corpus', '--out', '--strict', '--explain', '--help']) {
			expect(run.stdout).toContain(option);
		}
	}, 30_000);

	it('rejects an unknown option with the help', () => {
		const run = extract('--nope');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/Usage/);
	}, 30_000);
});
