/**
 * The dashboard's JavaScript budget: what `/` loads before any interaction stays under 80 KB
 * gzipped. Prints the figure so a run shows how close it is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 80 * 1024;

export const tests = {
	'the dashboard loads under 80 KB of JavaScript, gzipped': async ({
		baseURL,
		assert,
		newPage,
		root
	}) => {
		const page = await newPage();
		const scripts = new Set();
		page.on('response', (res) => {
			const url = new URL(res.url());
			if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
		});
		await page.goto(`${baseURL}/`);
		await page.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready');
		let total = 0;
		for (const file of scripts) {
			total += gzipSync(await readFile(path.join(root, 'build', file))).length;
		}
		console.log(
			`  dashboard JS: ${scripts.size} files, ${(total / 1024).toFixed(1)} KB gzipped (budget 80 KB)`
		);
		assert.ok(total < BUDGET, `dashboard JS is ${(total / 1024).toFixed(1)} KB gzipped`);
		page.assertClean();
	},
	'the dashboard page carries summaries, never article bodies': async ({ baseURL, assert }) => {
		const html = await (await fetch(`${baseURL}/`)).text();
		const dataset = await (await fetch(`${baseURL}/data/dataset.json`)).json();
		// Quotes are single sentences; a paragraph of several sentences is body text.
		const bodies = dataset.articles.flatMap((a) =>
			a.paragraphs.filter((p) => (p.text.match(/。/g) ?? []).length > 1).map((p) => p.text)
		);
		assert.ok(bodies.length > 0);
		for (const body of bodies) assert.ok(!html.includes(body), `the dashboard HTML holds: ${body}`);
	}
};
