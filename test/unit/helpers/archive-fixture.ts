/**
 * A small RSSHub-to-Hexo archive as a sequence of daily snapshots, in our own words: three feeds
 * (two of one outlet), each showing its three latest posts, committed once a day through March
 * 2022, plus the cases ingest must get right. `expected` lists the articles a correct ingest of
 * the whole history writes.
 */
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../../../scripts/ingest/archive-builder';

const ROOT = 'source/_posts';
export const FEEDS = [
	{ dir: '新闻/示例日报/要闻', outlet: '示例日报', feed: '要闻' },
	{ dir: '新闻/示例日报/本地', outlet: '示例日报', feed: '本地' },
	{ dir: '新闻/测试新闻网/国内', outlet: '测试新闻网', feed: '国内' }
] as const;

export interface FixturePost {
	path: string;
	outlet: string;
	title: string;
	/** Day of March 2022 it was published. */
	day: number;
	/** Content by snapshot day; the post is in the snapshots of days `day`..`day + 2`. */
	content: (snapshot: number) => string | Uint8Array;
	/** Extra snapshot days it is in (it came back to the feed). */
	alsoOn?: number[];
	/** What ingest must do with it. */
	expect: 'kept' | 'duplicate' | 'problem';
	/** The text the kept version holds. */
	keptText?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const rfc2822 = (day: number) => new Date(Date.UTC(2022, 2, day, 1, 30)).toUTCString(); // 09:30 in Beijing

/** A post the way the archive's job writes it. */
export function postText(p: {
	title: string;
	outlet: string;
	feed: string;
	date?: string;
	body: string;
	rawTitle?: string;
}): string {
	return [
		'',
		'---',
		p.rawTitle ?? `title: '${p.title}'`,
		'categories: ',
		' - 新闻',
		` - ${p.outlet}`,
		` - ${p.feed}`,
		`author: ${p.outlet}`,
		'comments: false',
		...(p.date ? [`date: ${p.date}`] : []),
		"thumbnail: ''",
		'---',
		'',
		'<div>   ',
		`<p>　　${p.body}</p>`,
		'<p>　　本报记者 甲乙</p>',
		'</div>',
		''
	].join('\n');
}

function routine(feedIndex: number, day: number): FixturePost {
	const f = FEEDS[feedIndex];
	const title = `${f.feed}第${day}号消息：示例区开展例行巡查`;
	return {
		path: `${ROOT}/${f.dir}/${title.replace('：', '：')}.md`,
		outlet: f.outlet,
		title,
		day,
		content: () =>
			postText({
				title,
				outlet: f.outlet,
				feed: f.feed,
				date: rfc2822(day),
				body: `3月${day}日，${f.outlet}${f.feed}栏目报道：示例区工作人员走访了${day}个小区。`
			}),
		expect: 'kept',
		keptText: `走访了${day}个小区`
	};
}

/** Every post of the fixture, by feed and day. */
export function fixturePosts(): FixturePost[] {
	const posts: FixturePost[] = [];
	for (let day = 1; day <= 30; day++) {
		for (let i = 0; i < FEEDS.length; i++) posts.push(routine(i, day));
	}
	const replace = (feedIndex: number, day: number, post: Partial<FixturePost>) => {
		const at = posts.findIndex(
			(p) =>
				p.day === day &&
				p.outlet === FEEDS[feedIndex].outlet &&
				p.path.includes(`/${FEEDS[feedIndex].feed}/`)
		);
		posts[at] = { ...posts[at], ...post };
	};
	const make = (
		i: number,
		day: number,
		title: string,
		body: string,
		extra: Partial<Parameters<typeof postText>[0]> = {}
	) =>
		postText({
			title,
			outlet: FEEDS[i].outlet,
			feed: FEEDS[i].feed,
			date: rfc2822(day),
			body,
			...extra
		});
	const pathOf = (i: number, title: string) => `${ROOT}/${FEEDS[i].dir}/${title}.md`;

	// an edited post: corrected the day after it came out
	{
		const title = '示例区通报第十日巡查情况';
		replace(0, 10, {
			title,
			path: pathOf(0, title),
			content: (snapshot) =>
				make(0, 10, title, snapshot === 10 ? '巡查发现问题七处。' : '巡查发现问题九处（更正）。'),
			keptText: '问题九处（更正）'
		});
	}
	// the same story in two feeds of one outlet, and from another outlet
	{
		const title = '示例市召开防控工作会议';
		for (const i of [0, 1, 2]) {
			replace(i, 12, {
				title,
				path: pathOf(i, title),
				content: () =>
					make(i, 12, title, `3月12日，示例市召开防控工作会议（${FEEDS[i].outlet}）。`),
				expect: i === 1 ? 'duplicate' : 'kept',
				keptText: `防控工作会议（${FEEDS[i].outlet}）`
			});
		}
	}
	// broken front matter in every version: a problem, not an article
	{
		const title = '通报: 未加引号的标题';
		replace(2, 15, {
			title,
			path: pathOf(2, '通报_ 未加引号的标题'),
			content: () =>
				make(2, 15, title, '这篇的标题含有半角冒号且未加引号。', { rawTitle: `title: ${title}` }),
			expect: 'problem'
		});
	}
	// broken in its first snapshot, fixed in the next: the fixed version is kept
	{
		const title = '先坏后好的消息';
		replace(2, 16, {
			title,
			path: pathOf(2, title),
			content: (snapshot) =>
				make(
					2,
					16,
					title,
					'第二版修好了前言。',
					snapshot === 16 ? { rawTitle: `title: [${title}` } : {}
				),
			keptText: '第二版修好了前言'
		});
	}
	// not UTF-8: the GB18030 fixture (title 国标编码的文章, 吉林日报, 2022-03-10 20:00 Beijing)
	{
		const bytes = readFileSync('test/fixtures/problems/gb18030.txt');
		posts.push({
			path: `${ROOT}/新闻/吉林日报/要闻/国标编码的文章.md`,
			outlet: '吉林日报',
			title: '国标编码的文章',
			day: 10,
			content: () => bytes,
			expect: 'kept',
			keptText: '景俊海主持召开会议'
		});
	}
	// a daily bulletin: the same title on two days is two articles (one path, overwritten)
	for (const day of [20, 21]) {
		const title = '每日通报';
		replace(0, day, {
			title,
			path: pathOf(0, title),
			content: () => make(0, day, title, `3月${day}日通报：示例区新增${day - 19}例。`),
			keptText: `新增${day - 19}例`
		});
	}
	// a post that left the feed and came back with the same bytes
	{
		const p = posts.find((x) => x.day === 5 && x.path.includes('/国内/'))!;
		p.alsoOn = [9];
	}
	// no date: a problem
	{
		const title = '没有日期的消息';
		replace(1, 25, {
			title,
			path: pathOf(1, title),
			content: () => make(1, 25, title, '这篇没有写日期。', { date: undefined }),
			expect: 'problem'
		});
	}
	return posts;
}

/** The whole history: a snapshot a day, a side branch, and files that are not posts. */
export function fixtureSnapshots(posts = fixturePosts(), lastDay = 30): Snapshot[] {
	const snapshots: Snapshot[] = [];
	const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
	for (let s = 1; s <= lastDay; s++) {
		const files = new Map<string, string | Uint8Array>();
		files.set('README.md', '# archive\n');
		files.set(`${ROOT}/新闻/示例日报/要闻/logo.png`, image);
		for (const p of [...posts].sort((a, b) => a.day - b.day)) {
			const shown = (s >= p.day && s <= p.day + 2) || p.alsoOn?.includes(s);
			if (shown) files.set(p.path, p.content(s));
		}
		snapshots.push({ files, time: Date.UTC(2022, 2, s, 4) / 1000, message: `update ${pad(s)}` });
	}
	if (lastDay >= 28) {
		// a branch with a post that never reached main
		const files = new Map(snapshots[27].files);
		const title = '仅在分支上的消息';
		files.set(
			`${ROOT}/${FEEDS[2].dir}/${title}.md`,
			postText({
				title,
				outlet: FEEDS[2].outlet,
				feed: FEEDS[2].feed,
				date: rfc2822(28),
				body: '这条消息只在另一个分支上。'
			})
		);
		snapshots.push({ files, time: Date.UTC(2022, 2, 28, 6) / 1000, branch: 'side', from: 'main' });
		// merged back, the merge commit adding a post that is in neither parent
		const merged = new Map(snapshots[lastDay - 1].files);
		merged.set(
			`${ROOT}/${FEEDS[0].dir}/${MERGE_POST.title}.md`,
			postText({
				title: MERGE_POST.title,
				outlet: FEEDS[0].outlet,
				feed: FEEDS[0].feed,
				date: rfc2822(30),
				body: '这条消息是合并时写入的。'
			})
		);
		snapshots.push({
			files: merged,
			time: Date.UTC(2022, 2, 30, 8) / 1000,
			merge: 'side',
			message: 'merge side'
		});
	}
	return snapshots;
}

/** The side branch's post, kept like any other. */
export const SIDE_POST = {
	outlet: '测试新闻网',
	title: '仅在分支上的消息',
	day: '2022-03-28',
	text: '只在另一个分支上'
};

/** A post written by the merge commit itself. */
export const MERGE_POST = { outlet: '示例日报', title: '合并时加入的消息', day: '2022-03-30' };
