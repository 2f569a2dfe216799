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
