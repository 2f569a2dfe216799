import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleId, parseArticle } from '../../src/lib/corpus/parse-article';
import { archivePost } from '../../src/lib/ingest/archive-path';
import { corpusFileName } from '../../src/lib/ingest/file-name';
import { Ledger, storyKey, type Candidate } from '../../src/lib/ingest/ledger';
import { beijingDay, parsePublished } from '../../src/lib/corpus/dates';
import {
	dayInBeijing,
	hasText,
	plainText,
	publishedAt,
	readPost
} from '../../src/lib/ingest/read-post';
import { parseDayOption, parseMatchOption, select } from '../../src/lib/ingest/select';

describe('archivePost', () => {
	it.each([
		[
			'source/_posts/金融/新浪财经/新浪财经－国內/标题.md',
			'source/_posts',
			{
				rel: '金融/新浪财经/新浪财经－国內/标题.md',
				group: '金融',
				source: '新浪财经',
				feed: '新浪财经－国內',
				name: '标题'
			}
		],
		[
			'source/_posts/源/栏目/标题.md',
			'./source/_posts/',
			{ rel: '源/栏目/标题.md', source: '源', feed: '栏目', name: '标题' }
		],
		[
			'posts/a/b/c/d/t.html',
			'posts',
			{ rel: 'a/b/c/d/t.html', group: 'a/b', source: 'c', feed: 'd', name: 't' }
		],
		['source/_posts/a/b/c/logo.png', 'source/_posts', null],
		['README.md', 'source/_posts', null],
		['source/_postsX/a.md', 'source/_posts', null]
	])('%s under %s', (path, root, want) => {
		const got = archivePost(path, root);
		if (want === null) expect(got).toBeNull();
		else expect(got).toEqual({ group: undefined, ...want });
	});
});

describe('corpusFileName', () => {
	it('is stable, URL-safe and its own article id', () => {
		const name = corpusFileName('2022-03-10', 'archive:金融/新浪财经/x/标题.md@2022-03-10');
		expect(name).toBe(corpusFileName('2022-03-10', 'archive:金融/新浪财经/x/标题.md@2022-03-10'));
		expect(name).toMatch(/^2022-03-10_[0-9a-f]{12}\.md$/);
		expect(articleId(name)).toBe(name.slice(0, -3));
		expect(corpusFileName('2022-03-10', 'other')).not.toBe(name);
	});
});

describe('select', () => {
	const post = { day: '2022-03-10', text: '吉林省召开会议\n长春市……' };
	it.each([
		[{}, 'kept'],
		[{ from: '2022-03-10', to: '2022-03-10' }, 'kept'],
		[{ from: '2022-03-11' }, 'outside-window'],
		[{ to: '2022-03-09' }, 'outside-window'],
		[{ match: parseMatchOption('长春|四平') }, 'kept'],
		[{ match: parseMatchOption('上海') }, 'no-match']
	] as const)('%j → %s', (selection, verdict) => expect(select(post, selection)).toBe(verdict));

	it('checks day options', () => {
		expect(parseDayOption('2022-04-30', '--to')).toBe('2022-04-30');
		expect(() => parseDayOption('2022-04-31', '--to')).toThrow(/--to 2022-04-31: expected a day/);
		expect(() => parseDayOption('30/04/2022', '--to')).toThrow(/YYYY-MM-DD/);
		expect(() => parseMatchOption('(')).toThrow(/--match \(: not a regular expression/);
	});
});

describe('readPost', () => {
	const post = (front: string, body = '<p>　　正文&amp;内容。</p>') =>
		new TextEncoder().encode(`\n---\n${front}\n---\n\n<div>${body}</div>`);
	it('reads title, outlet, day and text', () => {
		const result = readPost(
			'p@c',
			post("title: '标题'\nauthor: 新浪财经\ndate: Fri, 15 Apr 2022 18:51:18 GMT")
		);
		expect(result).toMatchObject({
			ok: true,
			post: { title: '标题', outlet: '新浪财经', day: '2022-04-16', text: '标题\n正文&内容。' }
		});
	});
	it.each([
		['author: x\ndate: 2022-03-10', 'title'],
		["title: 'a'\nauthor: x", 'date'],
		['title: a: b\ndate: 2022-03-10', 'front-matter'],
		["title: 'a'\ndate: 2022-03-10", 'body', '<!-- only a comment -->']
	])('names the problem: %j → %s', (front, field, body?: string) => {
		const result = readPost('p@c', post(front, body));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problem).toMatchObject({ file: 'p@c', field, severity: 'error' });
			expect(result.problem.message.startsWith('p@c: ')).toBe(true);
		}
	});
	it.each([
		'Fri, 15 Apr 2022 14:51:18 GMT',
		'Fri, 15 Apr 2022 23:51:18 +0800',
		'Thu, 1 Mar 2022 16:00:00 GMT',
		'Tue, 31 Dec 1991 16:00:00 GMT',
		'2022-04-15 22:51:18',
		'2022-04-15T22:51:18+08:00'
	])('reads %s as the corpus reader does, to the same Beijing day', (date) => {
		const want = parsePublished(date)!;
		expect(publishedAt(date)?.toISOString()).toBe(want.toISOString());
		expect(dayInBeijing(want)).toBe(beijingDay(want));
	});
	it.each([
		...['seeds', 'test/fixtures/unseen', 'test/fixtures/unseen4'].flatMap((d) =>
			readdirSync(d).map((f) => path.join(d, f))
		),
		...readdirSync('test/fixtures/problems')
			.filter((f) => f !== 'empty-body.txt')
			.map((f) => path.join('test/fixtures/problems', f))
	])('agrees with the corpus reader on %s', (file) => {
		const bytes = readFileSync(file);
		const quick = readPost(file, bytes);
		const full = parseArticle(file, bytes);
		expect(quick.ok).toBe(full.article !== null);
		// reading only the front matter decides the same
		const head = readPost(file, bytes, { text: false });
		expect(head.ok).toBe(quick.ok);
		if (head.ok && quick.ok)
			expect({ ...head.post, text: '' }).toEqual({ ...quick.post, text: '' });
		if (quick.ok) {
			expect([quick.post.title, quick.post.outlet, quick.post.day]).toEqual([
				full.article!.title,
				full.article!.outlet,
				full.article!.day
			]);
		} else {
			expect(quick.problem.field).toBe(full.problems[0].field);
		}
	});
	it.each([
		['<p>　　正文</p>', true],
		['<p>　　</p><!-- <p>注释</p> --><script>var a = "字";</script>', false],
		['<div>&nbsp; <img src="a.jpg"></div><style>p{}</style>', false],
		['文字', true]
	])('hasText(%j) → %s, as plainText would say', (body, want) => {
		expect(hasText(new TextEncoder().encode(body), 0)).toBe(want);
		expect(plainText(body) !== '').toBe(want);
	});
	it('reads a post with a byte-order mark and CRLF lines, front matter only or whole', () => {
		const bytes = new TextEncoder().encode(
			"\uFEFF\r\n---\r\ntitle: '标题'\r\nauthor: 甲报\r\ndate: 2022-03-10 20:00:00\r\n---\r\n<p>正文</p>\r\n"
		);
		for (const text of [true, false]) {
			expect(readPost('p', bytes, { text })).toMatchObject({
				ok: true,
				post: { title: '标题', outlet: '甲报', day: '2022-03-10' }
			});
		}
	});
	it('strips scripts, styles, comments and tags', () => {
		expect(
			plainText('<style>a{}</style><p>一&#x4E8C;</p><script>x()</script><!-- c -->三&nbsp;')
		).toBe('一二 三');
	});
});

describe('Ledger', () => {
	const base: Candidate = {
		id: 'a',
		outlet: '甲报',
		title: '标题',
		day: '2022-03-10',
		origin: 'p@1',
		hash: 'h1',
		time: 100,
		text: '标题 正文'
	};
	const c = (over: Partial<Candidate>): Candidate => ({ ...base, ...over });

	it('keeps the newest version of one article, counting the others', () => {
		const ledger = new Ledger();
		expect(ledger.offer(c({ hash: 'h2', time: 200 })).kind).toBe('add');
		expect(ledger.offer(c({ hash: 'h1', time: 100 })).kind).toBe('older');
		expect(ledger.offer(c({ hash: 'h3', time: 300, origin: 'p@3' })).kind).toBe('add');
		expect(ledger.offer(c({ hash: 'h3', time: 300 })).kind).toBe('unchanged');
		const [entry] = ledger.manifest().articles;
		expect(entry).toMatchObject({ hash: 'h3', origin: 'p@3', versions: ['h1', 'h2', 'h3'] });
		expect(ledger.edited()).toHaveLength(1);
	});

	it('one story per outlet: another feed of the same outlet is a duplicate, another outlet is not', () => {
		const ledger = new Ledger();
		ledger.offer(c({}));
		expect(ledger.offer(c({ id: 'b', hash: 'x', origin: 'q@1', title: '标题 ' })).kind).toBe(
			'duplicate'
		);
		expect(ledger.offer(c({ id: 'c', hash: 'y', outlet: '乙报' })).kind).toBe('add');
		expect(ledger.offer(c({ id: 'd', hash: 'z', day: '2022-03-11' })).kind).toBe('add');
		expect(ledger.manifest().articles[0].alsoIn ?? ledger.manifest().articles[1].alsoIn).toEqual([
			'q@1'
		]);
	});

	it('writes identical bytes once', () => {
		const ledger = new Ledger();
		ledger.offer(c({}));
		expect(ledger.offer(c({ id: 'other', title: '别的', origin: 'r@1' })).kind).toBe('duplicate');
		expect(ledger.manifest().articles).toHaveLength(1);
	});

	it('on a second run, knows what it wrote and updates a newer version in place', () => {
		const first = new Ledger();
		first.offer(c({}));
		const manifest = first.manifest();
		const second = new Ledger(manifest);
		expect(second.offer(c({})).kind).toBe('unchanged');
		const newer = second.offer(c({ hash: 'h9', time: 900 }));
		expect(newer).toMatchObject({ kind: 'update', entry: { file: manifest.articles[0].file } });
		expect([...second.updated]).toHaveLength(1);
		expect(second.added.size).toBe(0);
	});

	it('leaves out what the selection excludes, and older versions of it', () => {
		const ledger = new Ledger(undefined, { from: '2022-03-11' });
		expect(ledger.offer(c({ time: 200 }))).toEqual({ kind: 'skipped', verdict: 'outside-window' });
		expect(ledger.offer(c({ hash: 'h0', time: 50 }))).toEqual({
			kind: 'skipped',
			verdict: 'outside-window'
		});
	});

	it('ties go to the first offer, or to the later one when asked', () => {
		const first = new Ledger();
		first.offer(c({}));
		expect(first.offer(c({ hash: 'h2' })).kind).toBe('older');
		const later = new Ledger(undefined, {}, 'later');
		later.offer(c({}));
		expect(later.offer(c({ hash: 'h2' })).kind).toBe('add');
	});

	it('storyKey ignores the characters the archive replaces in file names', () => {
		expect(storyKey({ outlet: '甲', title: '通报: 新增 [3] 例', day: 'd' })).toBe(
			storyKey({ outlet: '甲', title: '通报_ 新增 _3_ 例', day: 'd' })
		);
	});
});
