/**
 * What keeps one file from breaking the build: the reader never throws, settings are checked,
 * dates stay in a plausible window, outliers do not stretch the period, and the build stops with a
 * clear message on an empty corpus or under STRICT=1.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBody } from '../../src/lib/corpus/body';
import { defaultWindow, parseWindow } from '../../src/lib/corpus/dates';
import { decodeText } from '../../src/lib/corpus/decode';
import { imageUrl, parseArticle } from '../../src/lib/corpus/parse-article';
import { buildDataset, formatProblem } from '../../src/lib/dataset/build-dataset';
import { corpusPeriod } from '../../src/lib/dataset/period';
import { buildExtraction } from '../../src/lib/extract';
import { contentDays } from '../../src/lib/charts/content-days';
import { buildSettings, corpusLabel } from '../../src/lib/server/corpus';
import { makeArticle } from './helpers/make-article';

const front = (lines: string) => `---\n${lines}\n---\n<p>3月20日，正文。</p>`;
const post = (date = '2022-03-20 18:00:00') => front(`title: '标题'\ndate: ${date}`);

describe('the reader never throws', () => {
	it('an exception inside it becomes a problem naming the file', () => {
		const hostile = {
			byteLength: 10,
			subarray() {
				throw new Error('boom');
			}
		} as unknown as Uint8Array;
		const { article, problems } = parseArticle('odd.txt', hostile);
		expect(article).toBeNull();
		expect(problems).toMatchObject([
			{ file: 'odd.txt', field: 'internal', severity: 'error', message: /odd\.txt.*boom/ }
		]);
	});

	it('an exception in one article’s extraction costs that article its items only', () => {
		const good = makeArticle(['3月20日，省委书记景俊海主持召开全省疫情防控工作会议。'], {
			id: 'good'
		});
		const bad = makeArticle(['正文。'], { id: 'bad' });
		Object.defineProperty(bad, 'paragraphs', {
			get() {
				throw new Error('boom');
			}
		});
		const failed: string[] = [];
		const x = buildExtraction([bad, good], undefined, (a) => failed.push(a.id));
		expect(failed).toEqual(['bad']);
		expect(x.events.map((e) => e.sources[0].article)).toEqual(['good']);
	});

	it.each([
		['5,000 nested spans', `<p>${'<span>'.repeat(5000)}正文。${'</span>'.repeat(5000)}</p>`],
		['10,000 nested divs', `${'<div>'.repeat(10_000)}<p>正文。</p>${'</div>'.repeat(10_000)}`],
		['100,000 nested <b>', `<p>${'<b>'.repeat(100_000)}正文。</p>`]
	])('%s are read as text, with a note', (_name, html) => {
		const notes: string[] = [];
		const blocks = readBody(html, (n) => notes.push(n));
		expect(blocks.map((b) => b.type === 'text' && b.text)).toEqual(['正文。']);
		expect(notes).toEqual([expect.stringMatching(/nested more than 200 levels/)]);
	});

	it('ordinary nesting gets no note', () => {
		const notes: string[] = [];
		readBody(`${'<div>'.repeat(50)}<p><b><i>正文。</i></b></p>${'</div>'.repeat(50)}`, (n) =>
			notes.push(n)
		);
		expect(notes).toEqual([]);
	});
});

describe('values that are not what they seem', () => {
	it.each([
		["title: ['一', '二']", /the title is a list \(\["一","二"\]\)/],
		['title: {zh: 中文}', /the title is a mapping \(\{"zh":"中文"\}\)/],
		['title: true', /the title is the yes\/no value true/],
		["title: ''", /the title is empty/],
		['title: []', /the title is an empty list/],
		['author: x', /has no title/]
	])('%s', (line, message) => {
		const { problems } = parseArticle('t.txt', front(`${line}\ndate: 2022-03-20`));
		expect(problems).toMatchObject([{ field: 'title', message }]);
	});

	it('a date that is a mapping says so', () => {
		const { problems } = parseArticle('d.txt', front("title: 't'\ndate: {day: 20}"));
		expect(problems).toMatchObject([{ field: 'date', message: /the date is a mapping/ }]);
	});

	it.each([
		['https://x.cn/a.jpg', 'https://x.cn/a.jpg'],
		['//x.cn/a.jpg', 'https://x.cn/a.jpg'],
		['http://exa mple.com/x.png', null],
		['/relative/a.jpg', null],
		['javascript:alert(1)', null],
		['data:image/png;base64,AAAA', null],
		['https://[::1', null]
	])('image address %j → %j', (src, expected) => expect(imageUrl(src)).toBe(expected));
});

describe('UTF-16', () => {
	const text = post();
	const le = Buffer.from(text, 'utf16le');
	const be = Buffer.from(le).swap16();
	it.each([
		['LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
		['BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be']
	])('%s is read, with a note', (_name, bytes, encoding) => {
		const { article, problems } = parseArticle('u.txt', bytes);
		expect(article?.title).toBe('标题');
		expect(article?.encoding).toBe(encoding);
		expect(problems).toMatchObject([{ field: 'encoding', severity: 'warning' }]);
	});

	it.each([
		['LE', le, 'UTF-16LE'],
		['BE', be, 'UTF-16BE']
	])('%s without a BOM is named as UTF-16', (_name, bytes, name) => {
		const decoded = decodeText(bytes);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.reason).toContain(`${name} text without a byte-order mark`);
	});

	it('a binary file is still a binary file', () => {
		const decoded = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4]));
		expect(decoded.ok || decoded.reason).toMatch(/NUL bytes/);
	});
});

describe('the plausible window', () => {
	const window = defaultWindow(new Date('2022-06-01T00:00:00Z'));
	it('is 2000-01-01 to a year after the build', () => {
		expect(window).toEqual({ from: '2000-01-01', to: '2023-06-01' });
	});

	it.each(['1970-01-01', '1999-12-31 23:00:00', '2100-03-20', '2023-06-02'])(
		'a date of %s is a problem with the setting that would accept it',
		(date) => {
			const { article, problems } = parseArticle('d.txt', post(date), { window });
			expect(article).toBeNull();
			expect(problems).toMatchObject([
				{ field: 'date', message: /outside the plausible window/, hint: /DATE_WINDOW=/ }
			]);
		}
	);

	it('accepts its edges', () => {
		expect(parseArticle('d.txt', post('2000-01-01'), { window }).article).not.toBeNull();
		expect(parseArticle('d.txt', post('2023-06-01 23:59:59'), { window }).article).not.toBeNull();
	});

	it.each([
		['2019-12-01..2023-12-31', { from: '2019-12-01', to: '2023-12-31' }],
		['..2030-01-01', { from: '2000-01-01', to: '2030-01-01' }],
		['2010-01-01..', { from: '2010-01-01', to: '2023-06-01' }],
		['2022', /not FROM\.\.TO/],
		['2022-02-30..', /not FROM\.\.TO/],
		['2023-01-01..2022-01-01', /ends before it starts/]
	])('setting %j', (setting, expected) => {
		const parsed = parseWindow(setting, window);
		if (expected instanceof RegExp) expect(parsed).toMatch(expected);
		else expect(parsed).toEqual(expected);
	});

	it('extracted dates outside it are left out with a note', () => {
		// Published on the window's first day, the article dates its meeting in the year before.
		const text =
			"---\ntitle: '疫情防控会议'\ndate: 2000-01-02 10:00:00\n---\n<p>12月30日，省委书记景俊海主持召开省委常委会会议。</p>";
		const ds = buildDataset('.', [{ file: 'edge.txt', bytes: text }], [], new Date('2001-01-01'));
		for (const d of [...ds.events, ...ds.caseReports, ...ds.appearances])
			expect(d.date >= '2000-01-01').toBe(true);
		expect(ds.corpus.problems).toMatchObject([
			{ file: 'edge.txt', severity: 'warning', message: /dated outside the plausible window/ }
		]);
	});
});

describe('the period', () => {
	const a = (id: string, day: string) => ({ id, day });
	const none = () => [];
	it.each([
		['one article', [a('x', '2022-03-10')], { from: '2022-03-10', to: '2022-03-10' }, []],
		[
			'a stray old article',
			[a('old', '2005-06-01'), a('b', '2022-03-10'), a('c', '2022-04-01'), a('d', '2022-04-02')],
			{ from: '2022-03-10', to: '2022-04-02' },
			['old']
		],
		[
			'two real stretches',
			[
				...['01', '02', '03'].map((d) => a(`p${d}`, `2020-01-${d}`)),
				...['01', '02', '03', '04'].map((d) => a(`q${d}`, `2022-03-${d}`))
			],
			{ from: '2020-01-01', to: '2022-03-04' },
			[]
		],
		[
			'a dense corpus with reprints weeks and months later',
			[
				...Array.from({ length: 30 }, (_, i) =>
					a(`d${i}`, `2022-03-${String(i + 1).padStart(2, '0')}`)
				),
				a('may', '2022-05-06'),
				a('july', '2022-07-20'),
				a('next-year', '2023-02-28')
			],
			{ from: '2022-03-01', to: '2022-03-30' },
			['may', 'july', 'next-year']
		],
		[
			'a steady corpus over years',
			Array.from({ length: 40 }, (_, i) =>
				a(`m${i}`, `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`)
			),
			{ from: '2020-01-15', to: '2023-04-15' },
			[]
		]
	])('%s', (_name, articles, period, outliers) => {
		expect(corpusPeriod(articles, none)).toEqual({ period, outliers, gap: expect.any(Number) });
	});

	it('widens to the items of the articles in it, not of the outliers', () => {
		const days: Record<string, string[]> = { b: ['2022-03-01'], old: ['2005-05-01'] };
		const result = corpusPeriod(
			[a('old', '2005-06-01'), a('b', '2022-03-10'), a('c', '2022-03-12')],
			(id) => days[id] ?? []
		);
		expect(result.period).toEqual({ from: '2022-03-01', to: '2022-03-12' });
	});
});

describe('day pages', () => {
	it('only days with something; every day of a short span; the ends of a long one', () => {
		const ev = (date: string, dateEnd?: string) => ({ date, dateEnd });
		expect(
			contentDays({
				articles: [{ day: '2022-03-10' }],
				events: [ev('2022-03-01', '2022-03-03'), ev('2000-01-01', '2022-01-01')],
				caseReports: [{ date: '2022-03-10' }],
				appearances: [{ date: '2022-03-20' }]
			})
		).toEqual([
			'2000-01-01',
			'2022-01-01',
			'2022-03-01',
			'2022-03-02',
			'2022-03-03',
			'2022-03-10',
			'2022-03-20'
		]);
	});
});

describe('build settings', () => {
	it('takes the build time from SOURCE_DATE_EPOCH, else the newest file', () => {
		expect(buildSettings(1_650_000_000_000, { SOURCE_DATE_EPOCH: '1648771200' }).built).toEqual(
			new Date('2022-04-01T00:00:00Z')
		);
		expect(buildSettings(1_650_000_000_000, {}).built).toEqual(new Date(1_650_000_000_000));
	});

	it.each([
		[{ SOURCE_DATE_EPOCH: 'yesterday' }, /SOURCE_DATE_EPOCH=yesterday is not a number/],
		[{ DATE_WINDOW: '2022' }, /DATE_WINDOW: the date window `2022` is not FROM\.\.TO/]
	])('rejects %j', (env, message) => {
		expect(() => buildSettings(0, env)).toThrow(message);
	});

	it('names the corpus folder relative to the project, or absolute outside it', () => {
		expect(corpusLabel('/p/seeds', '/p')).toBe('seeds');
		expect(corpusLabel('/p', '/p')).toBe('.');
		expect(corpusLabel('/data/corpus', '/p')).toBe('/data/corpus');
	});
});

describe('the build stops with a clear message', () => {
	const env = { ...process.env };
	afterEach(() => {
		process.env = { ...env };
		vi.resetModules();
	});

	async function datasetOf(files: Record<string, string>, settings: Record<string, string> = {}) {
		const dir = await mkdtemp(path.join(tmpdir(), 'get-dataset-'));
		for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
		Object.assign(process.env, { CORPUS_DIR: dir }, settings);
		vi.resetModules();
		const { getDataset } = await import('../../src/lib/server/dataset');
		return { dir, dataset: getDataset() };
	}

	it('on a corpus folder without articles, saying where to point CORPUS_DIR', async () => {
		const { dir, dataset } = await datasetOf({ 'notes.pdf': '%PDF' });
		await expect(dataset).rejects.toThrow(
			new RegExp(
				`The corpus folder ${dir} has no articles \\(1 problem\\(s\\), listed below\\)\\. Point CORPUS_DIR`
			)
		);
		await expect(dataset).rejects.toThrow(/skipped: notes\.pdf is not an article file/);
	});

	it('under STRICT=1, listing every problem', async () => {
		const { dataset } = await datasetOf(
			{ 'a.txt': post(), 'b.txt': front("date: '2022-03-20'"), 'c.md': front("title: 't'") },
			{ STRICT: '1' }
		);
		const error = await dataset.catch((e: Error) => e);
		expect(String(error)).toMatch(/STRICT=1: 2 problem\(s\) in /);
		expect(String(error)).toMatch(
			/\nskipped: b\.txt has no title\..*\nskipped: c\.md has no date\./s
		);
	});

	it('prints each problem once per process, however often the dataset is read', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const first = await datasetOf({ 'a.txt': post(), 'b.txt': front("date: '2022-03-20'") });
			await first.dataset;
			// A second reader in the same process (SvelteKit's prerender after its analyse step).
			vi.resetModules();
			const { getDataset } = await import('../../src/lib/server/dataset');
			await getDataset();
			expect(warn.mock.calls.map((c) => c[0])).toEqual([
				formatProblem({
					file: 'b.txt',
					field: 'title',
					message: 'b.txt has no title.',
					hint: (await getDataset()).corpus.problems[0].hint,
					severity: 'error'
				})
			]);
			expect(await readFile('.svelte-kit/problems-printed', 'utf8')).toMatch(
				new RegExp(`^${process.pid} [0-9a-f]{64}\\n$`)
			);
		} finally {
			warn.mockRestore();
		}
	});
});
