/**
 * A corpus that mixes Jilin's articles with other provinces' (our own fixtures: another province's
 * leading-group video meeting in Jilin's words, its bulletin, a national press conference) shows
 * only the focus region's marks, and /report counts what was set aside, by region.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './build-site.js';
import { serve } from './serve.js';

/** Other regions' articles from the unseen5 golden set (their truth lists them as set aside). */
const OTHERS = ['y06_f3a85c1e9b07d264.txt', 'y07_2d6e8a40c1f93b75.txt', 'y08_a4c97e2b6f1d0358.txt'];

export const tests = {
	'a corpus mixing other provinces shows only the focus region, and /report counts the rest':
		async ({ assert, newPage, root }) => {
			const work = await mkdtemp(path.join(tmpdir(), 'focus-e2e-'));
			try {
				const corpus = path.join(work, 'corpus');
				await mkdir(corpus);
				for (const f of await readdir(path.join(root, 'seeds')))
					await copyFile(path.join(root, 'seeds', f), path.join(corpus, f));
				for (const f of OTHERS)
					await copyFile(path.join(root, 'test/fixtures/unseen5', f), path.join(corpus, f));

				const site = path.join(work, 'site');
				buildSite(root, corpus, site);

				const dataset = JSON.parse(await readFile(path.join(site, 'data/dataset.json'), 'utf8'));
				const other = dataset.articles.filter((/** @type {{file: string}} */ a) =>
					OTHERS.includes(a.file)
				);
				assert.equal(other.length, OTHERS.length);
				const otherIds = new Set(other.map((/** @type {{id: string}} */ a) => a.id));
				/** @param {{sources: {article: string}[]}} item */
				const fromOthers = (item) => item.sources.some((s) => otherIds.has(s.article));
				assert.deepEqual(dataset.events.filter(fromOthers), [], 'no other region event in focus');
				assert.deepEqual(dataset.caseReports.filter(fromOthers), [], 'no other region figure');
				const aside = dataset.setAside.events.map(
					(/** @type {{region: string, chair?: string}} */ e) => `${e.region} ${e.chair ?? ''}`
				);
				assert.ok(aside.includes('黑龙江省 许志恒'), aside.join('; '));
				assert.ok(
					dataset.setAside.caseReports.some(
						(/** @type {{region: string}} */ c) => c.region === '辽宁省'
					)
				);

				const server = await serve(site);
				try {
					const page = await newPage();
					await page.goto(server.url);
					await page.waitForSelector('.meetings a, figure a');
					const text = (await page.textContent('main')) ?? '';
					assert.ok(text.includes('景俊海'), 'the focus chair is in the legend');
					assert.ok(!text.includes('许志恒'), 'no other province chair on the dashboard');
					for (const id of otherIds)
						assert.equal(
							await page.locator(`a[href*="/articles/${id}"]`).count(),
							0,
							`no mark links to ${id}`
						);

					await page.goto(`${server.url}/report`);
					const rows = await page.$$eval('table.set-aside tbody tr', (trs) =>
						trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
					);
					const byRegion = Object.fromEntries(rows.map((r) => [r[0], r.slice(1).map(Number)]));
					assert.equal(byRegion['黑龙江省']?.[0], 1, JSON.stringify(rows));
					assert.equal(byRegion['辽宁省']?.[1], 1, JSON.stringify(rows));
					assert.equal(byRegion['全国']?.[0], 1, JSON.stringify(rows));
					page.assertClean();
				} finally {
					server.close();
				}
			} finally {
				await rm(work, { recursive: true, force: true });
			}
		}
};
