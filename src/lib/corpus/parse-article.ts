import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Article, ArticleImage, Credit, Paragraph, Problem } from '../types';
import { readBody, type RawBlock } from './body';
import { beijingDay, beijingIso, parsePublished } from './dates';
import { decodeText } from './decode';
import {
	isOutletLine,
	matchEditor,
	matchOriginalTitle,
	matchPhotoCredit,
	matchReporterCredit,
	matchSource
} from './metadata';

/** Files larger than this are not news articles (and would slow every build). */
export const MAX_BYTES = 10 * 1024 * 1024;

/** The problem for a file over MAX_BYTES (the file-system module reports it without reading). */
export function sizeProblem(file: string, size: number): Problem {
	return {
		file,
		field: 'file',
		message: `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit for one article.`,
		hint: 'Split it into one file per article, or remove embedded data (base64 images) from it.',
		severity: 'error'
	};
}

export interface ParseResult {
	article: Article | null;
	problems: Problem[];
}

/**
 * Read one Hexo-style post (YAML front matter + HTML body) into an Article.
 * Never throws: what cannot be read becomes a Problem naming the file, the field and the fix.
 */
export function parseArticle(file: string, input: string | Uint8Array): ParseResult {
	const problems: Problem[] = [];
	const fail = (field: string, message: string, hint: string): ParseResult => ({
		article: null,
		problems: [...problems, { file, field, message, hint, severity: 'error' }]
	});

	const size = typeof input === 'string' ? input.length : input.byteLength;
	if (size > MAX_BYTES) return { article: null, problems: [sizeProblem(file, size)] };
	const decoded = decodeText(input);
	if (!decoded.ok) {
		return fail(
			'encoding',
			`${file} is not a text article: ${decoded.reason}.`,
			'Save the article as UTF-8 text (or GB18030), or move non-article files out of the corpus folder.'
		);
	}
	if (decoded.encoding === 'gb18030') {
		problems.push({
			file,
			field: 'encoding',
			message: `${file} is not valid UTF-8; it was read as GB18030.`,
			hint: 'Convert it to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`) to silence this note.',
			severity: 'warning'
		});
	}

	// Crawled files open with a blank line; gray-matter only sees front matter at the very start.
	const source = decoded.text.replace(/^\s+(?=---)/, '');
	if (!source.startsWith('---')) {
		return fail(
			'front-matter',
			`${file} has no front matter: it must start with a \`---\` line, then YAML (title, date, author), then \`---\`.`,
			'Add a front matter block at the top of the file.'
		);
	}
	let data: Record<string, unknown>;
	let body: string;
	try {
		// Options (not the default call) so gray-matter does not cache and share its result object;
		// the core schema keeps dates as the strings they are, so we decide their zone ourselves.
		const parsed = matter(source, {
			engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object }
		});
		data = { ...(parsed.data as Record<string, unknown>) };
		body = parsed.content;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return fail(
			'front-matter',
			`${file}: the front matter is not valid YAML (${reason}).`,
			'Check the lines between the two `---` markers: quote titles that contain a colon, and indent list items.'
		);
	}

	const title = text(data.title);
	if (!title) {
		return fail('title', `${file} has no title.`, "Add `title: '...'` to the front matter.");
	}
	const instant = parsePublished(data.date);
	if (!instant) {
		return fail(
			'date',
			data.date == null
				? `${file} has no date.`
				: `${file}: the date \`${String(data.date)}\` is not a date this reader understands.`,
			'Write `date:` as RFC 2822 (`Fri, 15 Apr 2022 14:51:18 GMT`), ISO 8601 (`2022-04-15T22:51:18+08:00`) or `2022-04-15 22:51:18` (Beijing time).'
		);
	}

	const outlet = text(data.author) ?? text(data.source) ?? '';
	const link = originalLink(file, data.link, problems);
	const blocks = readBody(body);
	const content = sortBlocks(blocks, outlet);
	if (content.paragraphs.length === 0) {
		return fail(
			'body',
			`${file} has no article text once the outlet's furniture (footers, scripts, app promotion) is removed.`,
			'Check that the body holds the article as HTML paragraphs (<p>...</p>) after the front matter.'
		);
	}

	const article: Article = {
		id: articleId(file),
		file,
		title,
		published: beijingIso(instant),
		day: beijingDay(instant),
		outlet,
		categories: list(data.categories),
		headImage: text(data.headimg) ?? text(data.thumbnail) ?? undefined,
		...(link ? { link } : {}),
		...(text(data.guid) ? { guid: text(data.guid)! } : {}),
		paragraphs: content.paragraphs,
		images: content.images,
		editor: content.editor,
		originalTitle: content.originalTitle,
		sources: content.sources,
		credits: content.credits,
		encoding: decoded.encoding
	};
	return { article, problems };
}

/**
 * Front matter `link`: the original address, kept only if it is http(s) (the reading view links
 * to it); anything else is dropped with a note.
 */
function originalLink(file: string, value: unknown, problems: Problem[]): string | undefined {
	const raw = text(value);
	if (!raw) return undefined;
	try {
		const url = new URL(raw);
		if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
	} catch {
		// not a URL at all: the same note
	}
	problems.push({
		file,
		field: 'link',
		message: `${file}: the link \`${raw}\` is not an http(s) address; it was left out.`,
		hint: 'Write `link:` as the full address of the original article (https://...), or remove it.',
		severity: 'warning'
	});
	return undefined;
}

/** Tell metadata lines from body paragraphs, number paragraphs, find captions and credits. */
function sortBlocks(blocks: RawBlock[], outlet: string) {
	const paragraphs: Paragraph[] = [];
	const images: ArticleImage[] = [];
	const sources: string[] = [];
	const credits: Credit[] = [];
	let editor: string | undefined;
	let originalTitle: string | undefined;

	const textCount = blocks.filter((b) => b.type === 'text').length;
	let textIndex = -1;
	for (const block of blocks) {
		if (block.type === 'image') {
			images.push(block.image);
			continue;
		}
		const { text } = block;
		textIndex++;
		const isEditor = matchEditor(text);
		if (isEditor) {
			editor = isEditor;
			continue;
		}
		const original = matchOriginalTitle(text);
		if (original) {
			originalTitle = original;
			continue;
		}
		const src = matchSource(text);
		if (src) {
			sources.push(src);
			continue;
		}
		// An outlet's name stands alone at the top or the foot of a story; mid-article it is prose.
		const atEdge = textIndex < 3 || textIndex >= textCount - 3;
		if (atEdge && isOutletLine(text, outlet)) continue;

		const index = paragraphs.length;
		const photo = matchPhotoCredit(text);
		for (const n of photo?.names ?? []) credits.push({ ...n, role: 'photo', paragraph: index });
		const caption = block.centred || photo !== null || (block.afterImage && isOneSentence(text));
		if (caption) {
			const image = images.at(-1);
			if (image && !image.caption) image.caption = text;
		}
		paragraphs.push({
			id: `p-${index}`,
			text,
			html: block.html,
			kind: caption ? 'caption' : 'body'
		});
	}

	// Reporter credits close the article: look only at its last two paragraphs.
	for (const paragraph of paragraphs.slice(-2)) {
		const index = paragraphs.indexOf(paragraph);
		const reporter = matchReporterCredit(paragraph.text);
		for (const n of reporter?.names ?? [])
			credits.push({ ...n, role: 'reporter', paragraph: index });
	}
	return { paragraphs, images, sources, credits, editor, originalTitle };
}

/** A caption is one short sentence: `4月15日，省委书记景俊海在长春实地检查指导疫情防控工作。` */
function isOneSentence(text: string): boolean {
	const stops = text.match(/[。！？!?]/g)?.length ?? 0;
	return text.length <= 160 && stops <= 1;
}

/**
 * A stable, URL-safe id from the file name: `000_c7f3a7c78d50caf9.txt` → `000_c7f3a7c78d50caf9`.
 * Names with other characters keep their ASCII part plus a short hash, so ids stay unique.
 */
export function articleId(file: string): string {
	const base = file.replace(/\.[^./]+$/, '');
	const slug = base
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug === base.toLowerCase() && slug) return slug;
	return `${slug || 'article'}-${hash(base)}`;
}

/** FNV-1a, 32 bits, hex: enough to keep ids of odd file names apart. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const ch of text) {
		h ^= ch.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

function text(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (typeof value === 'number') return String(value);
	return null;
}

function list(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => text(v)).filter((v): v is string => !!v);
	const single = text(value);
	return single ? [single] : [];
}
