/**
 * Traditional -> Simplified Chinese for matching, with offsets kept aligned.
 *
 * Rules are written against Simplified text (视频, 会议, 确诊); Traditional articles (視頻, 會議,
 * 確診) are folded onto it before matching. OpenCC's t->cn table maps almost every character to
 * exactly one character, so index `i` in the folded text is index `i` in the original and quotes
 * can be cut from the original as written. Where a conversion would change the length (a phrase
 * rule, a character outside the BMP), the original character is kept.
 */
import { Converter } from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

function convert(text: string): string {
	converter ??= Converter({ from: 't', to: 'cn' });
	return converter(text);
}

/**
 * The Simplified form of `text`, always the same length, index for index.
 * @example toSimplified('省委書記景俊海以視頻形式主持召開') === '省委书记景俊海以视频形式主持召开'
 */
export function toSimplified(text: string): string {
	if (text === '') return text;
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
		traditional = folded[i] !== text[i] && !ALSO_SIMPLIFIED.has(text[i]);
	}
	let kept = '';
	for (let i = 0; i < text.length; i++) {
		const keep = traditional ? NEVER_FOLDED.includes(text[i]) : ALSO_SIMPLIFIED.has(text[i]);
		kept += keep ? text[i] : folded[i];
	}
	return kept;
}

/** True when the text has characters that fold to Simplified (視頻 -> 视频). */
export function hasTraditional(text: string): boolean {
	return toSimplified(text) !== text;
}
