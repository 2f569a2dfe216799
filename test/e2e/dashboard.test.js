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
		const links = await page.locator('#meetings tbody a[href^="/articles/"]').count();
		assert.ok(links >= rows.length, 'each row links to its sentence');
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
	}
};
