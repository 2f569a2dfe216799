import yaml from 'js-yaml';
import type { Article, ArticleImage, Credit, Paragraph, Problem } from '../types';
import { readBody, type RawBlock } from './body';
import { beijingDay, beijingIso, inWindow, parsePublished, type DateWindow } from './dates';
import { decodeText } from './decode';
import { readSimpleYaml } from './simple-yaml';
import {
	isOutletLine,
	matchEditor,
	matchOriginalTitle,
	matchPhotoCredit,
	matchReporterCredit,
	matchSource,
	mayBeMetadataLine
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

export interface ParseOptions {
	/** Publication days outside this window are a problem (a broken or zero `date:`). */
	window?: DateWindow;
}

/**
 * Read one Hexo-style post (YAML front matter + HTML body) into an Article.
 * Never throws: what cannot be read becomes a Problem naming the file, the field and the fix, and
 * an unexpected failure of the reader itself becomes a Problem with field `internal`.
 */
export function parseArticle(
	file: string,
	input: string | Uint8Array,
	options: ParseOptions = {}
): ParseResult {
	try {
		return readArticle(file, input, options);
	} catch (error) {
		return { article: null, problems: [internalProblem(file, 'reader', error)] };
	}
}

/**
 * The problem for an exception inside the pure core (a bug, or input nobody foresaw): it names the
 * file, so one article can never stop the build.
 */
export function internalProblem(
	file: string,
	stage: 'reader' | 'extraction',
	error: unknown,
	severity: Problem['severity'] = 'error'
): Problem {
	const reason = error instanceof Error ? error.message : String(error);
	return {
		file,
		field: 'internal',
		message:
			stage === 'reader'
				? `${file} could not be read: the reader failed (${reason}).`
				: `${file} was read, but extracting events and figures from it failed (${reason}); it is shown without them.`,
		hint: 'This is a bug in jilin-timeline, not necessarily in the file: please report it with the file attached. The rest of the corpus is built.',
		severity
	};
}

function readArticle(file: string, input: string | Uint8Array, options: ParseOptions): ParseResult {
	const problems: Problem[] = [];
	const note = (field: string, message: string, hint: string) =>
		problems.push({ file, field, message, hint, severity: 'warning' });
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
			decoded.hint ??
				'Save the article as UTF-8 text (or GB18030), or move non-article files out of the corpus folder.'
		);
	}
	if (decoded.encoding === 'gb18030') {
		note(
			'encoding',
			`${file} is not valid UTF-8; it was read as GB18030.`,
			'Convert it to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`) to silence this note.'
		);
	} else if (decoded.encoding !== 'utf-8') {
		note(
			'encoding',
			`${file} is ${decoded.encoding.toUpperCase()} text (it starts with a byte-order mark); it was read as such.`,
			`Convert it to UTF-8 (e.g. \`iconv -f ${decoded.encoding.toUpperCase()} -t UTF-8\`) to silence this note.`
		);
	}

	// Crawled files open with a blank line; front matter is read only at the very start.
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
		({ data, body } = readFrontMatter(source));
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
		return fail(
			'title',
			data.title == null
				? `${file} has no title.`
				: `${file}: the title is ${describe(data.title)}, not a line of text.`,
			"Write the title as one line of text: `title: '...'` (quote it if it holds a colon or starts with [ or {)."
		);
	}
	const instant = parsePublished(data.date);
	if (!instant) {
		return fail(
			'date',
			data.date == null
				? `${file} has no date.`
				: typeof data.date === 'string' || typeof data.date === 'number'
					? `${file}: the date \`${String(data.date)}\` is not a date this reader understands.`
					: `${file}: the date is ${describe(data.date)}, not a date.`,
			'Write `date:` as RFC 2822 (`Fri, 15 Apr 2022 14:51:18 GMT`), ISO 8601 (`2022-04-15T22:51:18+08:00`) or `2022-04-15 22:51:18` (Beijing time).'
		);
	}
	const day = beijingDay(instant);
	if (options.window && !inWindow(day, options.window)) {
		const { from, to } = options.window;
		return fail(
			'date',
			`${file}: the date \`${String(data.date)}\` (${day}) is outside the plausible window ${from} to ${to}.`,
			`Correct its \`date:\` line. If the corpus really reaches that far, widen the window: DATE_WINDOW=${day < from ? day : from}..${day > to ? day : to} (or --date-window for the command line).`
		);
	}

	const outlet = text(data.author) ?? text(data.source) ?? '';
	const link = originalLink(file, data.link, problems);
	const blocks = readBody(body, (message) =>
		note('body', `${file}: ${message}.`, 'Simplify the HTML of the article body.')
	);
	const content = sortBlocks(blocks, outlet);
	if (content.paragraphs.length === 0) {
		return fail(
			'body',
			`${file} has no article text once the outlet's furniture (footers, scripts, app promotion) is removed.`,
			'Check that the body holds the article as HTML paragraphs (<p>...</p>) after the front matter.'
		);
	}

	// Image addresses are checked here, so no page has to cope with one that does not parse.
	const headSrc = text(data.headimg) ?? text(data.thumbnail);
	const headImage = headSrc ? (imageUrl(headSrc) ?? undefined) : undefined;
	const images: ArticleImage[] = [];
	const bad = headSrc && !headImage ? [headSrc] : [];
	// each address checked once (URL.canParse is the cost)
	for (const image of content.images) {
		if (imageUrl(image.src) === null) bad.push(image.src);
		else images.push(image);
	}
	if (bad.length)
		note(
			'images',
			`${file}: ${bad.length} image address${bad.length === 1 ? ' is' : 'es are'} not an absolute http(s) URL and left out (${bad
				.slice(0, 3)
				.map((src) => JSON.stringify(src.slice(0, 80)))
				.join(', ')}).`,
			'Correct the `src` of the `<img>` or the `headimg:` line (spaces and other unsafe characters must be %-encoded), or remove it.'
		);

	// Built field by field in the order of the dataset's JSON, the optional `link` and `guid` in
	// their place: spreading `{ link }` into the literal is a slow object copy for V8.
	const article: Article = {
		id: articleId(file),
		file,
		title,
		published: beijingIso(instant),
		day,
		outlet,
		categories: list(data.categories),
		headImage
	} as Article;
	if (link) article.link = link;
	const guid = text(data.guid);
	if (guid) article.guid = guid;
	article.paragraphs = content.paragraphs;
	article.images = images;
	article.editor = content.editor;
	article.originalTitle = content.originalTitle;
	article.sources = content.sources;
	article.credits = content.credits;
	article.encoding = decoded.encoding;
	return { article, problems };
}

const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA };
/** Language tags on the opening line (`---yaml`) that still mean YAML. */
const YAML_TAGS = new Set(['yaml', 'yml']);

/**
 * Front matter and body (throws on bad YAML), split where and as gray-matter splits them: the
 * block runs from the `---` line to the first `\n---`, and a `----` start is no front matter
 * (the whole text is then the body). gray-matter itself is not called: it would also read a block
 * tagged `---js` by evaluating it, and a file in someone's corpus must never run code; and its
 * wrapper (a Buffer copy and a cache look-up of every file) cost as much as the YAML. The core
 * schema keeps dates as the strings they are, so we decide their zone ourselves.
 */
export function readFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
	if (source[3] === '-') return { data: {}, body: source };
	let rest = source.slice(3);
	const length = rest.length;
	// The opening line's tag; with no line break at all, gray-matter's reading of it (all but the
	// last character) is kept, so that such a file reads the same either way.
	const tagLine = rest.slice(0, rest.search(/\r?\n/));
	const tag = tagLine.trim();
	if (tag) rest = rest.slice(tagLine.length);
	let close = rest.indexOf('\n---');
	if (close < 0) close = length;
	const block = rest.slice(0, close);
	// A block of comments alone is empty, as for gray-matter (whatever its tag).
	let data: object = {};
	if ((block.includes('#') ? block.replace(/^\s*#[^\n]+/gm, '') : block).trim() !== '') {
		if (tag && !YAML_TAGS.has(tag.toLowerCase())) {
			throw new Error(`its opening line is tagged \`${tag}\`; only YAML front matter is read`);
		}
		data = readSimpleYaml(block) ?? { ...(yaml.load(block, YAML_OPTIONS) as object) };
	}
	const body = close === length ? '' : rest.slice(close + 4).replace(/^\r?\n?/, '');
	return { data: data as Record<string, unknown>, body };
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

	let textCount = 0;
	for (const block of blocks) if (block.type === 'text') textCount++;
	let textIndex = -1;
	for (const block of blocks) {
		if (block.type === 'image') {
			images.push(block.image);
			continue;
		}
		const { text } = block;
		textIndex++;
		if (mayBeMetadataLine(text)) {
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
		}
		// An outlet's name stands alone at the top or the foot of a story; mid-article it is prose.
		const atEdge = textIndex < 3 || textIndex >= textCount - 3;
		if (atEdge && isOutletLine(text, outlet)) continue;

		const index = paragraphs.length;
		const photo = matchPhotoCredit(text);
		for (const n of photo?.names ?? []) credits.push(credit(n, 'photo', index));
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
		for (const n of reporter?.names ?? []) credits.push(credit(n, 'reporter', index));
	}
	return { paragraphs, images, sources, credits, editor, originalTitle };
}

/**
 * A credit from a matched name, its keys in the order `{ ...name, role, paragraph }` gives them
 * (the dataset's JSON), written out: that spread costs V8 a slow object copy per credit.
 */
function credit(
	{ name, start, end }: { name: string; start: number; end: number },
	role: Credit['role'],
	paragraph: number
): Credit {
	return { name, start, end, role, paragraph };
}

/** A caption is one short sentence: `4月15日，省委书记景俊海在长春实地检查指导疫情防控工作。` */
function isOneSentence(text: string): boolean {
	if (text.length > 160) return false;
	const first = text.search(SENTENCE_STOP);
	return first < 0 || text.slice(first + 1).search(SENTENCE_STOP) < 0;
}

const SENTENCE_STOP = /[。！？!?]/;

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

/**
 * An image address the reading view can show: absolute http(s), or protocol-relative (`//host/x`,
 * read as https). Everything else (relative paths, `data:`, `javascript:`, malformed) is null.
 * @example imageUrl('http://exa mple.com/x.png') // null
 */
export function imageUrl(src: string): string | null {
	const value = src.trim();
	const absolute = value.startsWith('//') ? `https:${value}` : value;
	if (!/^https?:\/\//i.test(absolute) || !URL.canParse(absolute)) return null;
	return absolute;
}

/** A YAML value as a reader would name it: `a list (["a","b"])`, `a mapping ({"k":1})`. */
function describe(value: unknown): string {
	const shown = (v: unknown) => {
		const json = JSON.stringify(v) ?? String(v);
		return json.length > 60 ? `${json.slice(0, 57)}...` : json;
	};
	if (Array.isArray(value)) return value.length ? `a list (${shown(value)})` : 'an empty list';
	if (typeof value === 'object' && value !== null) return `a mapping (${shown(value)})`;
	if (typeof value === 'boolean') return `the yes/no value ${value}`;
	if (typeof value === 'string' && !value.trim()) return 'empty';
	return shown(value);
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
