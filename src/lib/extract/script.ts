/**
 * Traditional -> Simplified Chinese for matching, with offsets kept aligned.
 *
 * Rules are written against Simplified text (视频, 会议, 确诊); Traditional articles (視頻, 會議,
 * 確診) are folded onto it before matching. OpenCC's t->cn table maps almost every character to
 * exactly one character, so index `i` in the folded text is index `i` in the original and quotes
 * can be cut from the original as written. Where a conversion would change the length (a phrase
 * rule, a character outside the BMP), the original character is kept.
 */
import { Converter, Locale, type DictLike } from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/**
 * Characters without which OpenCC changes nothing: for every entry of the t->cn dictionaries
 * (the `t2s` preset `Converter({ from: 't', to: 'cn' })` runs) that rewrites its text, the first
 * character it rewrites. An entry can only apply where that character is, so a text with none of
 * them (most Simplified text) converts to itself and is not converted at all. Marked by UTF-16
 * code unit (a character outside the BMP by its lead surrogate, which marks a few more texts
 * than needed). `null` (convert everything) if the preset is not where this version keeps it.
 */
function rewrittenCharacters(): Uint8Array | null {
	const preset = Locale.configs?.t2s as
		| {
				normalizationChain?: readonly (readonly DictLike[])[];
				conversionChain?: readonly (readonly DictLike[])[];
		  }
		| undefined;
	if (!preset?.conversionChain) return null;
	const marks = new Uint8Array(0x10000);
	let marked = 0;
	for (const group of [...(preset.normalizationChain ?? []), ...preset.conversionChain]) {
		for (const dict of group) {
			const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
			for (const [from, to = ''] of entries) {
				if (from === to) continue;
				const a = [...from];
				const b = [...to];
				let at = 0;
				while (at < a.length && at < b.length && a[at] === b[at]) at++;
				marks[a[Math.min(at, a.length - 1)].charCodeAt(0)] = 1;
				marked++;
			}
		}
	}
	return marked > 0 ? marks : null;
}

let rewritten: Uint8Array | null | undefined;

/** Whether OpenCC may change `text` (false: it surely converts to itself). */
function mayConvert(text: string): boolean {
	if (rewritten === undefined) rewritten = rewrittenCharacters();
	if (rewritten === null) return true;
	for (let i = 0; i < text.length; i++) if (rewritten[text.charCodeAt(i)]) return true;
	return false;
}

function convert(text: string): string {
	converter ??= Converter({ from: 't', to: 'cn' });
	return converter(text);
}

/**
 * The Simplified form of `text`, always the same length, index for index.
 * @example toSimplified('省委書記景俊海以視頻形式主持召開') === '省委书记景俊海以视频形式主持召开'
 */
export function toSimplified(text: string): string {
	// Most text has no character to fold: one look at each character, no cache to hash it into.
	if (!mayConvert(text)) return text;
	let folded = folds.get(text);
	if (folded === undefined) {
		folded = fold(text);
		if (folds.size >= FOLD_CACHE_SIZE) folds.clear();
		folds.set(text, folded);
	}
	return folded;
}

/**
 * Every rule folds the same sentences and paragraphs again (dates, people, events, counts):
 * remember recent answers. Cleared when full, so memory stays bounded on a large corpus.
 */
const folds = new Map<string, string>();
const FOLD_CACHE_SIZE = 4096;

/**
 * Characters OpenCC folds that are also Simplified characters in their own right, mostly in
 * names (`吴乾渝`, `於大贺`): folded only in a text that has other Traditional characters, and 乾
 * never (`吳乾渝` is 吴乾渝; the words it spells for 干, `乾淨`, matter to no rule).
 */
const ALSO_SIMPLIFIED = new Set(['乾', '於']);
const NEVER_FOLDED = '乾';

function fold(text: string): string {
	let folded = convert(text);
	if (folded.length !== text.length) {
		// The length changed somewhere: fold one character at a time and keep what would not fit.
		folded = '';
		for (const ch of text) {
			const one = convert(ch);
			folded += one.length === ch.length ? one : ch;
		}
	}
	if (folded === text) return folded;
	let traditional = false;
	for (let i = 0; i < text.length && !traditional; i++) {
		traditional = folded.charCodeAt(i) !== text.charCodeAt(i) && !ALSO_SIMPLIFIED.has(text[i]);
	}
	// Only `ALSO_SIMPLIFIED` characters changed: the text stays as written.
	if (!traditional) return text;
	if (!text.includes(NEVER_FOLDED)) return folded;
	let kept = '';
	for (let i = 0; i < text.length; i++) kept += text[i] === NEVER_FOLDED ? text[i] : folded[i];
	return kept;
}

/**
 * Whether `text` surely folds to itself: it has no character OpenCC rewrites, so no part of it
 * does either, and a caller may use its sentences as their own folded form.
 */
export function isSimplified(text: string): boolean {
	return !mayConvert(text);
}

/** True when the text has characters that fold to Simplified (視頻 -> 视频). */
export function hasTraditional(text: string): boolean {
	return toSimplified(text) !== text;
}

/** An article's title and paragraphs as the rules read them (see `foldedArticle`). */
export interface FoldedArticle {
	/** `toSimplified` of the title. */
	title: string;
	/** `toSimplified` of each paragraph's text. */
	paragraphs: readonly string[];
	/** `isSimplified` of each paragraph's text: it and every part of it fold to themselves. */
	plain: readonly boolean[];
}

const foldedArticles = new WeakMap<object, FoldedArticle>();

/**
 * The title and paragraphs of an article in Simplified script, folded once per article object:
 * every rule reads the whole article (topic, region, credits, sentences), and looking each text
 * over for characters to fold again in every rule cost more than any one rule's own work.
 * Articles are read-only to the rules, so the answer stays true for the object's life.
 */
export function foldedArticle(article: {
	title: string;
	paragraphs: readonly { text: string }[];
}): FoldedArticle {
	let folded = foldedArticles.get(article);
	if (!folded) {
		const paragraphs: string[] = [];
		const plain: boolean[] = [];
		for (const { text } of article.paragraphs) {
			const simple = !mayConvert(text);
			paragraphs.push(simple ? text : toSimplified(text));
			plain.push(simple);
		}
		folded = { title: toSimplified(article.title), paragraphs, plain };
		foldedArticles.set(article, folded);
	}
	return folded;
}
