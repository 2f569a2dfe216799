/**
 * A corpus with broken files still builds: the others are read, and the broken ones are named on
 * the build's stderr and in /report. Builds a second site from a mixed corpus (seeds + fixtures).
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from './serve.js';

export const tests = {
	'a corpus with broken files builds the rest and names them in /report': async ({
		assert,
		newPage,
		root
	}) => {
		const work = await mkdtemp(path.join(tmpdir(), 'report-'));
		const corpus = path.join(work, 'corpus');
		await mkdir(corpus);
		for (const f of await readdir(path.join(root, 'seeds'))) {
			await copyFile(path.join(root, 'seeds', f), path.join(corpus, f));
		}
		await copyFile(
			path.join(root, 'test/fixtures/problems/broken-yaml.txt'),
			path.join(corpus, 'broken-yaml.txt')
		);
		await writeFile(path.join(corpus, 'notes.pdf'), '%PDF-1.4');

		const site = path.join(work, 'site');
		const build = spawnSync('npx', ['vite', 'build'], {
			cwd: root,
			env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: site },
			encoding: 'utf8'
		});
		assert.equal(build.status, 0, build.stderr);
		assert.match(
			build.stderr + build.stdout,
			/skipped: broken-yaml\.txt: the front matter is not valid YAML/
		);

		const server = await serve(site);
		try {
			const page = await newPage();
			await page.goto(`${server.url}/report`);
			const rows = await page.$$eval('tr.problem', (trs) => trs.map((tr) => tr.textContent ?? ''));
			assert.equal(rows.length, 2);
			assert.ok(rows.some((r) => r.includes('broken-yaml.txt') && r.includes('not valid YAML')));
			assert.ok(rows.some((r) => r.includes('notes.pdf')));
			assert.match((await page.textContent('main')) ?? '', /5 articles read/);
			page.assertClean();
		} finally {
			server.close();
		}
	}
};
