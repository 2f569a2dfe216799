/**
 * Dashboard browser tests: marks match the data, tooltips quote, links land on the highlighted
 * sentence, brushing and the URL agree, keyboard alone works, tables list the same items.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {import('../../src/lib/types').Dataset} Dataset
 * @typedef {import('../../src/lib/types').TimelineEvent} TimelineEvent
 * @typedef {import('playwright-core').Page & { assertClean: () => void }} TestPage
 * @typedef {{
 *   baseURL: string,
 *   root: string,
 *   newPage: (options?: import('playwright-core').BrowserContextOptions) => Promise<TestPage>
 * }} Context
 */

/**
 * The dataset the dashboard shows: the corpus, or the fixture while extraction yields nothing.
 * @param {string} baseURL
 * @param {string} root
 * @returns {Promise<Dataset>}
 */
async function dashboardDataset(baseURL, root) {
	const ds = await (await fetch(`${baseURL}/data/dataset.json`)).json();
	if (ds.events.length || ds.caseReports.length || ds.appearances.length) return ds;
	return JSON.parse(readFileSync(path.join(root, 'test/fixtures/sample-dataset.json'), 'utf8'));
}

/**
 * A value the test needs: fail with `what` when it is missing.
 * @template T
 * @param {T | null | undefined} value
 * @param {string} what
 * @returns {T}
 */
function must(value, what) {
	assert.ok(value !== null && value !== undefined, what);
	return /** @type {T} */ (value);
}

/** @type {(e: TimelineEvent, from: string, to: string) => boolean} */
const overlaps = (e, from, to) => e.date <= to && (e.dateEnd ?? e.date) >= from;

/** @param {import('playwright-core').Page} page */
async function meetingIds(page) {
	return page.$$eval('#meetings .jt-mark', (els) => els.map((e) => e.getAttribute('data-id')));
}

/**
 * Wait until the dashboard has read its URL (it hydrates with the default view first).
 * @param {import('playwright-core').Page} page
 */
async function ready(page) {
	await page.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready');
}

/**
 * Meetings on the dashboard without filters.
 * @param {import('playwright-core').Page} page
 * @param {string} baseURL
 */
async function dashboardCount(page, baseURL) {
	const other = await page.context().newPage();
	await other.goto(`${baseURL}/`);
	await ready(other);
	const n = await other.locator('#meetings .jt-mark').count();
	await other.close();
	return n;
}

/** @type {Record<string, (ctx: Context) => Promise<void>>} */
export const tests = {
	'marks equal the dataset items in the period': async ({ baseURL, newPage, root }) => {
		const ds = await dashboardDataset(baseURL, root);
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const ids = await meetingIds(page);
		assert.deepEqual(new Set(ids), new Set(ds.events.map((e) => e.id)), 'one mark per event');
		const province = ds.caseReports.filter((c) => c.region === '吉林省');
		const figures = province
			.flatMap((c) => [c.confirmed, c.asymptomatic])
			.filter((v) => v !== null);
		assert.equal(
			await page.locator('#cases .jt-mark').count(),
			figures.length,
			'one bar per figure'
		);
		const [from, to] = ['2022-03-10', '2022-03-31'];
		await page.goto(`${baseURL}/?from=${from}&to=${to}`);
		await ready(page);
		const inRange = ds.events.filter((e) => overlaps(e, from, to)).map((e) => e.id);
		assert.deepEqual(new Set(await meetingIds(page)), new Set(inRange), 'events in the period');
		page.assertClean();
	},

	'hovering a meeting shows its quote and outlet': async ({ baseURL, newPage, root }) => {
		const ds = await dashboardDataset(baseURL, root);
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const mark = page.locator('#meetings .jt-mark').first();
		const id = await mark.getAttribute('data-id');
		const event = must(
			ds.events.find((e) => e.id === id),
			`event ${id}`
		);
		await mark.hover();
		const tip = page.locator('#meetings [role=tooltip]');
		await tip.waitFor();
		const text = (await tip.textContent()) ?? '';
		assert.ok(text.includes(event.sources[0].quote), 'the tooltip quotes the sentence');
		const article = must(
			ds.articles.find((a) => a.id === event.sources[0].article),
			'the article'
		);
		assert.ok(text.includes(article.outlet), 'and names the outlet');
		page.assertClean();
	},

	'clicking a meeting opens the article with the sentence highlighted': async ({
		baseURL,
		newPage,
		root
	}) => {
		const ds = await dashboardDataset(baseURL, root);
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const mark = page.locator('#meetings .jt-mark').nth(1);
		const id = await mark.getAttribute('data-id');
		const event = must(
			ds.events.find((e) => e.id === id),
			`event ${id}`
		);
		const source = event.sources[0];
		await mark.click();
		await page.waitForURL(
			new RegExp(`/articles/${source.article}\\?s=\\d+-\\d+#p-${source.paragraph}$`)
		);
		const marked = page.locator(`#p-${source.paragraph} mark.m-target`);
		await marked.first().waitFor();
		const text = (await marked.allTextContents()).join('');
		assert.equal(text, source.quote);
		assert.ok(await marked.first().isVisible(), 'the sentence is scrolled into view');
		page.assertClean();
	},

	'brushing sets the URL and the marks; back, forward and the link restore them': async ({
		baseURL,
		newPage
	}) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const before = await meetingIds(page);
		const svg = page.locator('#overview svg.jt-svg');
		const box = must(await svg.boundingBox(), 'the overview is on screen');
		await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.4);
		await page.waitForSelector('#overview [data-brush=ready]');
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4, { steps: 4 });
		await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.4, { steps: 4 });
		await page.mouse.up();
		await page.waitForURL(/from=2022-\d\d-\d\d&to=2022-\d\d-\d\d/);
		const url = page.url();
		const after = await meetingIds(page);
		assert.ok(after.length < before.length, 'fewer marks in a shorter period');
		await page.goBack();
		await page.waitForURL(`${baseURL}/`);
		assert.deepEqual(await meetingIds(page), before, 'back restores all marks');
		await page.goForward();
		await page.waitForURL(url);
		assert.deepEqual(await meetingIds(page), after, 'forward restores the period');
		const shared = await newPage({ viewport: { width: 1280, height: 900 } });
		await shared.goto(url);
		await ready(shared);
		assert.deepEqual(await meetingIds(shared), after, 'a shared link restores the view');
		const period = await shared.locator('.filters .range').textContent();
		assert.ok(period && !period.includes('30 Apr'), `the period is shown (${period})`);
		page.assertClean();
		shared.assertClean();
	},

	'the keyboard alone reaches and opens a mark': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		let inMeetings = false;
		for (let i = 0; i < 80 && !inMeetings; i++) {
			await page.keyboard.press('Tab');
			inMeetings = await page.evaluate(
				() =>
					!!document.activeElement?.closest('#meetings') &&
					!!document.activeElement?.matches('.jt-mark')
			);
		}
		assert.ok(inMeetings, 'Tab reaches the meetings chart');
		const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
		assert.notEqual(first, second, 'an arrow key moves to the next mark');
		const label = await page.evaluate(
			() => document.activeElement?.getAttribute('aria-label') ?? ''
		);
		assert.match(label, /, (\d+ \w+ 2022|daily)/, `the mark has a name (${label})`);
		const tip = (await page.locator('#meetings [role=tooltip]').textContent()) ?? '';
		assert.ok(tip.length > 10, 'focus shows the tooltip');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/articles\/[^?]+\?s=\d+-\d+#p-\d+$/);
		page.assertClean();
	},

	'the table lists the same items as the chart': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/?from=2022-03-01&to=2022-03-20`);
		await ready(page);
		const ids = await meetingIds(page);
		await page.click('#meetings header button.toggle');
		await page.waitForURL(/tables=meetings/);
		const rows = await page.$$eval('#meetings tbody tr[data-id]', (els) =>
			els.map((e) => e.getAttribute('data-id'))
		);
		assert.deepEqual(rows, ids, 'same items, same order');
		// each row links to its sentence at once; the quotes follow with the day details
		const links = await page.locator('#meetings tbody a[href^="/articles/"]').count();
		assert.ok(links >= rows.length, 'each row links to its sentence');
		await page.waitForFunction(
			(n) => document.querySelectorAll('#meetings tbody tr[data-id] q').length >= n,
			rows.length
		);
		page.assertClean();
	},

	'Chinese UI from the URL, nothing overflows on a phone': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
		await page.goto(`${baseURL}/?lang=zh`);
		await ready(page);
		assert.equal(await page.locator('#meetings h2').textContent(), '会议与检查');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		assert.ok(overflow <= 0, `no horizontal page scroll (${overflow}px)`);
		const label =
			(await page.locator('#meetings .jt-mark').first().getAttribute('aria-label')) ?? '';
		assert.match(label, /2022年\d+月\d+日/);
		page.assertClean();
	},

	'day and person pages': async ({ baseURL, newPage, root }) => {
		const ds = await dashboardDataset(baseURL, root);
		const page = await newPage();
		const event = ds.events[0];
		await page.goto(`${baseURL}/days/${event.date}`);
		await page.waitForSelector('h1');
		assert.ok(((await page.textContent('main')) ?? '').includes(event.sources[0].quote));
		const person = ds.people.find((p) => p.name === event.chair) ?? ds.people[0];
		await page.goto(`${baseURL}/people/${person.id}`);
		assert.ok(((await page.textContent('h1')) ?? '').includes(person.name));
		page.assertClean();
	},
	'one tab stop per chart; Up/Down move between rows, Home/End to the ends': async ({
		baseURL,
		newPage
	}) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		await page.focus('.filters input[type=search]');
		/** @type {string[]} */
		const stops = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(() => {
				const a = document.activeElement;
				const fig = a?.closest('figure')?.id;
				if (!fig) return null;
				return `${fig}:${a?.matches('.jt-mark') ? 'mark' : a?.closest('[role=tooltip]') ? 'tooltip' : a?.tagName}`;
			});
			if (!stop) break;
			stops.push(stop);
		}
		assert.ok(!stops.some((s) => /:svg$/i.test(s)), `no <svg> is a tab stop: ${stops}`);
		assert.ok(
			!stops.some((s) => s.endsWith(':tooltip')),
			`no tooltip link is a tab stop: ${stops}`
		);
		for (const fig of ['overview', 'meetings', 'cases', 'appearances'])
			assert.equal(stops.filter((s) => s === `${fig}:mark`).length, 1, `one mark stop in ${fig}`);

		// the appearance matrix: Down moves to the next person's row, near the same day
		await page.focus('#appearances .jt-mark[tabindex="0"]');
		const at = () =>
			page.evaluate(() => ({
				person: document.activeElement?.getAttribute('data-person'),
				date: document.activeElement?.getAttribute('data-date') ?? '',
				row: Number(document.activeElement?.getAttribute('data-row'))
			}));
		const start = await at();
		await page.keyboard.press('ArrowDown');
		const down = await at();
		assert.equal(down.row, start.row + 1, 'Down goes to the row below');
		const gap = (a = '', b = '') => Math.abs(Date.parse(a) - Date.parse(b)) / 864e5;
		const rowDays = await page.$$eval(`#appearances .jt-mark[data-row="${down.row}"]`, (els) =>
			els.map((e) => e.getAttribute('data-date') ?? '')
		);
		assert.equal(
			gap(down.date, start.date),
			Math.min(...rowDays.map((d) => gap(d, start.date))),
			'to its mark nearest in time'
		);
		await page.keyboard.press('ArrowUp');
		assert.equal((await at()).row, start.row, 'Up goes back');
		await page.keyboard.press('End');
		const dates = await page.$$eval('#appearances .jt-mark', (els) =>
			els.map((e) => e.getAttribute('data-date') ?? '')
		);
		assert.equal((await at()).date, dates.at(-1), 'End: the last mark');
		await page.keyboard.press('Home');
		assert.equal((await at()).date, dates[0], 'Home: the first mark');
		page.assertClean();
	},
	'the kinds, the dates and the search say what they do': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const boxes = page.locator('.kinds input[type=checkbox]');
		const n = await boxes.count();
		for (let i = 0; i < n - 1; i++) {
			await boxes.nth(i).uncheck();
			await page.waitForURL(/kinds=/);
		}
		// the last kind cannot be unchecked: empty would mean "all"
		await boxes.nth(n - 1).click();
		// The refusal is said in the status line: wait for it, not for a while.
		await page.locator('.filters [role=status]').filter({ hasText: /kind/i }).waitFor();
		const checked = await boxes.evaluateAll((els) =>
			els.map((e) => /** @type {HTMLInputElement} */ (e).checked)
		);
		assert.deepEqual(checked, [...Array(n - 1).fill(false), true], 'boxes show the filter');
		assert.match(page.url(), /kinds=other$/);
		assert.match((await page.locator('.filters [role=status]').textContent()) ?? '', /kind/i);
		const kinds = await page.$$eval('#meetings .jt-mark', (els) => els.length);
		assert.ok(kinds < (await dashboardCount(page, baseURL)), 'only the kind checked is shown');

		// From after To: swapped, and said so
		await page.goto(`${baseURL}/?from=2022-03-10&to=2022-03-20`);
		await ready(page);
		await page.fill('.filters input[type=date] >> nth=0', '2022-03-25');
		await page.waitForURL(/from=2022-03-20&to=2022-03-25/);
		assert.match(
			(await page.locator('.filters [role=status]').textContent()) ?? '',
			/swapped/,
			'the swap is announced'
		);
		// clearing an end resets it to the data's extent
		await page.fill('.filters input[type=date] >> nth=1', '');
		await page.waitForURL(
			(url) => !url.searchParams.has('to') || url.searchParams.get('to') !== '2022-03-25'
		);
		assert.equal(await page.inputValue('.filters input[type=date] >> nth=1'), '2022-04-30');

		// pinyin finds the meetings the person chaired
		await page.goto(`${baseURL}/?q=Jing+Junhai`);
		await ready(page);
		assert.ok((await page.locator('#meetings .jt-mark').count()) > 0, 'meetings by pinyin');
		page.assertClean();
	},
	'Escape closes the lists and the export menus, focus back on the opener': async ({
		baseURL,
		newPage
	}) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		for (const sel of [
			'.filters details.pick >> nth=0',
			'.filters details.pick >> nth=1',
			'#meetings details'
		]) {
			const details = page.locator(sel);
			await details.locator('summary').click();
			assert.equal(await details.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open), true);
			await details.locator('input, button').first().focus();
			await page.keyboard.press('Escape');
			assert.equal(
				await details.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open),
				false,
				`${sel} closes`
			);
			assert.equal(
				await details.evaluate((d) => document.activeElement === d.querySelector('summary')),
				true,
				`${sel}: focus is back on its summary`
			);
		}
		page.assertClean();
	},
	'a multi-day meeting highlights all its days in every chart': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/`);
		await ready(page);
		const span = page.locator('#meetings .jt-mark[data-date="2022-03-02"]').first();
		if (!(await span.count())) return; // no daily run in this dataset
		await span.hover();
		const widths = await page.$$eval('.jt-hl', (els) =>
			els.map((e) => Number(e.getAttribute('width')))
		);
		const day = await page.$eval('#cases .jt-mark', (e) =>
			Number(e.querySelector('rect:not(.jt-focus)')?.getAttribute('width'))
		);
		assert.equal(widths.length, 4, 'a highlight in each chart');
		for (const w of widths.slice(1)) assert.ok(w > 6 * day, `the highlight spans the days (${w})`);
		// the case chart explains its grey band
		const legend =
			(await page.locator('#cases .legend, #cases [class*=legend]').first().textContent()) ?? '';
		assert.match(legend, /band/i);
		page.assertClean();
	},
	'a table open in its figure prints once': async ({ baseURL, newPage }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseURL}/?tables=meetings`);
		await ready(page);
		await page.emulateMedia({ media: 'print' });
		const shown = await page.$$eval(
			'table',
			(tables) =>
				tables.filter((t) => t.querySelector('tr[data-id^="ev"]') && t.getClientRects().length)
					.length
		);
		assert.equal(shown, 1, 'the meetings table prints once');
		page.assertClean();
	},
	'on a phone the brush is ready before the first drag': async ({ baseURL, newPage }) => {
		const page = await newPage({
			viewport: { width: 390, height: 800 },
			hasTouch: true,
			isMobile: true
		});
		await page.goto(`${baseURL}/`);
		await ready(page);
		await page.waitForSelector('#overview [data-brush=ready]');
		assert.equal(await page.locator('#overview g.brush .overlay').count(), 1, 'the brush is drawn');
		page.assertClean();
	}
};
