/**
 * From saved feeds to a dashboard in two commands: `npm run ingest -- --feed … --out corpus`, then
 * a build with `CORPUS_DIR=corpus`. The reading view shows each article's original address as a
 * link that fetches nothing until it is clicked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './build-site.js';
import { serve } from './serve.js';

export const tests = {
	'ingested feeds build a dashboard whose articles link to their original addresses': async ({
		assert,
		newPage,
		root
	}) => {
		const work = await mkdtemp(path.join(tmpdir(), 'ingest-e2e-'));
		const corpus = path.join(work, 'corpus');
		const ingest = spawnSync(
			'node_modules/.bin/tsx',
			['scripts/ingest.ts', '--feed', 'test/fixtures/feeds', '--out', corpus, '--quiet'],
			{ cwd: root, encoding: 'utf8' }
		);
		assert.equal(ingest.status, 0, ingest.stderr);
		const files = (await readdir(corpus)).filter((f) => f.endsWith('.md'));
		assert.equal(files.length, 9);

		const site = path.join(work, 'site');
		buildSite(root, corpus, site);

		const server = await serve(site);
		try {
			const dataset = JSON.parse(await readFile(path.join(site, 'data/dataset.json'), 'utf8'));
			const article = dataset.articles.find((a) => a.guid === 'tag:www.example.com,2022:d');
			assert.equal(article.link, 'https://www.example.com/news/2022/03/14/d.html');

			const page = await newPage();
			await page.goto(`${server.url}/articles/${article.id}`);
			const link = page.getByTestId('original-link');
			assert.equal(await link.getAttribute('href'), article.link);
			assert.deepEqual((await link.getAttribute('rel'))?.split(' ').sort(), [
				'noopener',
				'noreferrer'
			]);
			assert.match((await link.textContent()) ?? '', /www\.example\.com/);
			// an article without an address shows no link
			const plain = dataset.articles.find((a) => a.title === '纯文本条目');
			await page.goto(`${server.url}/articles/${plain.id}`);
			assert.equal(await page.getByTestId('original-link').count(), 0);
			page.assertClean(); // nothing was fetched from www.example.com
		} finally {
			server.close();
			await rm(work, { recursive: true, force: true });
		}
	}
};
