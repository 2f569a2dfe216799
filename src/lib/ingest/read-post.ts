/**
 * A quick read of one archived post: enough to date it, name its outlet and title, match it
 * against a pattern and tell whether the corpus build would skip it. The full parse
 * (`parseArticle`) runs at build time; this one stays fast enough for a whole history.
 */
import yaml from 'js-yaml';
import { isUtf8 } from 'node:buffer';
import { decodeText } from '../corpus/decode';
import { beijingDay, parsePublished } from '../corpus/dates';
import type { Problem } from '../types';

export interface PostSummary {
	title: string;
	/** Front matter `author` (the archive's source), else `source`; `''` when neither. */
	outlet: string;
	published: Date;
	/** Beijing calendar day of publication. */
	day: string;
	/** Title and body as plain text, for `--match`. */
	text: string;
	/** The decoded file, when the bytes were not UTF-8 (GB18030): written as UTF-8. */
	converted?: string;
}

export type ReadPostResult = { ok: true; post: PostSummary } | { ok: false; problem: Problem };

/**
 * Read an archived post's bytes; `label` names it in problems (`path@commit`). With
 * `text: false` (no `--match`), valid UTF-8 posts have only their front matter decoded: over a
 * whole history, turning every body into a string is the largest cost left.
 */
export function readPost(
	label: string,
	bytes: Uint8Array,
	options: { text?: boolean } = {}
): ReadPostResult {
	const fail = (field: string, message: string, hint: string): ReadPostResult => ({
		ok: false,
		problem: {
			file: label,
			field,
			message: `${label}: ${message}`,
			hint: `${hint}${recovery(label)}`,
			severity: 'error'
		}
	});
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const utf8 = isUtf8(buffer) && !buffer.includes(0);
	const head = utf8 && options.text === false ? frontMatterEnd(buffer) : -1;
	const decoded: ReturnType<typeof decodeText> = utf8
		? {
				ok: true,
				text: normalise(buffer.toString('utf8', 0, head < 0 ? undefined : head)),
				encoding: 'utf-8'
			}
		: decodeText(bytes);
	if (!decoded.ok) {
		return fail(
			'encoding',
			`not a text post (${decoded.reason}).`,
			'Nothing to do if it is not an article; otherwise re-save it as UTF-8 in the archive.'
		);
	}
	const source = decoded.text.replace(/^\s+(?=---)/, '');
	if (!source.startsWith('---')) {
		return fail(
			'front-matter',
			'no front matter (the post must start with a `---` line, YAML, then `---`).',
			'Add a front matter block with title, author and date at the top of the post.'
		);
	}
	let data: Record<string, unknown>;
	let body: string;
	try {
		const split = splitFrontMatter(source);
		// the corpus reader's YAML settings: core schema, so dates stay the strings they are
		const loaded = split.front.trim() ? yaml.load(split.front, { schema: yaml.CORE_SCHEMA }) : {};
		data = loaded && typeof loaded === 'object' ? (loaded as Record<string, unknown>) : {};
		body = split.body;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return fail(
			'front-matter',
			`the front matter is not valid YAML (${reason}).`,
			'Quote titles that contain a colon or quote mark, and indent list items, between the `---` lines.'
		);
	}
	const title = scalar(data.title);
	if (!title) return fail('title', 'no title.', "Add `title: '...'` to the front matter.");
	const published = publishedAt(data.date);
	if (!published) {
		return fail(
			'date',
			data.date == null
				? 'no date.'
				: `the date \`${String(data.date)}\` is not a date the corpus reader understands.`,
			'Write `date:` as RFC 2822 (`Fri, 15 Apr 2022 14:51:18 GMT`) or ISO 8601 (`2022-04-15T22:51:18+08:00`).'
		);
	}
	const text = head < 0 ? plainText(body) : '';
	if (head < 0 ? !text : !hasText(buffer, head)) {
		return fail(
			'body',
			'no text after the front matter.',
			'The body must hold the article as HTML paragraphs after the front matter.'
		);
	}
	return {
		ok: true,
		post: {
			title,
			outlet: scalar(data.author) ?? scalar(data.source) ?? '',
			published,
			day: dayInBeijing(published),
			text: text ? `${title}\n${text}` : title,
			converted: decoded.encoding === 'utf-8' ? undefined : decoded.text
		}
	};
}

/**
 * How to keep a post the archive wrote badly: history cannot be edited, but its version can be
 * copied out, mended and put in the corpus folder by hand.
 * @example recovery('source/_posts/a/b.md@1a2b3c4d5e6f') // ' To keep it: git show 1a2b3c4d5e6f:…'
 */
function recovery(label: string): string {
	const at = label.lastIndexOf('@');
	if (at < 0) return '';
	const [path, commit] = [label.slice(0, at), label.slice(at + 1)];
	return ` To keep it anyway: \`git show ${commit}:"${path}" > post.md\`, mend that, and add it to the corpus folder.`;
}

/**
 * `parsePublished`, with a fast path for the RFC 2822 dates the archive writes
 * (`Fri, 15 Apr 2022 14:51:18 GMT`, `… +0800`): the zone is stated, so `Date.parse` reads them
 * exactly, twenty times faster than trying each date-fns pattern (it matters over a whole history).
 */
export function publishedAt(value: unknown): Date | null {
	if (typeof value === 'string' && RFC2822.test(value.trim())) {
		const time = Date.parse(value);
		if (!Number.isNaN(time)) return new Date(time);
	}
	return parsePublished(value);
}

const RFC2822 = /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

/** `beijingDay`, fast: China has kept UTC+8 without daylight saving since 1992. */
export function dayInBeijing(instant: Date): string {
	const time = instant.getTime();
	if (time < Date.UTC(1992, 0, 1)) return beijingDay(instant);
	return new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The front matter and body as the corpus reader (`readFrontMatter`) splits them: after the opening
 * `---` line, up to the next line that starts with `---`.
 */
export function splitFrontMatter(source: string): { front: string; body: string } {
	const afterOpen = source.indexOf('\n');
	if (afterOpen < 0) return { front: '', body: '' };
	const close = source.indexOf('\n---', afterOpen);
	if (close < 0) return { front: source.slice(afterOpen + 1), body: '' };
	const rest = source.indexOf('\n', close + 4);
	return {
		front: source.slice(afterOpen + 1, close),
		body: rest < 0 ? '' : source.slice(rest + 1)
	};
}

function normalise(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const DASHES = Buffer.from('\n---');

/** The byte offset just past the front matter's closing `---` line, or -1 if there is none. */
function frontMatterEnd(bytes: Buffer): number {
	// crawled posts open with blank lines (after a byte-order mark, maybe) before `---`
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (start < bytes.length && bytes[start] <= 0x20) start++;
	const open = bytes.indexOf(10, start);
	const close = open < 0 ? -1 : bytes.indexOf(DASHES, open);
	if (close < 0) return -1;
	const end = bytes.indexOf(10, close + DASHES.length);
	return end < 0 ? -1 : end + 1;
}

/**
 * Whether the body from `start` holds any text outside tags, comments, scripts and styles (the
 * test `plainText` makes, on bytes: whitespace, the full-width space and tags are not text).
 */
export function hasText(bytes: Uint8Array, start: number): boolean {
	const skipTo = (i: number, close: string) => {
		const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(
			close,
			i,
			'latin1'
		);
		return at < 0 ? bytes.length : at + close.length;
	};
	for (let i = start; i < bytes.length;) {
		const b = bytes[i];
		if (b === 0x3c) {
			const name = String.fromCharCode(...bytes.subarray(i + 1, i + 7)).toLowerCase();
			if (name.startsWith('!--')) i = skipTo(i + 4, '-->');
			else if (name.startsWith('script')) i = skipTo(skipTo(i, '</'), '>');
			else if (name.startsWith('style')) i = skipTo(skipTo(i, '</'), '>');
			else i = skipTo(i, '>');
			continue;
		}
		if (b <= 0x20) i++;
		else if (b === 0xe3 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x80) i += 3;
		else if (b === 0x26 && /^&nbsp;/i.test(String.fromCharCode(...bytes.subarray(i, i + 6))))
			i += 6;
		else return true;
	}
	return false;
}

/** Tags, scripts and styles out; common entities decoded; runs of space collapsed. */
export function plainText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
		.replace(/[\s\u3000]+/g, ' ')
		.trim();
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	mdash: '—'
};

function decodeEntity(name: string): string | undefined {
	if (name[0] !== '#') return NAMED[name.toLowerCase()];
	const code =
		name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function scalar(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (typeof value === 'number') return String(value);
	return null;
}
