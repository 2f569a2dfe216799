/**
 * The text the rules read when it differs in length from the text as written. Mirror sites that
 * machine-convert Simplified to Traditional insert a pinyin gloss after some characters
 * (`長(zhǎng)春市衛(wèi)健委`, `轉(zhuǎn)為`); every rule would have to skip them. Here they are taken
 * out once per article, with a map back to the original offsets, so every stage reads the same
 * clean text and every quote still points into the paragraph as written. Pure.
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

/** The text without glosses, or `null` when it has none (the common case costs one regex test). */
export function stripGlosses(written: string): ReadingText | null {
	GLOSS.lastIndex = 0;
	if (!GLOSS.test(written)) return null;
	GLOSS.lastIndex = 0;
	let text = '';
	const toOriginal: number[] = [];
	let from = 0;
	for (const m of written.matchAll(GLOSS)) {
		if (!TONE_MARK.test(m[1])) continue;
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

export interface ReadingArticle {
	/** The article as the rules read it (same ids and paragraph indexes). */
	article: Article;
	/** Evidence found in the reading article, pointed back at the text as written. */
	toWritten: (evidence: Evidence) => Evidence;
}

/**
 * The article without glosses, or `null` when it has none. Credits are moved to reading offsets;
 * `toWritten` maps evidence back (a quote then includes the glosses inside it, as written).
 */
export function readingArticle(article: Article): ReadingArticle | null {
	const readings = article.paragraphs.map((p) => stripGlosses(p.text));
	const title = stripGlosses(article.title);
	if (!title && readings.every((r) => r === null)) return null;
	const reading: Article = {
		...article,
		title: title?.text ?? article.title,
		paragraphs: article.paragraphs.map((p, i) => {
			const r = readings[i];
			return r ? { ...p, text: r.text } : p;
		}),
		credits: article.credits.map((c) => {
			const r = readings[c.paragraph];
			return r ? { ...c, start: fromOriginal(r, c.start), end: fromOriginal(r, c.end) } : c;
		})
	};
	const mapped = new Map<Evidence, Evidence>();
	const toWritten = (e: Evidence): Evidence => {
		const r = readings[e.paragraph];
		if (!r || e.article !== article.id) return e;
		let out = mapped.get(e);
		if (!out) {
			const start = r.toOriginal[e.start];
			const end = e.end > e.start ? r.toOriginal[e.end - 1] + 1 : start;
			out = { ...e, start, end, quote: article.paragraphs[e.paragraph].text.slice(start, end) };
			mapped.set(e, out);
		}
		return out;
	};
	return { article: reading, toWritten };
}
