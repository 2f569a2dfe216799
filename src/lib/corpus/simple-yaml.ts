import yaml from 'js-yaml';

/**
 * The common shapes of a crawled post's front matter, read without js-yaml's general parser: one
 * `key: value` per line, and `key:` followed by ` - item` lines. Values are single-quoted,
 * double-quoted without escapes, or plain on one line; plain ones resolve through js-yaml's own
 * core-schema types (null, bool, int, float), so `comments: false` is `false` as it would be. On
 * anything else (comments, multi-line or flow values, tags, anchors, nesting, odd characters) the
 * answer is null and the caller asks js-yaml: this path has to give exactly what js-yaml gives,
 * and the property test holds it to that.
 */
export function readSimpleYaml(block: string): Record<string, unknown> | null {
	if (!IMPLICIT || ODD_CHARACTER.test(block)) return null;
	const data: Record<string, unknown> = {};
	/** The key whose value is a list being read, its items, their indentation (-1 before the first). */
	let listKey: string | null = null;
	let items: unknown[] = [];
	let itemIndent = -1;
	const length = block.length;
	for (let start = 0; start <= length;) {
		let end = block.indexOf('\n', start);
		if (end < 0) end = length;
		const lineStart = start;
		start = end + 1;
		if (end === lineStart) continue;
		const first = block.charCodeAt(lineStart);
		if (first === SPACE || first === DASH) {
			// a list item under the last key, all at one indentation
			if (listKey === null) return null;
			let at = lineStart;
			while (block.charCodeAt(at) === SPACE) at++;
			const indent = at - lineStart;
			if (block.charCodeAt(at) !== DASH || block.charCodeAt(at + 1) !== SPACE) return null;
			if (itemIndent >= 0 && indent !== itemIndent) return null;
			at += 2;
			while (block.charCodeAt(at) === SPACE) at++;
			if (at >= end) return null;
			const item = scalar(block, at, end);
			if (item === FALLBACK) return null;
			if (itemIndent < 0) data[listKey] = items = [];
			itemIndent = indent;
			items.push(item);
			continue;
		}
		// `key:` at the start of the line, the key a plain word that stays a string
		let at = lineStart;
		if (!isKeyStart(first)) return null;
		while (at < end && isKeyChar(block.charCodeAt(at))) at++;
		if (block.charCodeAt(at) !== COLON) return null;
		const key = knownKey(block.slice(lineStart, at));
		if (key === null || hasOwn.call(data, key)) return null;
		at++;
		if (at < end && block.charCodeAt(at) !== SPACE) return null;
		while (block.charCodeAt(at) === SPACE) at++;
		if (at >= end) {
			data[key] = null;
			listKey = key;
			itemIndent = -1;
			continue;
		}
		const value = scalar(block, at, end);
		if (value === FALLBACK) return null;
		data[key] = value;
		listKey = null;
	}
	return data;
}

/** js-yaml's implicit types of the core schema (null, bool, int, float), in its order. */
const IMPLICIT = (yaml.CORE_SCHEMA as unknown as { compiledImplicit?: yaml.Type[] })
	.compiledImplicit;

/**
 * Characters left to js-yaml: controls (tab and CR included), the C1 range, surrogates, BOM and
 * non-characters, and the line separators some YAML readers break lines at.
 */
const ODD_CHARACTER = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const hasOwn = Object.prototype.hasOwnProperty;
const FALLBACK = Symbol('fallback');

function isKeyStart(c: number): boolean {
	return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isKeyChar(c: number): boolean {
	return isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
}

/**
 * Characters a core-schema null, bool, int or float can start with (`~`, `null`, `true`, `False`,
 * `-1`, `+.5`, `.inf`, `0x1F`): a plain scalar starting otherwise is a string without asking the
 * types (their float pattern is a regex, and most values are Chinese text).
 */
const MAY_RESOLVE = new Set('~nNtTfF+-.0123456789');

/**
 * Keys that stay strings, one string per key: the same few (`title`, `date`, …) open every file,
 * and a key met before is one look-up, not a new string to resolve, hash and compare by content.
 * Null for a key this path leaves to js-yaml (`__proto__`, or one that is not a string: `true`).
 * Bounded for hostile input.
 */
const KEYS = new Map<string, string | null>();

function knownKey(raw: string): string | null {
	let key = KEYS.get(raw);
	if (key === undefined) {
		key = raw === '__proto__' || resolves(raw) ? null : raw;
		if (KEYS.size < 1024) KEYS.set(raw, key);
	}
	return key;
}

/** Whether a plain scalar is not a string for js-yaml (`true`, `null`, `12`, `.5`…). */
function resolves(text: string): boolean {
	if (!MAY_RESOLVE.has(text[0])) return false;
	for (const type of IMPLICIT!) if (type.resolve(text)) return true;
	return false;
}

/** Characters that start something other than a plain scalar (YAML's indicators). */
const INDICATOR = new Set('-?:,[]{}#&*!|>\'"%@`');

/** The scalar in `block` from `from` (not a space) to the end of its line `end`. */
function scalar(block: string, from: number, end: number): unknown {
	let last = end;
	while (block.charCodeAt(last - 1) === SPACE) last--;
	const first = block.charCodeAt(from);
	if (first === SINGLE_QUOTE) {
		// `''` is a quote inside; the closing quote must end the line
		let out = '';
		let at = from + 1;
		for (;;) {
			const quote = block.indexOf("'", at);
			if (quote < 0 || quote >= last) return FALLBACK;
			if (quote + 1 < last && block.charCodeAt(quote + 1) === SINGLE_QUOTE) {
				out += block.slice(at, quote + 1);
				at = quote + 2;
				continue;
			}
			if (quote + 1 !== last) return FALLBACK;
			return out + block.slice(at, quote);
		}
	}
	if (first === DOUBLE_QUOTE) {
		const quote = block.indexOf('"', from + 1);
		if (quote + 1 !== last) return FALLBACK;
		const text = block.slice(from + 1, quote);
		return text.includes('\\') ? FALLBACK : text;
	}
	if (INDICATOR.has(block[from])) return FALLBACK;
	const text = block.slice(from, last);
	// a `: ` or ` #` inside, or a `:` at the end, would be a mapping or a comment
	if (text.includes(': ') || text.includes(' #') || text.charCodeAt(text.length - 1) === COLON)
		return FALLBACK;
	if (MAY_RESOLVE.has(text[0]))
		for (const type of IMPLICIT!) if (type.resolve(text)) return type.construct(text);
	return text;
}
