/**
 * Accessibility: axe-core (WCAG 2.0 A/AA and 2.1 AA rules) on every kind of page, in the light and
 * the dark colour scheme. A test fails on any serious or critical violation and lists them.
 *
 * axe is injected from node_modules (no network). The site's CSP (script-src 'self' + hashes)
 * blocks the inline script `addScriptTag` adds, so these contexts bypass CSP; nothing else about
 * the page changes.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/**
 * @typedef {import('playwright-core').Page & { assertClean: () => void }} TestPage
 * @typedef {{
 *   baseURL: string,
 *   newPage: (options?: import('playwright-core').BrowserContextOptions) => Promise<TestPage>
 * }} Context
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl: string,
 *   nodes: { target: unknown[], failureSummary?: string }[] }} Violation
 */

/** Impacts that fail the test; moderate and minor ones are printed but tolerated. */
const FAILING = new Set(['serious', 'critical']);

/**
 * An article page as reached from a mark: the first evidence link in the dataset (with its
 * highlighted sentence), or the first article when there is no evidence.
 * @param {string} baseURL
 */
async function articlePath(baseURL) {
	const ds = await (await fetch(`${baseURL}/data/dataset.json`)).json();
	const ev = [...ds.events, ...ds.caseReports, ...ds.appearances]
		.flatMap((item) => item.evidence ?? [])
		.find((e) => e && e.article);
	if (ev) return `/articles/${ev.article}?s=${ev.start}-${ev.end}#p-${ev.paragraph}`;
	assert.ok(ds.articles.length > 0, 'the dataset has articles');
	return `/articles/${ds.articles[0].id}`;
}

/** @type {{ name: string, path: string | ((baseURL: string) => Promise<string>) }[]} */
const PAGES = [
	{ name: 'dashboard', path: '/' },
	{ name: 'dashboard (zh)', path: '/?lang=zh' },
	{ name: 'dashboard, tables open', path: '/?tables=overview,meetings,cases,appearances' },
	{ name: 'article', path: articlePath },
	{ name: 'day', path: '/days/2022-03-10' },
	{ name: 'person', path: '/people/jing-junhai' },
	{ name: 'build report', path: '/report' }
];

/**
 * One line per rule and one indented line per failing node (the first few).
 * @param {Violation[]} violations
 */
function describe(violations) {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 4)
				.map((n) => `      ${n.target.map(String).join(' ')}`)
				.join('\n');
			const more = v.nodes.length > 4 ? `\n      … and ${v.nodes.length - 4} more` : '';
			return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}${more}`;
		})
		.join('\n');
}

/**
 * @param {Context} ctx
 * @param {typeof PAGES[number]} target
 * @param {'light' | 'dark'} colorScheme
 */
async function audit({ baseURL, newPage }, target, colorScheme) {
	const route = typeof target.path === 'string' ? target.path : await target.path(baseURL);
	const page = await newPage({
		bypassCSP: true,
		colorScheme,
		viewport: { width: 1280, height: 900 }
	});
	await page.goto(`${baseURL}${route}`, { waitUntil: 'networkidle' });
	if (route === '/' || route.startsWith('/?')) {
		await page.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready');
	}
	await page.addScriptTag({ path: axePath });
	/** @type {{ violations: Violation[] }} */
	const result = await page.evaluate(() =>
		// @ts-expect-error axe is injected above
		window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		})
	);
	const failing = result.violations.filter((v) => FAILING.has(v.impact ?? ''));
	const tolerated = result.violations.filter((v) => !FAILING.has(v.impact ?? ''));
	if (tolerated.length) {
		console.log(`  (${target.name}, ${colorScheme}) moderate/minor:\n${describe(tolerated)}`);
	}
	assert.equal(
		failing.length,
		0,
		`axe: ${failing.length} serious/critical violation(s) on ${route} (${colorScheme}):\n${describe(failing)}`
	);
	page.assertClean();
}

/** @type {Record<string, (ctx: Context) => Promise<void>>} */
export const tests = Object.fromEntries(
	PAGES.flatMap((target) =>
		/** @type {const} */ (['light', 'dark']).map((scheme) => [
			`axe: ${target.name}, ${scheme}`,
			(/** @type {Context} */ ctx) => audit(ctx, target, scheme)
		])
	)
);
