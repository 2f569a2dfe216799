/**
 * A quick read of one archived post: enough to date it, name its outlet and title, match it
 * against a pattern and tell whether the corpus build would skip it. The full parse
 * (`parseArticle`) runs at build time; this one stays fast enough for a whole history.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
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

/** Read an archived post's bytes; `label` names it in problems (`path@commit`). */
export function readPost(label: string, bytes: Uint8Array): ReadPostResult {
	const fail = (field: string, message: string, hint: string): ReadPostResult => ({
		ok: false,
		problem: { file: label, field, message: `${label}: ${message}`, hint, severity: 'error' }
	});
	const decoded = decodeText(bytes);
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
		// The corpus reader's settings: no shared cache, dates kept as the strings they are.
		const parsed = matter(source, {
			engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object }
		});
		data = (parsed.data ?? {}) as Record<string, unknown>;
		body = parsed.content;
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
	const published = parsePublished(data.date);
	if (!published) {
		return fail(
			'date',
			data.date == null
				? 'no date.'
				: `the date \`${String(data.date)}\` is not a date the corpus reader understands.`,
			'Write `date:` as RFC 2822 (`Fri, 15 Apr 2022 14:51:18 GMT`) or ISO 8601 (`2022-04-15T22:51:18+08:00`).'
		);
	}
	const text = plainText(body);
	if (!text) {
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
			day: beijingDay(published),
			text: `${title}\n${text}`,
			converted: decoded.encoding === 'utf-8' ? undefined : decoded.text
		}
	};
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
