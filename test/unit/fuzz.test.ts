/**
 * Property tests (fast-check) over mutated seeds and random HTML: the reader and the extraction
 * never throw (not even into the guard that turns an exception into a problem), every quote is its
 * paragraph's text between `start` and `end`, and every date lies in the plausible window. Runs are
 * bounded so the suite stays fast; a failure prints the seed to replay it (`fc.assert` reports it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWindow, inWindow } from '../../src/lib/corpus/dates';
import { parseArticle } from '../../src/lib/corpus/parse-article';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import type { Dataset, Evidence } from '../../src/lib/types';

const SEEDS = path.resolve('seeds');
const seeds = readdirSync(SEEDS)
	.sort()
	.map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(SEEDS, file))) }));
const BUILT = new Date('2022-06-01T00:00:00Z');
const WINDOW = defaultWindow(BUILT);

/** What every dataset must satisfy, whatever its input. */
function checkDataset(ds: Dataset) {
	const internal = ds.corpus.problems.filter((p) => p.field === 'internal');
	expect(internal, 'no exception inside the reader or the extraction').toEqual([]);
	const byId = new Map(ds.articles.map((a) => [a.id, a]));
	const checkEvidence = (e: Evidence) => {
		const paragraph = byId.get(e.article)?.paragraphs[e.paragraph];
		expect(paragraph, `${e.article} #${e.paragraph} exists`).toBeDefined();
		expect(paragraph!.text.slice(e.start, e.end)).toBe(e.quote);
	};
	for (const a of ds.articles) {
		expect(inWindow(a.day, WINDOW), `${a.day} in the window`).toBe(true);
		for (const c of a.credits)
			expect(a.paragraphs[c.paragraph].text.slice(c.start, c.end)).toBe(c.name);
	}
	const dated = [...ds.events, ...ds.caseReports, ...ds.cumulativeReports, ...ds.appearances];
	for (const item of dated)
		expect(inWindow(item.date, WINDOW), `${item.date} in the window`).toBe(true);
	for (const e of ds.events) {
		if (e.dateEnd) expect(inWindow(e.dateEnd, WINDOW)).toBe(true);
		e.sources.forEach(checkEvidence);
	}
	for (const c of [...ds.caseReports, ...ds.cumulativeReports]) c.sources.forEach(checkEvidence);
	for (const a of ds.appearances) checkEvidence(a.evidence);
	if (ds.corpus.period) {
		expect(inWindow(ds.corpus.period.from, WINDOW)).toBe(true);
		expect(inWindow(ds.corpus.period.to, WINDOW)).toBe(true);
	}
}

/** Byte-level damage: flips, insertions, deletions, a truncation. */
const byteEdit = fc.oneof(
	fc.record({
		op: fc.constant('flip' as const),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		byte: fc.integer({ min: 0, max: 255 })
	}),
	fc.record({
		op: fc.constant('insert' as const),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		bytes: fc.uint8Array({ maxLength: 8 })
	}),
	fc.record({
		op: fc.constant('delete' as const),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		length: fc.integer({ min: 1, max: 64 })
	}),
	fc.record({
		op: fc.constant('truncate' as const),
		at: fc.double({ min: 0, max: 1, noNaN: true })
	})
);
type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer T> ? T : never;

function applyBytes(bytes: Uint8Array, edits: ByteEdit[]): Uint8Array {
	let out = bytes;
	for (const edit of edits) {
		const i = Math.floor(edit.at * out.length);
		if (edit.op === 'flip') {
			out = out.slice();
			if (i < out.length) out[i] = edit.byte;
		} else if (edit.op === 'insert') {
			out = new Uint8Array([...out.subarray(0, i), ...edit.bytes, ...out.subarray(i)]);
		} else if (edit.op === 'delete') {
			out = new Uint8Array([...out.subarray(0, i), ...out.subarray(i + edit.length)]);
		} else out = out.subarray(0, i);
	}
	return out;
}

/** Pieces of the sentences the extraction reads, to be recombined at random. */
const PHRASE = fc.constantFrom(
	'3月20日',
	'4月1日0—24时',
	'12月31日',
	'2月29日',
	'昨日',
	'今天上午',
	'省委书记景俊海',
	'省长韩俊',
	'主持召开',
	'全省疫情防控工作视频调度会议',
	'在长春市实地检查',
	'新增本地确诊病例',
	'无症状感染者',
	'123例',
	'0例',
	'无新增',
	'其中长春市',
	'吉林市',
	'截至',
	'累计报告',
	'（记者 张三）',
	'李四 摄',
	'。',
	'，',
	'、',
	'；',
	'3',
	'十二'
);
const SENTENCE = fc.array(PHRASE, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

/** Random HTML: nested tags, text from the phrases, images with good and bad addresses. */
const { node: HTML } = fc.letrec<{ node: string }>((tie) => ({
	node: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		SENTENCE.map((s) => s.replace(/[<&]/g, '')),
		fc.constantFrom(
			'<br>',
			'<img src="http://exa mple.com/x.png">',
			'<img src="https://a.cn/b.jpg">',
			'<!-- 注释 -->',
			'&nbsp;',
			'&#12345;',
			'</p>',
			'<p',
			'<script>x()</script>'
		),
		fc
			.tuple(
				fc.constantFrom(
					'p',
					'div',
					'span',
					'b',
					'strong',
					'font',
					'section',
					'li',
					'h2',
					'center',
					'a',
					'table',
					'td'
				),
				fc.constantFrom(
					'',
					' style="text-align:center"',
					' class="img_descr"',
					' align="center"',
					' cms-style="strong-Bold"'
				),
				fc.array(tie('node'), { maxLength: 4 })
			)
			.map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`)
	)
}));

const post = (body: string, date = 'Sat, 02 Apr 2022 02:35:10 GMT') =>
	`---\ntitle: '吉林省疫情防控工作'\nauthor: 吉林日报\ndate: ${date}\n---\n${body}`;

describe('fuzzing the reader and the extraction', () => {
	it('parseArticle survives damaged seed bytes', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...seeds),
				fc.array(byteEdit, { minLength: 1, maxLength: 6 }),
				(seed, edits) => {
					const { article, problems } = parseArticle(seed.file, applyBytes(seed.bytes, edits), {
						window: WINDOW
					});
					expect(problems.filter((p) => p.field === 'internal')).toEqual([]);
					if (article) expect(inWindow(article.day, WINDOW)).toBe(true);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('a dataset of seeds with random HTML spliced in keeps every invariant', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...seeds),
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), HTML), {
					minLength: 1,
					maxLength: 4
				}),
				(seed, inserts) => {
					let text = new TextDecoder().decode(seed.bytes);
					const bodyStart = text.indexOf('---', text.indexOf('---') + 3) + 3;
					for (const [at, html] of inserts) {
						const i = bodyStart + Math.floor(at * (text.length - bodyStart));
						text = text.slice(0, i) + html + text.slice(i);
					}
					checkDataset(buildDataset('.', [{ file: seed.file, bytes: text }], [], BUILT));
				}
			),
			{ numRuns: 40 }
		);
	});

	it('random HTML bodies and dates keep every invariant', () => {
		const date = fc.oneof(
			fc.constant('Sat, 02 Apr 2022 02:35:10 GMT'),
			fc
				.date({ min: new Date('1960-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
				.map((d) => d.toISOString()),
			fc.string({ maxLength: 12 })
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(HTML, date), { minLength: 1, maxLength: 3 }), (articles) => {
				const files = articles.map(([body, d], i) => ({
					file: `r${i}.txt`,
					bytes: post(body, JSON.stringify(d))
				}));
				checkDataset(buildDataset('.', files, [], BUILT));
			}),
			{ numRuns: 80 }
		);
	});

	it('a dated sentence at the edge of the window does not carry an item out of it', () => {
		fc.assert(
			fc.property(
				SENTENCE,
				fc.constantFrom('2000-01-01 09:00:00', '2000-01-03 09:00:00', '2023-05-31 09:00:00'),
				(sentence, date) => {
					checkDataset(
						buildDataset(
							'.',
							[{ file: 'edge.txt', bytes: post(`<p>${sentence}</p>`, date) }],
							[],
							BUILT
						)
					);
				}
			),
			{ numRuns: 60 }
		);
	});
});
