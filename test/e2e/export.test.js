/**
 * Exports: every chart × format from the dashboard's export menus, the prerendered
 * /export/<chart>.svg|png, and proof that Chromium draws an exported SVG with its embedded font
 * (inline under a CSP that allows only `data:` fonts, and as an image drawn into a canvas).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as hb from 'harfbuzzjs';

/** @typedef {import('playwright-core').Page & { assertClean: () => void }} TestPage */
/**
 * @typedef {object} Ctx
 * @property {string} baseURL
 * @property {(options?: import('playwright-core').BrowserContextOptions) => Promise<TestPage>} newPage
 */
/** @typedef {{ error: string | null, name: string, xmlns: string | null, viewBox: string | null, width: number, title: string, texts: string, fontFaces: number, outside: string[] }} SvgInfo */
/** @typedef {Map<string, string[]>} Paragraphs */

const CHARTS = ['overview', 'meetings', 'cases', 'appearances'];
const FORMATS = ['PNG', 'SVG', 'CSV', 'JSON'];
const RANGE =
	/^jilin-(overview|meetings|cases|appearances)_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.(png|svg|csv|json)$/;

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
/** @param {Uint8Array} bytes */
function pngSize(bytes) {
	const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!sig.every((b, i) => bytes[i] === b)) throw new Error('not a PNG file');
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks) → rows of cells. */
/**
 * @param {string} text
 * @returns {string[][]}
 */
function parseCsv(text) {
	/** @type {string[][]} */
	const rows = [];
	/** @type {string[]} */
	let row = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endCell();
		else if (c === '\r' && text[i + 1] === '\n') {
			endCell();
			rows.push(row);
			row = [];
			i++;
		} else cell += c;
	}
	if (cell || row.length) {
		endCell();
		rows.push(row);
	}
	return rows;
}

/** In the page: what a standalone SVG holds and whether it refers outside itself. */
/**
 * @param {TestPage} page
 * @param {string} svgText
 * @returns {Promise<SvgInfo>}
 */
async function inspectSvg(page, svgText) {
	return page.evaluate((/** @type {string} */ text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const error = doc.querySelector('parsererror');
		const root = doc.documentElement;
		const outside = [];
		for (const el of doc.querySelectorAll('*')) {
			if (/^(script|foreignObject|iframe|image)$/.test(el.localName)) outside.push(el.localName);
			for (const a of el.attributes) {
				if (/^on/i.test(a.name)) outside.push(`${a.name} handler`);
				if (/href$/i.test(a.name) && !a.value.startsWith('#')) outside.push(a.value);
				if (/url\(\s*['"]?(?!#|data:)/i.test(a.value)) outside.push(a.value);
			}
		}
		const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('');
		for (const m of css.matchAll(/url\(\s*['"]?([^)'"]{0,60})/g))
			if (!m[1].startsWith('data:') && !m[1].startsWith('#')) outside.push(m[1]);
		if (/@import/.test(css)) outside.push('@import');
		return {
			error: error?.textContent ?? null,
			name: root.localName,
			xmlns: root.getAttribute('xmlns'),
			viewBox: root.getAttribute('viewBox'),
			width: Number(root.getAttribute('width')),
			title: root.querySelector(':scope > title')?.textContent ?? '',
			texts: [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
			fontFaces: (css.match(/@font-face\s*\{[^}]*url\(data:font\/(ttf|otf|woff2?);base64,/g) ?? [])
				.length,
			outside
		};
	}, svgText);
}

/**
 * Every character the SVG draws is in its embedded regular font (read back with HarfBuzz): what
 * Chromium, Inkscape or any other viewer draws comes from the file, never a fallback box.
 */
/**
 * @param {string} svgText
 * @param {string} drawn
 * @param {string} what
 */
function checkFontCoverage(svgText, drawn, what) {
	const faces = [
		...svgText.matchAll(/font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)
	];
	const regular = faces.find((f) => f[1] === '400');
	if (!regular) return assert.fail(`${what}: a regular (400) face is embedded`);
	const face = new hb.Face(new hb.Blob(Buffer.from(regular[2], 'base64')));
	const has = new Set(face.collectUnicodes());
	const missing = [...new Set(drawn.replace(/\s/g, ''))].filter(
		(c) => !has.has(c.codePointAt(0) ?? 0)
	);
	assert.deepEqual(missing, [], `${what}: the embedded font holds every character drawn`);
}

/**
 * @param {SvgInfo} info
 * @param {string} what
 */
function checkSvg(info, what) {
	assert.equal(info.error, null, `${what}: parses as XML`);
	assert.equal(info.name, 'svg', `${what}: an <svg> root`);
	assert.equal(info.xmlns, 'http://www.w3.org/2000/svg', `${what}: xmlns`);
	assert.match(info.viewBox ?? '', /^0 0 \d+ \d+$/, `${what}: viewBox`);
	assert.ok(info.fontFaces >= 1, `${what}: an embedded @font-face`);
	assert.deepEqual(info.outside, [], `${what}: refers to nothing outside itself`);
}

/** In the page: is a PNG (bytes) more than one flat colour? Returns the share of non-background pixels. */
/**
 * @param {TestPage} page
 * @param {Uint8Array} bytes
 * @returns {Promise<number>}
 */
async function inkShare(page, bytes) {
	return page.evaluate(async (/** @type {string} */ b64) => {
		const bin = atob(b64);
		const arr = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
		const bitmap = await createImageBitmap(new Blob([arr], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
		ctx.drawImage(bitmap, 0, 0);
		const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
		const [r, g, b] = data;
		let ink = 0;
		for (let i = 0; i < data.length; i += 4)
			if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 48) ink++;
		return ink / (data.length / 4);
	}, Buffer.from(bytes).toString('base64'));
}

/** Where each quote of a dataset comes from: article id → paragraph texts. */
/**
 * @param {import('../../src/lib/types').Dataset} dataset
 * @returns {Paragraphs}
 */
function paragraphIndex(dataset) {
	return new Map(dataset.articles.map((a) => [a.id, a.paragraphs.map((p) => p.text)]));
}

/** @param {string} link */
function articleOfLink(link) {
	const m = /^\/articles\/([^?#]+)(?:\?s=\d+-\d+)?(?:#p-(\d+))?$/.exec(link);
	return m
		? { id: decodeURIComponent(m[1]), paragraph: m[2] === undefined ? null : Number(m[2]) }
		: null;
}

/**
 * @param {Paragraphs} paragraphs
 * @param {{ link: string, quote: string }} source
 * @param {string} what
 */
function checkQuote(paragraphs, source, what) {
	const where = articleOfLink(source.link);
	if (!where) return assert.fail(`${what}: link ${source.link} points into an article`);
	const texts = paragraphs.get(where.id);
	assert.ok(texts, `${what}: article ${where.id} exists`);
	if (!source.quote) return;
	const text = where.paragraph === null ? texts.join('\n') : texts[where.paragraph];
	assert.ok(text?.includes(source.quote), `${what}: quote "${source.quote}" is in ${source.link}`);
}

/** Open a figure's export menu and click a format; returns the download's name and bytes. */
/**
 * @param {TestPage} page
 * @param {string} chart
 * @param {string} label
 */
async function download(page, chart, label) {
	const menu = page.locator(`figure#${chart} details.export-menu`);
	if (!(await menu.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open)))
		await menu.locator('summary').click();
	const status = menu.locator('[role=status]');
	const downloaded = page.waitForEvent('download', { timeout: 60_000 });
	await menu.getByRole('button', { name: label, exact: true }).click();
	// Fail at once, with the menu's message, when the export reports an error.
	const failed = status
		.filter({ hasText: /failed|失败/ })
		.waitFor({ timeout: 60_000 })
		.then(async () => {
			throw new Error(`${chart} ${label}: ${await status.textContent()}`);
		});
	const file = await Promise.race([downloaded, failed]);
	failed.catch(() => {});
	const bytes = new Uint8Array(await readFile(await file.path()));
	return { name: file.suggestedFilename(), bytes };
}

/** The marks a chart draws now: distinct items (a case day draws two bars with one id). */
/**
 * @param {TestPage} page
 * @param {string} chart
 */
async function marksInView(page, chart) {
	return page.$$eval(`figure#${chart} svg .jt-mark`, (marks) => {
		const keys = new Set(
			marks.map((m) => m.getAttribute('data-id') ?? m.getAttribute('aria-label'))
		);
		return keys.size;
	});
}

/**
 * @param {TestPage} page
 * @param {string} chart
 */
async function chartWidth(page, chart) {
	return page.$eval(`figure#${chart} svg.jt-svg`, (svg) => Number(svg.getAttribute('width')));
}

/**
 * @param {Ctx['newPage']} newPage
 * @param {string} baseURL
 */
async function openDashboard(newPage, baseURL, query = '') {
	const page = await newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
	await page.goto(`${baseURL}/${query}`);
	await page.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready');
	await page.waitForSelector('figure#meetings details.export-menu');
	await page.waitForFunction(() => document.fonts.status === 'loaded');
	return page;
}

/**
 * Measure every `<text>` of an SVG shown inline in a page whose CSP allows only `data:` fonts:
 * once with the embedded font, once with the system's Noto Sans CJK SC and once with a serif
 * fallback. Returns the widths and whether the embedded face loaded.
 */
/**
 * @param {Ctx['newPage']} newPage
 * @param {string} baseURL
 * @param {string} svg
 */
async function measureUnderCsp(newPage, baseURL, svg) {
	const page = await newPage();
	const url = `${baseURL}/__export-font-probe`;
	await page.route(url, (route) =>
		route.fulfill({
			status: 200,
			headers: {
				'content-type': 'text/html; charset=utf-8',
				'content-security-policy':
					"default-src 'none'; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
			},
			body: `<!doctype html><meta charset="utf-8"><body style="margin:0">${svg}</body>`
		})
	);
	await page.goto(url);
	const result = await page.evaluate(async () => {
		await document.fonts.ready;
		const faces = [...document.fonts].map((f) => `${f.family}|${f.weight}|${f.status}`);
		const texts = /** @type {SVGTextElement[]} */ ([...document.querySelectorAll('svg text')]);
		const widths = () => texts.map((t) => t.getComputedTextLength());
		const embedded = widths();
		const override = document.createElement('style');
		document.head.appendChild(override);
		override.textContent = "text,tspan{font-family:'Noto Sans CJK SC' !important}";
		const system = widths();
		override.textContent = 'text,tspan{font-family:serif !important}';
		const serif = widths();
		return { faces, embedded, system, serif, strings: texts.map((t) => t.textContent) };
	});
	page.assertClean();
	await page.close();
	return result;
}

/** @type {Record<string, (ctx: Ctx) => Promise<void>>} */
export const tests = {
	'prerendered /export/<chart>.svg are standalone, titled and draw with their embedded font':
		async ({ baseURL, newPage }) => {
			const page = await newPage();
			await page.goto(`${baseURL}/`);
			for (const chart of CHARTS) {
				const res = await fetch(`${baseURL}/export/${chart}.svg`);
				assert.equal(res.status, 200, `/export/${chart}.svg exists`);
				const svg = await res.text();
				const info = await inspectSvg(page, svg);
				checkSvg(info, `/export/${chart}.svg`);
				checkFontCoverage(svg, info.texts, `/export/${chart}.svg`);
				assert.equal(info.width, 960, `${chart}: rendered at the fixed width`);
				assert.ok(info.title.length > 3, `${chart}: has a title`);
				assert.ok(info.texts.includes(info.title.split(' · ')[0]), `${chart}: title drawn`);
				assert.match(
					info.texts,
					/Source: \d+ articles? from \d+ outlets?/,
					`${chart}: source line`
				);

				const m = await measureUnderCsp(newPage, baseURL, svg);
				assert.ok(
					m.faces.some((f) => /Noto Sans SC\|400\|loaded/.test(f)),
					`${chart}: the embedded regular face loads under font-src data: (${m.faces})`
				);
				let differsFromSerif = 0;
				m.embedded.forEach((w, i) => {
					const s = m.system[i];
					assert.ok(w > 0, `${chart}: "${m.strings[i]}" has a width`);
					// Same glyph advances as the system's Noto Sans CJK SC: no fallback boxes.
					assert.ok(
						Math.abs(w - s) <= Math.max(1, s * 0.02),
						`${chart}: "${m.strings[i]}" is ${w.toFixed(1)} px embedded vs ${s.toFixed(1)} px system`
					);
					if (Math.abs(w - m.serif[i]) > 1) differsFromSerif++;
				});
				// The measurement can tell fonts apart (so a missing embedded font would show).
				assert.ok(differsFromSerif > 0, `${chart}: widths differ from a serif fallback`);
			}
			page.assertClean();
		},

	'prerendered /export/<chart>.png are 2× PNGs that are not blank': async ({
		baseURL,
		newPage
	}) => {
		const page = await newPage();
		await page.goto(`${baseURL}/`);
		for (const chart of CHARTS) {
			const res = await fetch(`${baseURL}/export/${chart}.png`);
			assert.equal(res.status, 200, `/export/${chart}.png exists`);
			const bytes = new Uint8Array(await res.arrayBuffer());
			assert.equal(pngSize(bytes).width, 1920, `${chart}.png is 2 × 960 px wide`);
			const ink = await inkShare(page, bytes);
			assert.ok(
				ink > 0.01 && ink < 0.9,
				`${chart}.png is not blank (${(ink * 100).toFixed(1)}% ink)`
			);
		}
		page.assertClean();
	},

	'an SVG drawn as an image into a canvas uses its embedded font': async ({ baseURL, newPage }) => {
		const svg = await (await fetch(`${baseURL}/export/meetings.svg`)).text();
		const page = await newPage();
		await page.goto(`${baseURL}/`);
		// A family name no system has: with its @font-face the text draws, without it a fallback does.
		const probe = svg.replaceAll("'Noto Sans SC'", "'Export Probe'").replaceAll(', sans-serif', '');
		const noFace = probe.replace(/@font-face\{[^}]*\}/g, '');
		const [withFont, withoutFont] = await page.evaluate(
			async ([a, b]) => {
				/** @param {string} text */
				async function draw(text) {
					const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
					const img = new Image();
					img.src = url;
					await img.decode();
					const canvas = document.createElement('canvas');
					canvas.width = img.naturalWidth;
					canvas.height = img.naturalHeight;
					const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
					ctx.drawImage(img, 0, 0);
					URL.revokeObjectURL(url);
					return [...ctx.getImageData(0, 0, canvas.width, 60).data];
				}
				return [await draw(a), await draw(b)];
			},
			[probe, noFace]
		);
		let differ = 0;
		for (let i = 0; i < withFont.length; i += 4) if (withFont[i] !== withoutFont[i]) differ++;
		assert.ok(differ > 200, `the title draws differently with the embedded font (${differ} px)`);
		page.assertClean();
	},

	'every chart exports PNG, SVG, CSV and JSON of the current view': async ({
		baseURL,
		newPage
	}) => {
		const dataset = await (await fetch(`${baseURL}/data/dataset.json`)).json();
		const paragraphs = paragraphIndex(dataset);
		const page = await openDashboard(newPage, baseURL);
		for (const chart of CHARTS) {
			const marks = await marksInView(page, chart);
			const width = await chartWidth(page, chart);
			const title = (await page.textContent(`figure#${chart} h2`))?.trim() ?? '';
			for (const format of FORMATS) {
				const { name, bytes } = await download(page, chart, format);
				assert.match(name, RANGE, `${chart} ${format}: file name`);
				assert.ok(name.startsWith(`jilin-${chart}_`), `${chart} ${format}: chart slug`);
				if (format === 'PNG') {
					assert.equal(pngSize(bytes).width, width * 2, `${chart} PNG: 2 × ${width} px wide`);
					const ink = await inkShare(page, bytes);
					assert.ok(ink > 0.01 && ink < 0.9, `${chart} PNG: not blank (${ink})`);
				} else if (format === 'SVG') {
					const text = new TextDecoder().decode(bytes);
					const info = await inspectSvg(page, text);
					checkSvg(info, `${chart} SVG`);
					checkFontCoverage(text, info.texts, `${chart} SVG`);
					assert.equal(info.title, title, `${chart} SVG: holds the figure's title`);
					assert.equal(info.width, width, `${chart} SVG: as wide as the chart`);
				} else if (format === 'CSV') {
					assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], `${chart} CSV: BOM`);
					const rows = parseCsv(new TextDecoder().decode(bytes).slice(1));
					const header = rows[0];
					assert.equal(rows.length - 1, marks, `${chart} CSV: a row per mark (${marks})`);
					const q = header.indexOf('source_quotes');
					const l = header.indexOf('source_links');
					for (const row of rows.slice(1)) {
						const quotes = row[q].split('\n');
						row[l].split('\n').forEach((link, i) => {
							if (link) checkQuote(paragraphs, { link, quote: quotes[i] }, `${chart} CSV`);
						});
					}
				} else {
					const json = JSON.parse(new TextDecoder().decode(bytes));
					assert.equal(json.items.length, marks, `${chart} JSON: an item per mark (${marks})`);
					assert.equal(json.chart, chart);
					for (const item of json.items)
						for (const s of item.sources) {
							assert.ok(
								s.title && s.outlet && s.date,
								`${chart} JSON: source has title, outlet, date`
							);
							checkQuote(paragraphs, s, `${chart} JSON`);
						}
				}
			}
		}
		page.assertClean();
	},

	'exports follow the view: period, filters, language, scale and theme': async ({
		baseURL,
		newPage
	}) => {
		const page = await openDashboard(
			newPage,
			baseURL,
			'?from=2022-03-10&to=2022-03-31&kinds=video-conference&lang=zh'
		);
		await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
		const marks = await marksInView(page, 'meetings');
		const json = JSON.parse(
			new TextDecoder().decode((await download(page, 'meetings', 'JSON')).bytes)
		);
		assert.equal(json.items.length, marks, 'JSON: items in the filtered view');
		assert.deepEqual(json.range, { from: '2022-03-10', to: '2022-03-31' });
		assert.deepEqual(json.filters.kinds, ['video-conference']);
		assert.ok(
			json.items.every((/** @type {{ kind: string }} */ i) => i.kind === 'video-conference'),
			'JSON: only the kind shown'
		);

		const svg = await download(page, 'meetings', 'SVG');
		assert.equal(svg.name, 'jilin-meetings_2022-03-10_2022-03-31.svg');
		const text = new TextDecoder().decode(svg.bytes);
		assert.match(text, /2022年3月10日至31日/, 'SVG subtitle states the period (in Chinese)');
		assert.match(text, /类型：视频会议/, 'SVG subtitle states the filter');
		assert.match(text, /来源：\d+家媒体的\d+篇文章/, 'SVG source line in Chinese');
		const info = await inspectSvg(page, text);
		checkSvg(info, 'zh SVG');
		checkFontCoverage(text, info.texts, 'zh SVG');
		const m = await measureUnderCsp(newPage, baseURL, text);
		m.embedded.forEach((w, i) =>
			assert.ok(
				Math.abs(w - m.system[i]) <= Math.max(1, m.system[i] * 0.02),
				`zh: "${m.strings[i]}" is ${w.toFixed(1)} px embedded vs ${m.system[i].toFixed(1)} px system`
			)
		);

		const menu = page.locator('figure#meetings details.export-menu');
		await menu.locator('select').first().selectOption('3');
		await menu.locator('select').nth(1).selectOption('dark');
		const width = await chartWidth(page, 'meetings');
		const png = await download(page, 'meetings', 'PNG');
		assert.equal(pngSize(png.bytes).width, width * 3, 'PNG at 3×');
		const corner = await page.evaluate(async (b64) => {
			const bin = atob(b64);
			const arr = Uint8Array.from(bin, (c) => c.charCodeAt(0));
			const bmp = await createImageBitmap(new Blob([arr], { type: 'image/png' }));
			const c = /** @type {OffscreenCanvasRenderingContext2D} */ (
				new OffscreenCanvas(4, 4).getContext('2d')
			);
			c.drawImage(bmp, 0, 0);
			return [...c.getImageData(1, 1, 1, 1).data.slice(0, 3)];
		}, Buffer.from(png.bytes).toString('base64'));
		assert.ok(
			corner.every((v) => v < 60),
			`dark background (${corner})`
		);
		page.assertClean();
	},

	'a character outside the site font (in a search) still gets its glyph': async ({
		baseURL,
		newPage
	}) => {
		const chars = await (await fetch(`${baseURL}/export/fonts/chars.txt`)).text();
		const rare = ['鑫', '龘', '饕', '鬯'].find((c) => !chars.includes(c));
		assert.ok(rare, 'a character outside the site font');
		const page = await openDashboard(newPage, baseURL, `?q=${encodeURIComponent(rare)}`);
		await page.waitForFunction(() => location.search.includes('q='));
		const { bytes } = await download(page, 'meetings', 'SVG');
		const text = new TextDecoder().decode(bytes);
		assert.ok(text.includes(`“${rare}”`), 'the search is stated in the subtitle');
		const info = await inspectSvg(page, text);
		checkFontCoverage(text, info.texts, 'SVG with a rare character');
		page.assertClean();
	},

	'rapid exports from every menu all arrive: none is dropped, each is Saved after it starts':
		async ({ baseURL, newPage }) => {
			// Chromium drops a download started within a second of ten others: twelve quick exports
			// (CSV, JSON, CSV from the four menus) must all arrive, through the menus' shared queue.
			const page = await openDashboard(newPage, baseURL);
			/** @type {string[]} */
			const names = [];
			page.on('download', (d) => names.push(d.suggestedFilename()));
			const rounds = ['CSV', 'JSON', 'CSV'];
			for (const format of rounds) {
				for (const chart of CHARTS) {
					const menu = page.locator(`figure#${chart} details.export-menu`);
					if (!(await menu.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open)))
						await menu.locator('summary').click();
					await menu.getByRole('button', { name: format, exact: true }).click();
				}
				const ext = format.toLowerCase();
				for (const chart of CHARTS)
					await page
						.locator(`figure#${chart} details.export-menu [role=status]`)
						.filter({ hasText: new RegExp(`^Saved jilin-${chart}_.*\\.${ext}$`) })
						.waitFor({ timeout: 60_000 });
			}
			// Each "Saved" came after its click was handed to the browser; wait for the last events.
			while (names.length < rounds.length * CHARTS.length)
				await page.waitForEvent('download', { timeout: 60_000 });
			const expected = rounds.flatMap((f) =>
				CHARTS.map((c) => new RegExp(`^jilin-${c}_.*\\.${f.toLowerCase()}$`))
			);
			assert.equal(names.length, expected.length, `downloads: ${names.join(', ')}`);
			for (const re of expected)
				assert.ok(
					names.filter((n) => re.test(n)).length >= 1,
					`a download matches ${re} (${names.join(', ')})`
				);
			page.assertClean();
		},

	'Copy image puts a PNG on the clipboard': async ({ baseURL, newPage }) => {
		const page = await newPage({
			viewport: { width: 1200, height: 900 },
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await page.goto(`${baseURL}/`);
		await page.waitForSelector('figure#cases details.export-menu');
		const menu = page.locator('figure#cases details.export-menu');
		await menu.locator('summary').click();
		await menu.getByRole('button', { name: 'Copy image', exact: true }).click();
		const status = menu.locator('[role=status]');
		await status.filter({ hasText: /copied|已复制|failed|失败/i }).waitFor({ timeout: 60_000 });
		assert.match(
			(await status.textContent()) ?? '',
			/copied|已复制/i,
			'the menu says the image is copied'
		);
		const types = await page.evaluate(async () => {
			const items = await navigator.clipboard.read();
			return items.flatMap((i) => i.types);
		});
		assert.ok(types.includes('image/png'), `clipboard holds a PNG (${types})`);
		page.assertClean();
	}
};
