import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/archive-builder';
import { ingestGit } from '../../scripts/ingest/from-git';
import { MANIFEST } from '../../scripts/ingest/output';
import { parseArticle } from '../../src/lib/corpus/parse-article';
import type { Manifest } from '../../src/lib/ingest/ledger';
import { fixturePosts, fixtureSnapshots, MERGE_POST, SIDE_POST } from './helpers/archive-fixture';

const posts = fixturePosts();
/** `outlet|title|day` of every article a correct ingest writes. */
const expected = [
	...posts
		.filter((p) => p.expect === 'kept')
		.map((p) => `${p.outlet}|${p.title}|2022-03-${String(p.day).padStart(2, '0')}`),
	`${SIDE_POST.outlet}|${SIDE_POST.title}|${SIDE_POST.day}`,
	`${MERGE_POST.outlet}|${MERGE_POST.title}|${MERGE_POST.day}`
].sort();

let work: string;
let repo: string;

async function corpus(dir: string) {
	const files = (await readdir(dir)).filter((f) => f !== MANIFEST).sort();
	return Promise.all(
		files.map(async (file) => {
			const bytes = await readFile(path.join(dir, file));
			const parsed = parseArticle(file, bytes);
			return { file, text: bytes.toString('utf8'), ...parsed };
		})
	);
}

const keyOf = (a: { outlet: string; title: string; day: string }) =>
	`${a.outlet}|${a.title}|${a.day}`;

beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'ingest-git-'));
	repo = path.join(work, 'archive');
	// every commit deletes the posts folder and writes it again, as the archive's job does
	await buildArchive(repo, fixtureSnapshots(posts), 'rewrite');
	// refs that are not branches: an annotated tag (read through to its commit), a tag on a blob
	const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
	git(
		'-c',
		'user.name=t',
		'-c',
		'user.email=t@example.invalid',
		'tag',
		'-a',
		'v1',
		'-m',
		'v1',
		'main~5'
	);
	git('tag', 'readme', git('rev-parse', 'main:README.md').stdout.trim());
}, 60_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('ingest --git on a generated archive', () => {
	let out: string;
	let report: Awaited<ReturnType<typeof ingestGit>>;
	beforeAll(async () => {
		out = path.join(work, 'all');
		report = await ingestGit({ repo, out, progress: false });
	}, 60_000);

	it('finds every post that ever existed, once each, and nothing else', async () => {
		const files = await corpus(out);
		expect(files.map((f) => f.problems.filter((p) => p.severity === 'error'))).toEqual(
			files.map(() => [])
		);
		expect(files.map((f) => keyOf(f.article!)).sort()).toEqual(expected);
		expect(report.added).toHaveLength(expected.length);
		// the side branch's post is read too (all refs), and one written by a merge commit itself
		expect(files.some((f) => f.article!.title === SIDE_POST.title)).toBe(true);
		expect(files.some((f) => f.article!.title === MERGE_POST.title)).toBe(true);
	});

	it('keeps the newest version of an edited post and notes its versions', async () => {
		const files = await corpus(out);
		for (const p of posts.filter((x) => x.expect === 'kept')) {
			const day = `2022-03-${String(p.day).padStart(2, '0')}`;
			const file = files.find((f) => keyOf(f.article!) === `${p.outlet}|${p.title}|${day}`)!;
			expect(file.text, p.title).toContain(p.keptText);
		}
		const manifest: Manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8'));
		const edited = manifest.articles.filter((a) => a.versions.length > 1);
		expect(edited.map((a) => a.title)).toEqual(['示例区通报第十日巡查情况']);
		expect(report.edited).toBe(1);
		expect(report.older).toBe(1);
	});

	it('keeps a story once per outlet, naming the other feed it was in', async () => {
		const files = await corpus(out);
		const meeting = files.filter((f) => f.article!.title === '示例市召开防控工作会议');
		expect(meeting.map((f) => f.article!.outlet).sort()).toEqual(['测试新闻网', '示例日报']);
		const manifest: Manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8'));
		const kept = manifest.articles.find(
			(a) => a.title === '示例市召开防控工作会议' && a.outlet === '示例日报'
		)!;
		// both feeds carried it in the same commit: one is kept, the other named beside it
		expect([kept.origin, ...(kept.alsoIn ?? [])].map((o) => o.split('/')[4]).sort()).toEqual([
			'本地',
			'要闻'
		]);
		expect(report.duplicates).toBe(1);
	});

	it('keeps a title that recurs on another day as another article', async () => {
		const files = await corpus(out);
		const bulletins = files.filter((f) => f.article!.title === '每日通报');
		expect(bulletins.map((f) => f.article!.day).sort()).toEqual(['2022-03-20', '2022-03-21']);
	});

	it('writes a GB18030 post as UTF-8', async () => {
		const files = await corpus(out);
		const gb = files.find((f) => f.article!.title === '国标编码的文章')!;
		expect(gb.article!.encoding).toBe('utf-8');
		expect(gb.problems).toEqual([]);
	});

	it('names each unreadable post with the fix, and notes one fixed later', () => {
		const lines = report.problems.map((p) => `${p.severity} ${p.field} ${p.file}`);
		expect(lines).toEqual([
			expect.stringMatching(
				/^warning front-matter source\/_posts\/.*\/先坏后好的消息\.md@[0-9a-f]{12}$/
			),
			expect.stringMatching(/^error front-matter source\/_posts\/.*\/通报_ 未加引号的标题\.md@/),
			expect.stringMatching(/^error date source\/_posts\/.*\/没有日期的消息\.md@/)
		]);
		for (const p of report.problems) expect(p.hint.length).toBeGreaterThan(10);
		expect(report.problems[0].message).toMatch(/Another version of this post was kept/);
		// the hint says how to get the bad version out of the history to mend it by hand
		const show = /`git show ([0-9a-f]{12}):"([^"]+)" > post\.md`/.exec(report.problems[2].hint)!;
		const run = spawnSync('git', ['-C', repo, 'show', `${show[1]}:${show[2]}`], {
			encoding: 'utf8'
		});
		expect(run.stdout).toContain("title: '没有日期的消息'");
	});

	it('reads each distinct post content once and ignores files that are not posts', () => {
		const contents = new Set<string>();
		for (const snapshot of fixtureSnapshots(posts))
			for (const [file, content] of snapshot.files)
				if (file.startsWith('source/_posts/') && file.endsWith('.md'))
					contents.add(Buffer.from(content).toString('base64'));
		expect(report.read).toBe(contents.size);
		expect(report.scanned).toBeGreaterThanOrEqual(contents.size);
		expect(report.otherFiles).toBe(1); // the image, added once and never changed
		expect(report.commits).toBe(32);
	});

	it('names files by day and a stable hash, so the article id is the name', async () => {
		const files = await corpus(out);
		for (const f of files) {
			expect(f.file).toMatch(/^2022-03-\d{2}_[0-9a-f]{12}\.md$/);
			expect(f.article!.id).toBe(f.file.replace(/\.md$/, ''));
		}
	});

	it('adds nothing on a second run, and says so', async () => {
		const again = await ingestGit({ repo, out, progress: false });
		expect(again.incremental).toBe(true);
		expect(again.added).toEqual([]);
		expect(again.updated).toEqual([]);
		const full = await ingestGit({ repo, out, progress: false, full: true });
		expect(full.added).toEqual([]);
		expect(full.unchanged).toBe(expected.length);
	});

	it('writes a deleted file again', async () => {
		const [first] = (await readdir(out)).filter((f) => f !== MANIFEST).sort();
		await unlink(path.join(out, first));
		const again = await ingestGit({ repo, out, progress: false });
		expect(again.restored).toBe(1);
		expect(again.added.map((a) => a.file)).toEqual([first]);
	});
});

describe('ingest --git, run as the history grows', () => {
	it('reads only the new commits and adds only the new articles', async () => {
		const growing = path.join(work, 'growing');
		const out = path.join(work, 'growing-out');
		await buildArchive(growing, fixtureSnapshots(posts, 20), 'rewrite');
		const first = await ingestGit({ repo: growing, out, progress: false });
		await rm(growing, { recursive: true });
		// the same first twenty commits (same ids), then ten more and the branch
		await buildArchive(growing, fixtureSnapshots(posts, 30), 'rewrite');
		const second = await ingestGit({ repo: growing, out, progress: false });
		expect(second.incremental).toBe(true);
		expect(second.commits).toBe(12);
		const before = new Set(first.added.map(keyOf));
		expect(second.added.every((a) => !before.has(keyOf(a)))).toBe(true);
		expect([...first.added, ...second.added].map(keyOf).sort()).toEqual(expected);
	}, 60_000);
});

describe('ingest --git with a window and a pattern', () => {
	it('keeps only articles published in the window', async () => {
		const out = path.join(work, 'window');
		const report = await ingestGit({
			repo,
			out,
			progress: false,
			selection: { from: '2022-03-10', to: '2022-03-12' }
		});
		const days = (await corpus(out)).map((f) => f.article!.day);
		expect(days.every((d) => d >= '2022-03-10' && d <= '2022-03-12')).toBe(true);
		expect(days).toHaveLength(expected.filter((k) => /\|2022-03-1[0-2]$/.test(k)).length);
		expect(report.outsideWindow).toBeGreaterThan(0);
	});

	it('keeps only articles whose title or text matches', async () => {
		const out = path.join(work, 'match');
		const report = await ingestGit({
			repo,
			out,
			progress: false,
			selection: { match: /防控工作会议|国标编码/u }
		});
		const titles = (await corpus(out)).map((f) => f.article!.title).sort();
		expect(titles).toEqual(['国标编码的文章', '示例市召开防控工作会议', '示例市召开防控工作会议']);
		expect(report.noMatch).toBeGreaterThan(0);
	});
});

describe('npm run ingest -- --git', () => {
	const cli = (...args: string[]) =>
		spawnSync('node_modules/.bin/tsx', ['scripts/ingest.ts', ...args], { encoding: 'utf8' });

	it('lists what it added on stdout and a summary with the problems on stderr', () => {
		const out = path.join(work, 'cli');
		const run = cli('--git', repo, '--out', out, '--quiet');
		expect(run.status).toBe(0);
		const added = run.stdout.trim().split('\n');
		expect(added).toHaveLength(expected.length);
		expect(added[0]).toMatch(/^added\t2022-03-\d{2}_[0-9a-f]{12}\.md\t\S+\t\S+/);
		expect(run.stderr).toMatch(
			/skipped: source\/_posts\/.*没有日期的消息\.md@[0-9a-f]+: no date\. Fix:/
		);
		expect(run.stderr).toMatch(/ingest: 32 commit\(s\), \d+ post versions scanned/);
		expect(run.stderr).toMatch(new RegExp(`added ${expected.length}, updated 0 -> `));
		const again = cli('--git', repo, '--out', out, '--quiet');
		expect(again.stdout).toBe('');
		expect(again.stderr).toMatch(/0 commit\(s\) new since the last run/);
		expect(again.stderr).toMatch(/added 0, updated 0/);
	}, 60_000);

	it('explains what is wrong with the arguments', () => {
		expect(cli('--git', repo).stderr).toMatch(/Give --out <dir>/);
		expect(cli('--git', repo, '--out', 'x', '--from', '2022-02-30').stderr).toMatch(
			/--from 2022-02-30: expected a day/
		);
		const notRepo = cli('--git', work, '--out', path.join(work, 'none'));
		expect(notRepo.status).toBe(1);
		expect(notRepo.stderr).toMatch(/is not a git repository/);
	}, 60_000);

	it('--help documents every option', () => {
		const run = cli('--help');
		expect(run.status).toBe(0);
		for (const option of [
			'--git',
			'--feed',
			'--out',
			'--path',
			'--from',
			'--to',
			'--match',
			'--outlet',
			'--full',
			'--quiet',
			'--help'
		])
			expect(run.stdout).toContain(option);
	}, 60_000);
});
