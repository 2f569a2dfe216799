/**
 * `npm run bench [-- N ...]`: how the build and the dashboard scale. For each N (default 1000,
 * 5000 and 20000) it generates N articles (scripts/corpus-generator.ts) and measures:
 *
 * - extraction in one thread: read + parse + extract every file, next to a plain `cheerio.load`
 *   of the same bytes in the same run (the ratio is the figure that matters), and parse alone;
 * - the full `vite build` (a cold extraction cache in a temporary folder): wall time, peak memory
 *   of the build process, size of build/; then a rebuild after adding ten articles (warm cache);
 * - the dashboard's first view: HTML (with the inlined data) and the JavaScript it loads, raw and
 *   gzipped; in Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) the time to the
 *   first chart painted and to the dashboard ready, brush release to painted (median of 3), JS
 *   heap after garbage collection and DOM nodes.
 *
 * Prints a table and writes it to BENCHMARKS.md between `<!-- bench:build -->` markers (other
 * sections of that file are kept). Figures, not assertions: nothing here fails on a slow machine.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { chromium, type Page } from 'playwright-core';
import { generateArticles, type RosterEntry } from './corpus-generator';
import { defaultWindow } from '../src/lib/corpus/dates';
import { parseArticle } from '../src/lib/corpus/parse-article';
import { readArticleFile } from '../src/lib/dataset/build-dataset';
import { serve } from '../test/e2e/serve.js';

const root = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [1000, 5000, 20000];
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** The build's default publication window (2000 to a year from now). */
const dateWindow = defaultWindow(new Date());
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Row {
	n: number;
	plainMs: number;
	parseMs: number;
	extractMs: number;
	buildMs: number;
	buildPeak: number | null;
	rebuildMs: number;
	rebuildPeak: number | null;
	buildBytes: number;
	buildFiles: number;
	htmlRaw: number;
	htmlGz: number;
	/** The page's data (inlined in the HTML; SvelteKit also writes it as `__data.json`). */
	inlineRaw: number;
	inlineGz: number;
	jsRaw: number;
	jsGz: number;
	dataRaw: number;
	dataGz: number;
	paintMs: number;
	readyMs: number;
	brushMs: number;
	brushAllMs: number;
	heap: number;
	nodes: number;
}

async function writeCorpus(dir: string, n: number, roster: RosterEntry[]) {
	await mkdir(dir, { recursive: true });
	for (const { name, text } of generateArticles(n, roster))
		await writeFile(path.join(dir, name), text);
}

async function readAll(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
	// one file at a time: 20,000 reads at once run out of file handles
	const out: { file: string; bytes: Buffer }[] = [];
	for (const file of (await readdir(dir)).sort())
		out.push({ file, bytes: await readFile(path.join(dir, file)) });
	return out;
}

/** Extraction in this thread, next to plain cheerio.load of the same bytes (after a warm-up). */
async function measureExtraction(dir: string) {
	const files = await readAll(dir);
	const decoder = new TextDecoder();
	const warm = files.slice(0, 200);
	for (const f of warm) cheerio.load(decoder.decode(f.bytes));
	for (const f of warm) readArticleFile(f.file, f.bytes, dateWindow);
	const time = async (fn: (f: { file: string; bytes: Buffer }) => unknown) => {
		const t0 = performance.now();
		for (const name of files.map((f) => f.file)) {
			// read each file again: the figure includes reading, as the build's does
			fn({ file: name, bytes: await readFile(path.join(dir, name)) });
		}
		return performance.now() - t0;
	};
	const plainMs = await time((f) => cheerio.load(decoder.decode(f.bytes)));
	const parseMs = await time((f) => parseArticle(f.file, f.bytes));
	const extractMs = await time((f) => readArticleFile(f.file, f.bytes, dateWindow));
	return { plainMs, parseMs, extractMs };
}

/** Peak resident memory of a process, from /proc (null where there is none). */
async function peakOf(pid: number): Promise<number | null> {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const m = /VmHWM:\s+(\d+) kB/.exec(status);
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/** `vite build` of a corpus into `out`: wall time and peak memory of the build process. */
async function build(corpus: string, out: string, cache: string) {
	const t0 = performance.now();
	const child = spawn(
		process.execPath,
		[path.join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: out, CACHE_DIR: cache },
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	let peak: number | null = null;
	const timer = setInterval(async () => {
		const p = await peakOf(child.pid!);
		if (p !== null) peak = Math.max(peak ?? 0, p);
	}, 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(timer);
	if (code !== 0) throw new Error(`vite build failed (${code}):\n${stderr.slice(-2000)}`);
	return { ms: performance.now() - t0, peak };
}

async function du(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			const sub = await du(p);
			bytes += sub.bytes;
			files += sub.files;
		} else {
			bytes += (await stat(p)).size;
			files++;
		}
	}
	return { bytes, files };
}

/**
 * In the page (`void`: evaluating the promise itself would wait for it): `window.__brushed`
 * resolves to `{ paint, all }`, milliseconds from the brush's release to the end of the painted
 * frame that first shows the new view (the URL and the charts on screen change in the release's
 * own task), and to the frame after every chart, those off screen too, has drawn it (the page
 * says `data-dashboard="ready"` again).
 */
const BRUSH_PROBE = `void (window.__brushed = new Promise((resolve) => {
	addEventListener('pointerup', () => {
		const t0 = performance.now();
		const before = location.search;
		const html = document.documentElement;
		let paint;
		// called in a frame's callbacks: the timer runs once that frame is painted
		const waitAll = () => {
			if (html.dataset.dashboard !== 'ready') return void requestAnimationFrame(waitAll);
			setTimeout(() => resolve({ paint, all: performance.now() - t0 }));
		};
		const wait = () => {
			if (location.search === before) return void requestAnimationFrame(wait);
			// this frame paints the change: time it just after
			setTimeout(() => {
				paint = performance.now() - t0;
				requestAnimationFrame(waitAll);
			});
		};
		requestAnimationFrame(wait);
	}, { once: true, capture: true });
}));`;

/** The dashboard in Chromium: what the first view loads, when it paints, brush to paint. */
async function measureDashboard(site: string) {
	const server = await serve(site);
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: CHROMIUM_FLAGS.filter((f) => f !== '--headless')
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const loaded = new Map<string, number>();
		page.on('response', async (res) => {
			const url = new URL(res.url());
			loaded.set(url.pathname, 0);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const ready = async (p: Page) =>
			p.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready', null, {
				timeout: 120_000
			});
		await page.goto(`${server.url}/`, { waitUntil: 'commit', timeout: 120_000 });
		await ready(page);
		const timing = await page.evaluate(() => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0];
			return { paint: paint?.startTime ?? NaN, ready: performance.now() };
		});
		// what the first view fetched: the page, its scripts, any data
		let jsRaw = 0;
		let jsGz = 0;
		let dataRaw = 0;
		let dataGz = 0;
		for (const p of loaded.keys()) {
			const file = path.join(site, p === '/' ? 'index.html' : p);
			if (!existsSync(file) || p === '/') continue;
			const bytes = await readFile(file);
			if (p.endsWith('.js')) {
				jsRaw += bytes.length;
				jsGz += gzipSync(bytes).length;
			} else if (p.endsWith('.json')) {
				dataRaw += bytes.length;
				dataGz += gzipSync(bytes).length;
			}
		}
		await cdp.send('HeapProfiler.collectGarbage');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
		const heap = metric('JSHeapUsedSize');
		const nodes = metric('Nodes');

		const brushes: { paint: number; all: number }[] = [];
		for (const [a, b] of [
			[0.2, 0.45],
			[0.35, 0.7],
			[0.5, 0.9]
		]) {
			await page.goto(`${server.url}/`, { timeout: 120_000 });
			await ready(page);
			const svg = page.locator('#overview svg.jt-svg');
			const box = (await svg.boundingBox())!;
			const y = box.y + box.height * 0.4;
			await page.mouse.move(box.x + box.width * a, y);
			await page.waitForSelector('#overview [data-brush=ready]', { timeout: 60_000 });
			// a string, not a function: tsx would wrap named functions in a helper the page lacks
			await page.evaluate(BRUSH_PROBE);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width * ((a + b) / 2), y, { steps: 4 });
			await page.mouse.move(box.x + box.width * b, y, { steps: 4 });
			await page.mouse.up();
			brushes.push((await page.evaluate('window.__brushed')) as { paint: number; all: number });
		}
		return {
			jsRaw,
			jsGz,
			dataRaw,
			dataGz,
			paintMs: timing.paint,
			readyMs: timing.ready,
			brushMs: median(brushes.map((b) => b.paint)),
			brushAllMs: median(brushes.map((b) => b.all)),
			heap,
			nodes
		};
	} finally {
		await browser.close();
		server.close();
	}
}

function machine(): string {
	const cpus = os.cpus();
	return [
		`${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores available`,
		`${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`,
		`load average at the start ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' / ')} (1 / 5 / 15 min)`
	].join('; ');
}

function table(rows: Row[]): string {
	const head =
		'| articles | plain cheerio.load | parse + extract (1 thread) | ratio | parse alone | full build | peak memory | rebuild +10 (cached) | build/ | dashboard HTML | of which data | JS | first view total | first paint | ready | brush → paint | brush → all charts | JS heap | DOM nodes |\n' +
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
	const body = rows.map((r) =>
		[
			r.n.toLocaleString('en'),
			`${sec(r.plainMs)} (${Math.round((r.n / r.plainMs) * 1000)}/s)`,
			`${sec(r.extractMs)} (${Math.round((r.n / r.extractMs) * 1000)}/s)`,
			`${(r.extractMs / r.plainMs).toFixed(2)}×`,
			`${sec(r.parseMs)} (${(r.parseMs / r.plainMs).toFixed(1)}×)`,
			sec(r.buildMs),
			r.buildPeak ? mb(r.buildPeak) : 'n/a',
			`${sec(r.rebuildMs)}${r.rebuildPeak ? `, ${mb(r.rebuildPeak)}` : ''}`,
			`${mb(r.buildBytes)}, ${r.buildFiles.toLocaleString('en')} files`,
			`${kb(r.htmlRaw)} (${kb(r.htmlGz)} gz)`,
			`${kb(r.inlineRaw)} (${kb(r.inlineGz)} gz)`,
			`${kb(r.jsRaw)} (${kb(r.jsGz)} gz)`,
			`${kb(r.htmlGz + r.jsGz + r.dataGz)} gz`,
			sec(r.paintMs),
			sec(r.readyMs),
			`${r.brushMs.toFixed(0)} ms`,
			`${r.brushAllMs.toFixed(0)} ms`,
			mb(r.heap),
			Math.round(r.nodes).toLocaleString('en')
		].join(' | ')
	);
	return [head, ...body.map((b) => `| ${b} |`)].join('\n');
}

async function writeReport(rows: Row[]) {
	const file = path.join(root, 'BENCHMARKS.md');
	const section = [
		'<!-- bench:build -->',
		'## Build and dashboard (`npm run bench`)',
		'',
		`Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
		'The machine is shared with other jobs: times are noisy; compare ratios and growth, not seconds.',
		'',
		table(rows),
		'',
		'- Corpus: `npm run gen-corpus` (bulletins, meetings, inspections, press conferences, round-ups,',
		'  personnel notes, off-topic stories from ten outlets; officials from data/roster.json).',
		'- Extraction: one thread, reading included; the ratio is parse + extract ÷ plain `cheerio.load`',
		'  of the same bytes in the same run. The build extracts in worker threads.',
		'- Full build: `vite build`, extraction cache cold; peak memory is the build process (VmHWM).',
		'  Rebuild: ten more articles, the cache warm from the first build.',
		'- Dashboard: `index.html` with its inlined summary (the data alone as SvelteKit also writes it,',
		'  `__data.json`), the scripts the first view loads; in',
		'  Chromium at 1280×900: first contentful paint, the dashboard ready (hydrated, URL read),',
		'  brush release to the painted frame that shows the new period (the overview and the charts',
		"  on screen redraw in the release's own task; charts off screen follow a frame later) and to",
		'  the frame after every chart has redrawn (medians of 3), JS heap after GC.',
		'<!-- /bench:build -->'
	].join('\n');
	let text = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
	const re = /<!-- bench:build -->[\s\S]*?<!-- \/bench:build -->/;
	text = re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`;
	await writeFile(file, text);
}

async function main() {
	if (!existsSync(chromiumPath))
		throw new Error(`No Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
	const roster = JSON.parse(
		await readFile(path.join(root, 'data/roster.json'), 'utf8')
	) as RosterEntry[];
	const work = await mkdtemp(path.join(os.tmpdir(), 'jt-bench-'));
	const rows: Row[] = [];
	try {
		for (const n of counts) {
			const corpus = path.join(work, `corpus-${n}`);
			const out = path.join(work, `site-${n}`);
			const cache = path.join(work, `cache-${n}`);
			console.error(`— ${n} articles: generating`);
			await writeCorpus(corpus, n, roster);
			console.error(`— ${n}: extraction (one thread) and plain cheerio.load`);
			const ex = await measureExtraction(corpus);
			console.error(`— ${n}: full build`);
			const first = await build(corpus, out, cache);
			const size = await du(out);
			console.error(`— ${n}: dashboard in Chromium`);
			const html = await readFile(path.join(out, 'index.html'));
			const inline = await readFile(path.join(out, '__data.json'));
			const dash = await measureDashboard(out);
			console.error(`— ${n}: rebuild after adding ten articles`);
			await writeCorpus(corpus, n + 10, roster);
			const again = await build(corpus, out, cache);
			rows.push({
				n,
				...ex,
				buildMs: first.ms,
				buildPeak: first.peak,
				rebuildMs: again.ms,
				rebuildPeak: again.peak,
				buildBytes: size.bytes,
				buildFiles: size.files,
				htmlRaw: html.length,
				htmlGz: gzipSync(html).length,
				inlineRaw: inline.length,
				inlineGz: gzipSync(inline).length,
				...dash
			});
			console.log(table(rows.slice(-1)).split('\n').slice(2).join('\n'));
			await rm(corpus, { recursive: true, force: true });
			await rm(out, { recursive: true, force: true });
			await rm(cache, { recursive: true, force: true });
		}
	} finally {
		await rm(work, { recursive: true, force: true });
	}
	console.log(`\n${table(rows)}`);
	if (rows.length > 1) {
		const [a, b] = [rows[0], rows[rows.length - 1]];
		console.log(
			`\n${b.n / a.n}× articles: build ${(b.buildMs / a.buildMs).toFixed(1)}×, extraction ${(b.extractMs / a.extractMs).toFixed(1)}×`
		);
	}
	await writeReport(rows);
	console.error('BENCHMARKS.md updated');
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
