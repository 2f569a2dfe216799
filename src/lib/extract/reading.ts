/**
 * The text the rules read, made once per article. Mirror sites that machine-convert Simplified to
 * Traditional insert a pinyin gloss after some characters (`長(zhǎng)春市衛(wèi)健委`, `轉(zhuǎn)為`),
 * and copied pages often carry ASCII punctuation (`3月10日,省委书记…`); every rule would have to
 * allow for both. Here glosses are taken out (with a map back to the original offsets) and ASCII
 * `,` `;` `:` become `，` `；` `：` (same length), so every stage reads the same clean text and every
 * quote still points into the paragraph as written. Pure.
 */
import type { Article, Evidence } from '../types';

/**
 * A pinyin gloss right after a Han character: a bracketed run of Latin letters with at least one
 * tone mark (`(zhǎng)`, `(wèi)`). Plain Latin in brackets (`(APP)`, `(a)`) is left alone.
 */
const GLOSS =
	/(?<=[\u3400-\u9fff])[(（]([a-zA-Z\u00e0-\u00fc\u0100-\u01dc\u1e3f\u0144\u0148\u01f9]{1,8})[)）]/g;
const TONE_MARK = /[\u00e0-\u00fc\u0100-\u01dc\u1e3f\u0144\u0148\u01f9]/;

/** A text with its glosses removed; `toOriginal[i]` is the original offset of reading offset `i`. */
export interface ReadingText {
	text: string;
	/** Length `text.length + 1` (the last entry maps the end). */
	toOriginal: number[];
}

/**
 * ASCII clause punctuation in Chinese text, as full-width (same length): `,` (not a thousands comma
 * `1,201`), `;`, and `:` (not in a time `10:00`).
 */
const ASCII_PUNCTUATION = /,(?!\d{3}(?!\d))|(?<!\d),|;|:(?!\d)|(?<!\d):/g;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };

/** What every match of ASCII_PUNCTUATION is: a quick test, as most text has none. */
const ANY_ASCII_PUNCTUATION = /[,;:]/;

/** `3月10日,省委书记…;` -> `3月10日，省委书记…；`, index for index. */
export function fullWidthPunctuation(text: string): string {
	if (!ANY_ASCII_PUNCTUATION.test(text)) return text;
	return text.replace(ASCII_PUNCTUATION, (c) => FULL_WIDTH[c]);
}

/** A clause mark doubled by a mirror (`,,`, `,、`): the second one is dropped. */
const DOUBLED = /(?<=[，,、；;])[，,、；;]+/g;
/** Spaces a site sets around numbers in Chinese text (`3 月 30 日 0 — 24 时`, `1803 例`). */
const NUMBER_SPACE =
	/(?<=[0-9])[ \u00a0]+(?=[\u3400-\u9fff—–~～-])|(?<=[\u3400-\u9fff—–~～-])[ \u00a0]+(?=[0-9])/g;
const REMOVED = new RegExp(`${GLOSS.source}|${DOUBLED.source}|${NUMBER_SPACE.source}`, 'g');
/**
 * What each of those needs (a bracket, a space, two clause marks in a row): a quick test first,
 * as REMOVED tries its look-behinds at every character. Then, for the texts that have one (most
 * brackets and spaces are no gloss or space around a number), what they need more closely: a Han
 * character, a bracket and a letter; two clause marks; a digit next to a space.
 */
const MAYBE_REMOVED = /[(（ \u00a0]|[，,、；;]{2}/;
const LIKELY_REMOVED =
	/[\u3400-\u9fff][(（][a-zA-Z\u00e0-\u00fc\u0100-\u01dc\u1e3f\u0144\u0148\u01f9]|[，,、；;]{2}|[0-9][ \u00a0]|[ \u00a0][0-9]/;

/**
 * The text without glosses, doubled clause marks and spaces around numbers, or `null` when it has
 * none (the common case costs one regex test).
 */
export function stripGlosses(written: string): ReadingText | null {
	if (!MAYBE_REMOVED.test(written) || !LIKELY_REMOVED.test(written)) return null;
	REMOVED.lastIndex = 0;
	if (!REMOVED.test(written)) return null;
	REMOVED.lastIndex = 0;
	let text = '';
	const toOriginal: number[] = [];
	let from = 0;
	for (const m of written.matchAll(REMOVED)) {
		if (m[1] !== undefined && !TONE_MARK.test(m[1])) continue;
		for (let i = from; i < m.index; i++) toOriginal.push(i);
		text += written.slice(from, m.index);
		from = m.index + m[0].length;
	}
	if (from === 0) return null;
	for (let i = from; i < written.length; i++) toOriginal.push(i);
	text += written.slice(from);
	toOriginal.push(written.length);
	return { text, toOriginal };
}

/** The reading offset of an original offset (the first reading character at or after it). */
function fromOriginal(reading: ReadingText, offset: number): number {
	let lo = 0;
	let hi = reading.toOriginal.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (reading.toOriginal[mid] < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * What a text needs for `stripGlosses` or `fullWidthPunctuation` to change it (MAYBE_REMOVED,
 * ASCII_PUNCTUATION): one quick test per text, as most have none.
 */
const MAY_CHANGE = /[(（ \u00a0,;:]|[，、；][，,、；;]/;

export interface ReadingArticle {
	/** The article as the rules read it (same ids and paragraph indexes). */
	article: Article;
	/** Evidence found in the reading article, pointed back at the text as written. */
	toWritten: (evidence: Evidence) => Evidence;
}

/**
 * The article as the rules read it, or `null` when that is the article as written. Credits are
 * moved to reading offsets; `toWritten` maps evidence back (a quote then includes the glosses
 * inside it and its punctuation, as written).
 */
export function readingArticle(article: Article): ReadingArticle | null {
	const changing = article.paragraphs.map((p) => MAY_CHANGE.test(p.text));
	const titleChanging = MAY_CHANGE.test(article.title);
	if (!titleChanging && !changing.includes(true)) return null;
	const readings = article.paragraphs.map((p, i) => (changing[i] ? stripGlosses(p.text) : null));
	const title = titleChanging ? stripGlosses(article.title) : null;
	const texts = article.paragraphs.map((p, i) =>
		changing[i] ? fullWidthPunctuation(readings[i]?.text ?? p.text) : p.text
	);
	const titleText = titleChanging
		? fullWidthPunctuation(title?.text ?? article.title)
		: article.title;
	const same = texts.every((t, i) => t === article.paragraphs[i].text);
	if (same && titleText === article.title) return null;
	const reading: Article = {
		...article,
		title: titleText,
		paragraphs: article.paragraphs.map((p, i) =>
			texts[i] === p.text ? p : { ...p, text: texts[i] }
		),
		credits: article.credits.map((c) => {
			const r = readings[c.paragraph];
			return r ? { ...c, start: fromOriginal(r, c.start), end: fromOriginal(r, c.end) } : c;
		})
	};
	const mapped = new Map<Evidence, Evidence>();
	const toWritten = (e: Evidence): Evidence => {
		if (e.article !== article.id || texts[e.paragraph] === article.paragraphs[e.paragraph].text) {
			return e;
		}
		let out = mapped.get(e);
		if (!out) {
			const r = readings[e.paragraph];
			const start = r ? r.toOriginal[e.start] : e.start;
			const end = r && e.end > e.start ? r.toOriginal[e.end - 1] + 1 : e.end;
			out = { ...e, start, end, quote: article.paragraphs[e.paragraph].text.slice(start, end) };
			mapped.set(e, out);
		}
		return out;
	};
	return { article: reading, toWritten };
}
