/**
 * `[...text.matchAll(re)]` without its cost. `matchAll` builds a copy of the regex on every call,
 * which on the short sentences the rules read costs more than the search (the rules ran it
 * several times per sentence); this runs `re` itself. Like `matchAll`: `re` must be global, and
 * an empty match moves on by one character. Unlike it, `re` starts at 0 (its `lastIndex` is
 * reset before and after), and every match is found before the caller reads the first.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`allMatches needs a global regex, got ${re}`);
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
	}
	re.lastIndex = 0;
	return out;
}

/** The index after the character at `at` (a surrogate pair is one character in unicode mode). */
function nextIndex(text: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= text.length) return at + 1;
	const lead = text.charCodeAt(at);
	const trail = text.charCodeAt(at + 1);
	return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}

/** A regex with the strings its every match starts with; see `openedMatches`. */
export interface OpenedRegex {
	/** The regex, sticky: tried at one index. */
	sticky: RegExp;
	/** Any of the openings (global): where the regex may match. */
	openings: RegExp;
}

/**
 * `re` with `openings`: every match of `re` starts with one of them (a match of `调研|实地检查`
 * starts with `调研` or `实地`). `re` must not be unicode.
 */
export function opened(re: RegExp, openings: readonly string[]): OpenedRegex {
	// Indexes step by UTF-16 code unit, as in a regex that is not unicode.
	if (re.unicode || re.unicodeSets)
		throw new TypeError(`opened needs a non-unicode regex, got ${re}`);
	if (openings.length === 0 || openings.includes('')) {
		throw new TypeError(`the openings of ${re} cannot be none or empty`);
	}
	const flags = re.flags.replace(/[gyd]/g, '');
	return {
		sticky: new RegExp(re.source, `${flags}y`),
		openings: new RegExp(openings.map(escapeRegExp).join('|'), `${flags}g`)
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * What `allMatches` finds with `re` global, found faster: `re` is tried only where one of its
 * openings stands (a regex of literal words finds them fast), not at every character (a regex of
 * many alternatives with look-behinds costs at every one). The same matches, as a match at an
 * index does not depend on where the search began (look-behinds see the whole text either way).
 */
export function openedMatches(re: OpenedRegex, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	const { sticky, openings } = re;
	openings.lastIndex = 0;
	for (let at = openings.exec(text); at; at = openings.exec(text)) {
		sticky.lastIndex = at.index;
		const m = sticky.exec(text);
		// An opening is never empty, so neither is a match: go on after it, else after the index.
		openings.lastIndex = m ? sticky.lastIndex : at.index + 1;
		if (m) out.push(m);
	}
	openings.lastIndex = 0;
	sticky.lastIndex = 0;
	return out;
}

/** Lists of words, looked for all at once; see `presentLists`. */
export interface WordLists {
	/** By UTF-16 code unit: 0, or the slot of the words that start with it. */
	slots: Uint16Array;
	/** By slot: the words, and the bit of each one's list. */
	words: string[][];
	bits: number[][];
	/**
	 * When every word has two characters or more: by code unit, 1 if a word starts with it, 2 if
	 * one has it second (see `presentLists`). `null` when a list has a one-character word.
	 */
	pairs: Uint8Array | null;
}

/** Up to 31 lists of words (list `i` has bit `1 << i`). */
export function wordLists(lists: ReadonlyArray<readonly string[]>): WordLists {
	if (lists.length > 31) throw new RangeError(`at most 31 word lists, got ${lists.length}`);
	const slots = new Uint16Array(0x10000);
	const words: string[][] = [[]];
	const bits: number[][] = [[]];
	let pairs: Uint8Array | null = new Uint8Array(0x10000);
	lists.forEach((list, i) => {
		for (const word of list) {
			if (word === '') throw new TypeError(`word list ${i} has an empty word`);
			const code = word.charCodeAt(0);
			if (slots[code] === 0) {
				slots[code] = words.length;
				words.push([]);
				bits.push([]);
			}
			words[slots[code]].push(word);
			bits[slots[code]].push(1 << i);
			if (word.length < 2) pairs = null;
			if (pairs) {
				pairs[code] |= 1;
				pairs[word.charCodeAt(1)] |= 2;
			}
		}
	});
	return { slots, words, bits, pairs };
}

/**
 * Which lists have a word in `text`, as bits (`1 << i` for list `i`): one pass over the text for
 * what would be a regex test per list (`/发布会|通气会/.test(text)`, `/视/.test(text)`, …).
 */
export function presentLists(lists: WordLists, text: string): number {
	if (lists.pairs) return presentPairs(lists, lists.pairs, text);
	const { slots, words, bits } = lists;
	let present = 0;
	for (let i = 0; i < text.length; i++) {
		const slot = slots[text.charCodeAt(i)];
		if (slot === 0) continue;
		const here = words[slot];
		const bit = bits[slot];
		for (let w = 0; w < here.length; w++) {
			if ((present & bit[w]) === 0 && (here[w].length === 1 || text.startsWith(here[w], i))) {
				present |= bit[w];
			}
		}
	}
	return present;
}

/**
 * `presentLists` when every word has two characters or more: each word covers an even index, so
 * only every other character is looked at (the one-pass scan cost more than what it found). At an
 * even index, a first character may start a word there, a second one a word just before it.
 */
function presentPairs(lists: WordLists, pairs: Uint8Array, text: string): number {
	let present = 0;
	for (let i = 0; i < text.length; i += 2) {
		const mark = pairs[text.charCodeAt(i)];
		if (mark === 0) continue;
		if ((mark & 2) !== 0 && i > 0) present = wordsAt(lists, text, i - 1, present);
		if ((mark & 1) !== 0) present = wordsAt(lists, text, i, present);
	}
	return present;
}

/** `present` with the bits of the lists whose words start at `at`. */
function wordsAt(lists: WordLists, text: string, at: number, present: number): number {
	const slot = lists.slots[text.charCodeAt(at)];
	if (slot === 0) return present;
	const here = lists.words[slot];
	const bit = lists.bits[slot];
	for (let w = 0; w < here.length; w++) {
		if ((present & bit[w]) === 0 && text.startsWith(here[w], at)) present |= bit[w];
	}
	return present;
}
