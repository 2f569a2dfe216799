import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFeeds } from '../../scripts/ingest/from-feeds';
import { MANIFEST } from '../../scripts/ingest/output';
import { parseArticle } from '../../src/lib/corpus/parse-article';
import { parseFeedDate, readFeed } from '../../src/lib/ingest/feed';

const DIR = 'test/fixtures/feeds';
const read = (file: string) => readFeed(file, readFileSync(path.join(DIR, file)));

/** Each item of the fixtures: the article it becomes (as the corpus reads it back), or a problem. */
const EXPECTED = {
	'rss-1.xml': [
		{
			title: '示例区&示例县联合开展巡查',
			day: '2022-03-10',
			link: 'https://news.example.org/yaowen/2022/0310/a.html',
			guid: 'shili-2022-0310-01',
			text: '检查了十二处场所',
			image: 'https://news.example.org/img/2022/a.jpg'
		},
		{
			title: '示例市发布第3版防控指引 & 问答',
			day: '2022-03-11',
			link: 'https://news.example.org/yaowen/2022/0311/b.html',
			text: '"问答"部分新增五条'
		},
		{ problem: 'date' },
		{
			title: '示例镇恢复公交线路',
			day: '2022-03-12',
			link: 'https://news.example.org/yaowen/2022/0312/c.html',
			guid: 'https://news.example.org/yaowen/2022/0312/c.html',
			text: '另有两条线路调整了站点'
		},
		{ title: '链接无效的条目', day: '2022-03-12', guid: 'shili-2022-0312-05', warning: 'link' },
		{
			title: '按美东时间发布的消息',
			day: '2022-03-13',
			link: 'https://news.example.org/yaowen/2022/0313/f.html',
			guid: 'shili-2022-0313-06'
		},
		{ problem: 'title' }
	],
	'atom.xml': [
		{
			title: '示例县&示例镇完成核酸筛查',
			day: '2022-03-14',
			link: 'https://www.example.com/news/2022/03/14/d.html',
			guid: 'tag:www.example.com,2022:d',
			image: 'https://www.example.com/news/2022/03/img/d.png'
		},
		{
			title: '只有更新时间的条目',
			day: '2022-03-15',
			link: 'https://www.example.com/news/2022/03/15/e.html',
			guid: 'tag:www.example.com,2022:e',
			text: '参会人数 < 50 人'
		},
		{ problem: 'date' }
	],
	'feed.json': [
		{
			title: '样例省通报本周防控进展',
			day: '2022-03-15',
			link: 'https://wire.example.net/a/1001',
			guid: '1001',
			text: '“日报”制度继续执行'
		},
		{
			title: '纯文本条目',
			day: '2022-03-16',
			guid: 'urn:uuid:5f0c2d1e-0000-4000-8000-000000001002',
			text: '开放时间为 8:00 至 18:00'
		},
		{ problem: 'date' },
		{ problem: 'title' }
	]
} as const;

type Expected = {
	title?: string;
	day?: string;
	link?: string;
	guid?: string;
	text?: string;
	image?: string;
	problem?: string;
	warning?: string;
};

describe('readFeed', () => {
	for (const [file, items] of Object.entries(EXPECTED) as [string, readonly Expected[]][]) {
		describe(file, () => {
			const result = read(file);
			items.forEach((want, index) => {
				const label = `${file}#${index + 1}`;
				it(`item ${index + 1} → ${want.problem ? `a ${want.problem} problem` : want.title}`, () => {
					const problems = result.problems.filter((p) => p.file === label);
					const article = result.articles.find((a) => a.origin === label);
					if (want.problem) {
						expect(article).toBeUndefined();
						expect(problems).toEqual([
							expect.objectContaining({ field: want.problem, severity: 'error' })
						]);
						expect(problems[0].message).toContain(`${file} item ${index + 1}`);
						expect(problems[0].hint.length).toBeGreaterThan(20);
						return;
					}
					expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual(
						want.warning ? [`warning ${want.warning}`] : []
					);
					// the corpus reads the written file back as the article expected
					const parsed = parseArticle('x.md', article!.fileText);
					expect(parsed.problems).toEqual([]);
					const a = parsed.article!;
					expect(a.title).toBe(want.title);
					expect(a.day).toBe(want.day);
					expect(a.outlet).toBe(result.title);
					expect(a.link).toBe(want.link);
					expect(a.guid).toBe(want.guid);
					if (want.text) expect(a.paragraphs.map((p) => p.text).join('\n')).toContain(want.text);
					if (want.image) {
						expect(a.headImage).toBe(want.image);
						expect(a.images.map((i) => i.src)).toContain(want.image);
					}
				});
			});
		});
	}

	it('names a file that is not a feed, with the fix', () => {
		const result = read('not-a-feed.xml');
		expect(result.articles).toEqual([]);
		expect(result.problems).toEqual([
			expect.objectContaining({ file: 'not-a-feed.xml', field: 'feed', severity: 'error' })
		]);
		expect(result.problems[0].hint).toMatch(/RSS 2\.0, Atom or JSON Feed/);
	});

	it('credits the outlet given instead of the feed title', () => {
		const result = readFeed('rss-1.xml', readFileSync(path.join(DIR, 'rss-1.xml')), {
			outlet: '示例日报'
		});
		expect(new Set(result.articles.map((a) => a.outlet))).toEqual(new Set(['示例日报']));
		expect(parseArticle('x.md', result.articles[0].fileText).article!.categories).toEqual([
			'示例日报 - 要闻',
			'要闻'
		]);
	});

	it.each([
		['Thu, 10 Mar 2022 12:30:00 +0800', '2022-03-10T04:30:00.000Z'],
		['Sat, 12 Mar 2022 23:30:00 EST', '2022-03-13T04:30:00.000Z'],
		['2022-03-15T08:00:00Z', '2022-03-15T08:00:00.000Z'],
		['2022-03-15 08:00:00', '2022-03-15T00:00:00.000Z'],
		['March 15, 2022 08:00', null],
		['', null]
	])('parseFeedDate(%j) → %j (no zone: refused, not read in the local zone)', (text, iso) => {
		expect(parseFeedDate(text)?.toISOString() ?? null).toBe(iso);
	});
});

describe('ingest --feed on a folder', () => {
	let out: string;
	let report: Awaited<ReturnType<typeof ingestFeeds>>;
	const made: string[] = [];
	beforeAll(async () => {
		out = await mkdtemp(path.join(tmpdir(), 'ingest-feed-'));
		made.push(out);
		report = await ingestFeeds({ input: DIR, out, progress: false });
	});
	afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

	it('writes one file per article; the same item in a later snapshot is one article, its newest version', async () => {
		const files = (await readdir(out)).filter((f) => f !== MANIFEST);
		const articles = await Promise.all(
			files.map(async (f) => parseArticle(f, await readFile(path.join(out, f))).article!)
		);
		const kept = Object.values(EXPECTED)
			.flat()
			.filter((e: Expected) => !e.problem);
		expect(articles.map((a) => a.title).sort()).toEqual(kept.map((e: Expected) => e.title).sort());
		const patrol = articles.find((a) => a.guid === 'shili-2022-0310-01')!;
		expect(patrol.paragraphs[0].text).toContain('十五处场所（更新）');
		expect(report.edited).toBe(1);
		expect(report.scanned).toBe(7 + 1 + 3 + 4);
	});

	it('lists every unreadable item and file', () => {
		expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual([
			'atom.xml#3',
			'feed.json#3',
			'feed.json#4',
			'not-a-feed.xml',
			'rss-1.xml#3',
			'rss-1.xml#7'
		]);
	});

	it('adds nothing when run again', async () => {
		const again = await ingestFeeds({ input: DIR, out, progress: false });
		expect(again.added).toEqual([]);
		expect(again.updated).toEqual([]);
	});

	it('runs from the command line and says what it added', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'ingest-feed-cli-'));
		made.push(dir);
		const run = spawnSync(
			'node_modules/.bin/tsx',
			['scripts/ingest.ts', '--feed', path.join(DIR, 'atom.xml'), '--out', dir, '--quiet'],
			{ encoding: 'utf8' }
		);
		expect(run.status).toBe(0);
		expect(run.stdout.trim().split('\n')).toHaveLength(2);
		expect(run.stdout).toMatch(
			/^added\t2022-03-14_[0-9a-f]{12}\.md\t测试新闻网\t示例县&示例镇完成核酸筛查$/m
		);
		expect(run.stderr).toMatch(/skipped: atom\.xml item 3 «没有时间的条目»: no date\. Fix:/);
		expect(run.stderr).toMatch(/ingest: 1 feed file\(s\), 3 items/);
	}, 30_000);
});
