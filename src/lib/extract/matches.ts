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
	/** Whether some opening starts with this UTF-16 code unit. */
	first: Uint8Array;
	/** The openings, by their first code unit. */
	openings: Map<number, readonly string[]>;
}

/**
 * `re` with `openings`: every match of `re` starts with one of them (a match of `调研|实地检查`
 * starts with `调研` or `实地`). `re` must not be unicode (indexes are UTF-16 code units).
 */
export function opened(re: RegExp, openings: readonly string[]): OpenedRegex {
	if (re.unicode || re.unicodeSets)
		throw new TypeError(`opened needs a non-unicode regex, got ${re}`);
	const first = new Uint8Array(0x10000);
	const byFirst = new Map<number, string[]>();
	for (const opening of openings) {
		if (opening === '') throw new TypeError(`an opening of ${re} cannot be empty`);
		const code = opening.charCodeAt(0);
		first[code] = 1;
		byFirst.set(code, [...(byFirst.get(code) ?? []), opening]);
	}
	const flags = re.flags.replace(/[gy]/g, '');
	return { sticky: new RegExp(re.source, `${flags}y`), first, openings: byFirst };
}

/**
 * What `allMatches` finds with `re` global, found faster: `re` is tried only where one of its
 * openings stands, not at every character (a regex of many alternatives with look-behinds costs
 * at every one). The same matches, as a match at an index does not depend on where the search
 * began (look-behinds see the whole text either way).
 */
export function openedMatches(re: OpenedRegex, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	const { sticky, first, openings } = re;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!first[code] || !startsWithOne(text, i, openings.get(code)!)) continue;
		sticky.lastIndex = i;
		const m = sticky.exec(text);
		if (!m) continue;
		out.push(m);
		// Openings are never empty, so neither is a match: go on after it.
		i = sticky.lastIndex - 1;
	}
	sticky.lastIndex = 0;
	return out;
}

function startsWithOne(text: string, at: number, openings: readonly string[]): boolean {
	for (const opening of openings) if (text.startsWith(opening, at)) return true;
	return false;
}

/** Lists of words, looked for all at once; see `presentLists`. */
export interface WordLists {
	/** Whether some word starts with this UTF-16 code unit. */
	first: Uint8Array;
	/** By first code unit: each word with the bit of its list. */
	words: Map<number, ReadonlyArray<{ word: string; bit: number }>>;
}

/** Up to 31 lists of words (list `i` has bit `1 << i`). */
export function wordLists(lists: ReadonlyArray<readonly string[]>): WordLists {
	if (lists.length > 31) throw new RangeError(`at most 31 word lists, got ${lists.length}`);
	const first = new Uint8Array(0x10000);
	const words = new Map<number, Array<{ word: string; bit: number }>>();
	lists.forEach((list, i) => {
		for (const word of list) {
			if (word === '') throw new TypeError(`word list ${i} has an empty word`);
			const code = word.charCodeAt(0);
			first[code] = 1;
			words.set(code, [...(words.get(code) ?? []), { word, bit: 1 << i }]);
		}
	});
	return { first, words };
}

/**
 * Which lists have a word in `text`, as bits (`1 << i` for list `i`): one pass over the text for
 * what would be a regex test per list (`/发布会|通气会/.test(text)`, `/视/.test(text)`, …).
 */
export function presentLists(lists: WordLists, text: string): number {
	const { first, words } = lists;
	let present = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!first[code]) continue;
		for (const { word, bit } of words.get(code)!) {
			if ((present & bit) === 0 && text.startsWith(word, i)) present |= bit;
		}
	}
	return present;
}
