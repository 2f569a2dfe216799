/**
 * Browser tests: build the site (unless SKIP_BUILD=1), serve build/ on localhost, and run every
 * test/e2e/*.test.js in Debian's Chromium through playwright-core. Each test file exports
 * `default async function ({ browser, baseURL, assert, newPage })`; the runner prints
 * `N passed, N failed`.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
	console.error(
		`No Chromium at ${chromiumPath}. Install Debian's (apt-get install -y chromium fonts-noto-cjk) ` +
			'or point CHROMIUM_PATH at a Chromium or Chrome binary. (`npx playwright install` does not work here.)'
	);
	process.exit(1);
}

if (process.env.SKIP_BUILD !== '1') execSync('npx vite build', { cwd: root, stdio: 'ignore' });

const only = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => f.endsWith('.test.js'))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();

const server = await serve(path.join(root, 'build'));
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});

/**
 * A page that fails the test on any console error or request leaving localhost.
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function newPage(options = {}) {
	const context = await browser.newContext({ acceptDownloads: true, ...options });
	const page = await context.newPage();
	const errors = [];
	const external = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !/^(data|blob):/.test(req.url())) {
			external.push(req.url());
		}
	});
	/** Call at the end of a test: no console error, nothing fetched from another host. */
	page.assertClean = () => {
		assert.deepEqual(errors, [], `console errors on ${page.url()}`);
		assert.deepEqual(external, [], `requests leaving localhost from ${page.url()}`);
	};
	return page;
}

let passed = 0;
let failed = 0;
for (const file of files) {
	const mod = await import(pathToFileURL(path.join(here, file)).href);
	const tests = typeof mod.default === 'function' ? { [file]: mod.default } : (mod.tests ?? {});
	for (const [name, run] of Object.entries(tests)) {
		const started = Date.now();
		try {
			await run({ browser, baseURL: server.url, assert, newPage, root });
			passed++;
			console.log(`✓ ${file} › ${name} (${Date.now() - started} ms)`);
		} catch (error) {
			failed++;
			// `fetch failed` and the like say why only in their cause.
			const cause = error?.cause ? `\n  cause: ${String(error.cause?.stack ?? error.cause)}` : '';
			console.log(
				`✗ ${file} › ${name}\n  ${String(error?.stack ?? error)
					.split('\n')
					.slice(0, 6)
					.join('\n  ')}${cause.split('\n').slice(0, 4).join('\n  ')}`
			);
		}
	}
}

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
