import { mkdtemp, readFile, readdir, truncate, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText, readBody } from '../../src/lib/corpus/body';
import { TZDate, tz } from '@date-fns/tz';
import { format, isValid, parse, parseISO } from 'date-fns';
import { beijingDay, beijingIso, parsePublished } from '../../src/lib/corpus/dates';
import { decodeText } from '../../src/lib/corpus/decode';
import {
	isOutletLine,
	matchEditor,
	matchOriginalTitle,
	matchPhotoCredit,
	matchReporterCredit,
	matchSource,
	mayBeMetadataLine
} from '../../src/lib/corpus/metadata';
import { articleId, parseArticle } from '../../src/lib/corpus/parse-article';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { loadDataset, readCorpus } from '../../src/lib/server/corpus';

const FIXTURES = path.resolve('test/fixtures/problems');

/** A minimal post in the seeds' shape. */
function post(
	body: string,
	front = "title: '标题'\nauthor: 吉林日报\ndate: Fri, 15 Apr 2022 14:51:18 GMT"
) {
	return `\n---\n${front}\n---\n\n<div>${body}</div>`;
}

describe('front matter', () => {
	it('reads a file that opens with a blank line before ---', () => {
		const { article, problems } = parseArticle('a.txt', post('<p>　　今天，正文。</p>'));
		expect(problems).toEqual([]);
		expect(article?.title).toBe('标题');
	});

	it.each([
		["title: '单引号标题'", '单引号标题'],
		['title: "双引号标题"', '双引号标题'],
		['title: 无引号标题', '无引号标题'],
		["title: '含：冒号的标题'", '含：冒号的标题']
	])('title %s', (line, title) => {
		const { article } = parseArticle('a.txt', post('<p>正文。</p>', `${line}\ndate: 2022-03-10`));
		expect(article?.title).toBe(title);
	});

	it('keeps categories as a list and author as the outlet', () => {
		const front =
			"title: 't'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ndate: 2022-03-10";
		const { article } = parseArticle('a.txt', post('<p>正文。</p>', front));
		expect(article?.categories).toEqual(['金融', '新浪财经']);
		expect(article?.outlet).toBe('新浪财经');
	});
});

describe('dates', () => {
	it.each([
		['Fri, 15 Apr 2022 14:51:18 GMT', '2022-04-15T22:51:18+08:00', '2022-04-15'],
		// After 16:00 GMT it is already the next day in Beijing.
		['Sun, 13 Mar 2022 17:42:07 GMT', '2022-03-14T01:42:07+08:00', '2022-03-14'],
		['2022-03-10T12:26:46Z', '2022-03-10T20:26:46+08:00', '2022-03-10'],
		['2022-03-10T20:26:46+08:00', '2022-03-10T20:26:46+08:00', '2022-03-10'],
		['2022-03-10 20:26:46', '2022-03-10T20:26:46+08:00', '2022-03-10'],
		['2022-03-10', '2022-03-10T00:00:00+08:00', '2022-03-10']
	])('%s → %s (Beijing day %s)', (input, iso, day) => {
		const instant = parsePublished(input);
		expect(instant).not.toBeNull();
		expect(beijingIso(instant!)).toBe(iso);
		expect(beijingDay(instant!)).toBe(day);
	});

	it.each(['sometime in spring', '', '2022-13-45 99:00:00'])('rejects %j', (input) => {
		expect(parsePublished(input)).toBeNull();
	});

	it('reads and writes the common forms as date-fns and @date-fns/tz do (1990–2040)', () => {
		// the fast path (fixed UTC+8 since 1992) against the libraries it stands in for
		const lib = (text: string, pattern: string, zone: string) => {
			const d = parse(text, pattern, new Date(0), { in: tz(zone) });
			return isValid(d) ? d.getTime() : null;
		};
		const bj = (t: number, pattern: string) => format(new TZDate(t, 'Asia/Shanghai'), pattern);
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let i = 0; i < 500; i++) {
			const t = Date.UTC(1990, 0, 1) + Math.floor(random() * 50 * 365.25 * 864e5);
			const rfc = new Date(t).toUTCString();
			const hexo = bj(t, 'yyyy-MM-dd HH:mm:ss');
			expect(parsePublished(rfc)?.getTime() ?? null).toBe(
				lib(rfc, "EEE, d MMM yyyy HH:mm:ss 'GMT'", 'UTC')
			);
			expect(parsePublished(hexo)?.getTime() ?? null).toBe(
				lib(hexo, 'yyyy-MM-dd HH:mm:ss', 'Asia/Shanghai')
			);
			expect(beijingIso(new Date(t))).toBe(bj(t, "yyyy-MM-dd'T'HH:mm:ssXXX"));
			for (const zone of ['Z', '+08:00', '-05:00', '+0530', '+14:00']) {
				const iso = `${new Date(t).toISOString().slice(0, 19)}${zone}`;
				expect(parsePublished(iso)?.getTime() ?? null).toBe(parseISO(iso).getTime());
			}
			expect(beijingDay(new Date(t))).toBe(bj(t, 'yyyy-MM-dd'));
		}
		// a weekday that does not fit, an impossible day: whatever the libraries say
		for (const text of ['Mon, 15 Apr 2022 14:51:18 GMT', 'Fri, 31 Apr 2022 14:51:18 GMT'])
			expect(parsePublished(text)?.getTime() ?? null).toBe(
				lib(text, "EEE, d MMM yyyy HH:mm:ss 'GMT'", 'UTC')
			);
	});
});

describe('body', () => {
	const text = (html: string) =>
		readBody(html)
			.filter((b) => b.type === 'text')
			.map((b) => (b.type === 'text' ? b.text : ''));

	it('reads loose text between blocks as a paragraph unless it is all white space', () => {
		const space = fc.constantFrom(
			...[...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff']
		);
		const loose = fc.array(fc.oneof(space, fc.constantFrom('字', 'a', '\u200b', '\u0085')), {
			maxLength: 4
		});
		fc.assert(
			fc.property(loose, (chars) => {
				const between = chars.join('');
				// the blank test before plainText must drop exactly what plainText empties
				const paragraph = plainText(between);
				expect(text(`<div><p>一</p>${between}<p>二</p></div>`)).toEqual(
					paragraph ? ['一', paragraph, '二'] : ['一', '二']
				);
			}),
			{ numRuns: 500 }
		);
	});

	it.each([
		['drops comments', '<p>正文。</p><!-- 正文下iframe -->', ['正文。']],
		[
			'drops style and script',
			'<style>.a&#123;&#125;</style><script>x()</script><p>正文。</p>',
			['正文。']
		],
		['drops iframes', '<iframe src="x"></iframe><p>正文。</p>', ['正文。']],
		[
			'drops the app-promotion footer',
			'<p>正文。</p><div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>',
			['正文。']
		],
		[
			'joins a sentence split by <font>',
			'<p>　　景俊海强调，<font cms-style="font-L strong-Bold">按照孙春兰副总理部署要求。</font></p>',
			['景俊海强调，按照孙春兰副总理部署要求。']
		],
		[
			'joins a caption split by <span>',
			'<p style="text-align:center;"><span style="color:#666666;">主持召开省疫情防控领导小</span><span>组会议</span>。</p>',
			['主持召开省疫情防控领导小组会议。']
		],
		['decodes entities', '<p>&#123;括号&#125;&amp;&lt;</p>', ['{括号}&<']],
		['trims full-width indentation', '<p>　　今天，正文。　</p>', ['今天，正文。']],
		[
			'joins lines broken inside a paragraph',
			'<p>\n3月12日晚，吉林省委书记\n景俊海主持。\n</p>',
			['3月12日晚，吉林省委书记景俊海主持。']
		]
	])('%s', (_name, html, expected) => {
		expect(text(html)).toEqual(expected);
	});

	it('keeps images with their img_descr caption', () => {
		const blocks = readBody(
			'<div class="img_wrapper"><img src="https://x/a.jpg" alt><span class="img_descr">来源：吉林广播电视台</span></div>'
		);
		expect(blocks).toEqual([
			{ type: 'image', image: { src: 'https://x/a.jpg', alt: '', caption: '来源：吉林广播电视台' } }
		]);
	});

	it('rebuilds HTML through an allowlist', () => {
		const [block] = readBody(
			'<p onclick="x()">一<font cms-style="strong-Bold">二</font><a href="javascript:x">三</a><b>四</b></p>'
		);
		expect(block.type === 'text' && block.html).toBe('一<strong>二</strong>三<strong>四</strong>');
	});

	it('gives a block of one run of text the HTML it gives the same text inside a <span>', () => {
		const piece = fc.constantFrom(
			'一',
			'二。',
			' ',
			'\n',
			'\t',
			'\u3000',
			'\u00a0',
			'&amp;',
			'&lt;',
			'"',
			"'"
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const run = pieces.join('');
				expect(readBody(`<p>${run}</p>`)).toEqual(readBody(`<p><span>${run}</span></p>`));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('metadata lines', () => {
	it.each([
		['责任编辑：王珊珊 ', '王珊珊'],
		['责任编辑：何中夫', '何中夫']
	])('editor %s', (line, name) => expect(matchEditor(line.trim())).toBe(name));

	it('original title', () => {
		expect(
			matchOriginalTitle('原标题：景俊海在长春检查指导疫情防控工作 看望慰问一线工作人员')
		).toBe('景俊海在长春检查指导疫情防控工作 看望慰问一线工作人员');
	});

	it.each([
		['（来源：彩练新闻）', '彩练新闻'],
		[
			'来源：《吉林日报》、吉林广播电视台、吉林省卫健委等',
			'《吉林日报》、吉林广播电视台、吉林省卫健委等'
		]
	])('source %s', (line, source) => expect(matchSource(line)).toBe(source));

	it('mayBeMetadataLine is false only where no metadata pattern matches', () => {
		const lead = fc.constantFrom('', '（', '(', '【', ' ');
		const word = fc.constantFrom(
			'责任编辑',
			'责编',
			'編輯',
			'编辑',
			'原标题',
			'原標题',
			'来源',
			'來源',
			'稿源',
			'文章来源',
			'信息来源',
			'记者',
			'吉林'
		);
		const rest = fc.constantFrom('：王珊珊', ':一二', ' ： 彩练新闻）', '：', '二三');
		let metadata = 0;
		fc.assert(
			fc.property(lead, word, rest, (a, b, c) => {
				const text = a + b + c;
				const matched = !!(matchEditor(text) || matchOriginalTitle(text) || matchSource(text));
				if (matched) metadata++;
				if (!mayBeMetadataLine(text)) expect(matched).toBe(false);
			}),
			{ numRuns: 2000 }
		);
		expect(metadata).toBeGreaterThan(100);
	});

	it.each([
		['吉林日报', true],
		['新华社', true],
		['新浪财经', true],
		['刘伟参加活动。', false],
		['【吉林日报】', true],
		['[新华社] ', true],
		['一二三四五六七八九十广播电视台', true],
		['一二三四五六七八九十一广播电视台', false]
	])('outlet line %s → %s', (line, expected) =>
		expect(isOutletLine(line, '新浪财经')).toBe(expected)
	);

	it('reporter credit: found where a search of the whole paragraph finds it', () => {
		const NAME = '[\\u3400-\\u9fff·]{2,4}';
		const whole = new RegExp(
			`[（(](?:(?:本报|新华社)?记者\\s*|通讯员\\s*)?(${NAME}(?:[ 、　]+${NAME})*)[）)]$`
		);
		const piece = fc.constantFrom(
			...[
				'（',
				'(',
				'）',
				')',
				'记者',
				'本报',
				'新华社',
				'通讯员',
				'张三',
				'李四五',
				'王',
				' ',
				'、',
				'　',
				'。',
				'a'
			]
		);
		let found = 0;
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 6 }), (a, b) => {
				// often shaped as a credit: text, an opening bracket, names, a closing bracket
				const text = b.length % 2 ? `${a.join('')}（记者 ${b.join('')}）` : a.join('') + b.join('');
				const m = whole.exec(text);
				const expected = m ? [...m[1].matchAll(new RegExp(NAME, 'g'))].map((n) => n[0]) : [];
				if (m) found++;
				const credit = matchReporterCredit(text);
				expect(credit?.names.map((n) => text.slice(n.start, n.end)) ?? []).toEqual(expected);
				expect(credit === null).toBe(m === null);
			}),
			{ numRuns: 5000 }
		);
		expect(found).toBeGreaterThan(50);
	});

	it('photo credit at the end of a caption', () => {
		const text = '4月2日，省委书记景俊海到长春新区管委会现场办公。邹乃硕 摄';
		const credit = matchPhotoCredit(text);
		expect(credit?.names.map((n) => text.slice(n.start, n.end))).toEqual(['邹乃硕']);
	});

	it.each([
		['刘伟参加活动。（黄鹭）', ['黄鹭']],
		['（记者 张三 李四）', ['张三', '李四']],
		['会议结束。', []],
		['(张三)', ['张三']],
		['（张三）。', []]
	])('reporter credit in %s', (text, names) => {
		const credit = matchReporterCredit(text);
		expect(credit?.names.map((n) => text.slice(n.start, n.end)) ?? []).toEqual(names);
	});

	it('writes an article with its fields in one order, link and guid in their place', () => {
		const source = `---\ntitle: 一\nauthor: 新浪财经\ndate: 2022-04-15 22:51:18\nlink: 'https://a.example/1'\nguid: g-1\n---\n<p>正文。</p>`;
		const { article } = parseArticle('a.txt', source);
		expect(Object.keys(article!)).toEqual([
			'id',
			'file',
			'title',
			'published',
			'day',
			'outlet',
			'categories',
			'headImage',
			'link',
			'guid',
			'paragraphs',
			'images',
			'editor',
			'originalTitle',
			'sources',
			'credits',
			'encoding'
		]);
		const { article: plain } = parseArticle('b.txt', source.replace(/^(link|guid):.*\n/gm, ''));
		expect(Object.keys(plain!)).not.toContain('link');
		expect(Object.keys(plain!)).not.toContain('guid');
	});

	it('metadata lines are metadata, not paragraphs', () => {
		const { article } = parseArticle(
			'a.txt',
			post(
				'<p>　　原标题：原来的标题</p><p>　　吉林日报</p><p>　　正文。</p><p>　　刘伟参加活动。（黄鹭）</p><p>　　（来源：彩练新闻）</p><p class="article-editor">责任编辑：王珊珊 </p>'
			)
		);
		expect(article?.paragraphs.map((p) => p.text)).toEqual(['正文。', '刘伟参加活动。（黄鹭）']);
		expect(article?.originalTitle).toBe('原来的标题');
		expect(article?.sources).toEqual(['彩练新闻']);
		expect(article?.editor).toBe('王珊珊');
		expect(article?.credits).toEqual([
			{ name: '黄鹭', role: 'reporter', paragraph: 1, start: 8, end: 10 }
		]);
	});

	it('a short line ending like an outlet name is prose in the middle of an article', () => {
		const body = ['一。', '二。', '三。', '织密防控网', '四。', '五。', '六。']
			.map((t) => `<p>　　${t}</p>`)
			.join('');
		const { article } = parseArticle('a.txt', post(`<p>　　吉林日报</p>${body}`));
		expect(article?.paragraphs.map((p) => p.text)).toContain('织密防控网');
		expect(article?.paragraphs.map((p) => p.text)).not.toContain('吉林日报');
	});

	it('a one-sentence paragraph after an image is a caption', () => {
		const { article } = parseArticle(
			'a.txt',
			post(
				'<p>　　今天，省委书记景俊海在长春实地检查。他强调，要深入贯彻。</p><div class="img_wrapper"><img src="https://x/1.jpg"><span class="img_descr"></span></div><p>　　4月15日，省委书记景俊海在长春实地检查指导疫情防控工作。</p>'
			)
		);
		expect(article?.paragraphs.map((p) => p.kind)).toEqual(['body', 'caption']);
		expect(article?.images[0].caption).toBe(
			'4月15日，省委书记景俊海在长春实地检查指导疫情防控工作。'
		);
	});
});

describe('bytes', () => {
	const utf8 = new TextEncoder().encode(post('<p>正文。</p>'));
	it.each([
		['UTF-8', utf8],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
		['CRLF', new TextEncoder().encode(post('<p>正文。</p>').replace(/\n/g, '\r\n'))]
	])('%s', (_name, bytes) => {
		const { article, problems } = parseArticle('a.txt', bytes);
		expect(problems).toEqual([]);
		expect(article?.title).toBe('标题');
		expect(article?.encoding).toBe('utf-8');
	});

	it('tries GB18030 and notes it', async () => {
		const bytes = await readFile(path.join(FIXTURES, 'gb18030.txt'));
		const { article, problems } = parseArticle('gb18030.txt', bytes);
		expect(article?.title).toBe('国标编码的文章');
		expect(article?.encoding).toBe('gb18030');
		expect(problems).toMatchObject([{ field: 'encoding', severity: 'warning' }]);
		expect(decodeText(bytes).ok).toBe(true);
	});
});

describe('problems', () => {
	it.each([
		['broken-yaml.txt', 'front-matter', /not valid YAML/],
		['no-front-matter.txt', 'front-matter', /no front matter/],
		['no-title.txt', 'title', /no title/],
		['bad-date.txt', 'date', /sometime in spring/],
		['empty-body.txt', 'body', /no article text/],
		['not-text.txt', 'encoding', /not a text article/],
		['invalid-bytes.txt', 'encoding', /neither UTF-8 nor GB18030/]
	])('%s → %s problem', async (file, field, message) => {
		const { article, problems } = parseArticle(file, await readFile(path.join(FIXTURES, file)));
		expect(article).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file, field, severity: 'error' });
		expect(problems[0].message).toMatch(message);
		expect(problems[0].message).toContain(file);
		expect(problems[0].hint.length).toBeGreaterThan(10);
	});

	it('front matter in another language than YAML is a problem, and its code never runs', () => {
		const globals = globalThis as { frontMatterRan?: boolean };
		const source = `---js\n{ title: (globalThis.frontMatterRan = true) && '标题' }\n---\n<p>正文。</p>\n`;
		const { article, problems } = parseArticle('script.txt', source);
		expect(article).toBeNull();
		expect(problems).toMatchObject([{ file: 'script.txt', field: 'front-matter' }]);
		expect(problems[0].message).toMatch(/script\.txt: .*tagged `js`; only YAML/);
		expect(globals.frontMatterRan).toBeUndefined();
	});

	it('a file over 10 MB is a problem', () => {
		const { article, problems } = parseArticle('big.txt', new Uint8Array(10 * 1024 * 1024 + 1));
		expect(article).toBeNull();
		expect(problems[0]).toMatchObject({ field: 'file' });
	});

	it('a corpus with broken files builds the others and names the broken ones', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
		for (const f of await readdir('seeds'))
			await copyFile(path.join('seeds', f), path.join(dir, f));
		for (const f of await readdir(FIXTURES))
			await copyFile(path.join(FIXTURES, f), path.join(dir, f));
		await writeFile(path.join(dir, 'notes.pdf'), 'x');
		await writeFile(path.join(dir, 'huge.txt'), '');
		await truncate(path.join(dir, 'huge.txt'), 11 * 1024 * 1024);
		const dataset = await loadDataset(dir);
		expect(dataset.corpus.articles).toBe(6); // five seeds + the GB18030 article
		const skipped = dataset.corpus.problems
			.filter((p) => p.severity === 'error')
			.map((p) => p.file);
		expect(skipped.sort()).toEqual(
			[
				'bad-date.txt',
				'broken-yaml.txt',
				'empty-body.txt',
				'huge.txt',
				'invalid-bytes.txt',
				'no-front-matter.txt',
				'no-title.txt',
				'not-text.txt',
				'notes.pdf'
			].sort()
		);
		expect(dataset.corpus.files).toBe(15);
	});
});

describe('ids', () => {
	it.each([
		['000_c7f3a7c78d50caf9.txt', '000_c7f3a7c78d50caf9'],
		['posts/Some Post.md', 'posts-some-post-f93c89b9'],
		['景俊海.txt', expect.stringMatching(/^article-[0-9a-f]{8}$/)]
	])('%s → %s', (file, id) => expect(articleId(file)).toEqual(id));

	it('keeps ids unique when two file names slug alike', () => {
		const bytes = post('<p>正文。</p>');
		const dataset = buildDataset('x', [
			{ file: 'a.txt', bytes },
			{ file: 'a.md', bytes }
		]);
		expect(dataset.articles.map((a) => a.id).sort()).toEqual(['a', 'a-2']);
	});

	it('reads the seeds folder', async () => {
		const { files, problems } = await readCorpus('seeds');
		expect(files).toHaveLength(5);
		expect(problems).toEqual([]);
	});
});
