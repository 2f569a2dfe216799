/**
 * Feed items to corpus files: RSS 2.0 (and 0.9x, RDF), Atom and JSON Feed, as RSSHub writes them,
 * parsed by feedsmith. Pure: one feed file's bytes in, one article per item (or a problem naming
 * the item) out.
 */
import { load } from 'cheerio';
import { parseFeed, type AnyFeed } from 'feedsmith';
import { beijingDay, beijingIso, parsePublished } from '../corpus/dates';
import { decodeText } from '../corpus/decode';
import type { Problem } from '../types';
import { corpusFileText } from './corpus-file';
import { digest } from './file-name';
import type { Candidate } from './ledger';

export interface FeedOptions {
	/** The outlet to credit; default: the feed's own title. */
	outlet?: string;
}

/** One item ready to be offered to the ledger and written. */
export interface FeedArticle extends Candidate {
	/** The corpus file's text. */
	fileText: string;
	link?: string;
	guid?: string;
}

export interface FeedResult {
	format?: 'rss' | 'atom' | 'json' | 'rdf';
	title?: string;
	/** Items in the feed (articles plus items that became problems). */
	items: number;
	articles: FeedArticle[];
	problems: Problem[];
}

/** An item in the shape all formats share once read. */
interface RawItem {
	title?: string;
	/** The title is HTML (entities, maybe tags) rather than plain text. */
	titleHtml: boolean;
	link?: string;
	guid?: string;
	/** The guid is the item's address (RSS `isPermaLink`, the default). */
	guidIsLink: boolean;
	published?: string;
	updated?: string;
	html?: string;
	categories: string[];
	image?: string;
	/** Base address for relative links (Atom `xml:base`). */
	base?: string;
}

/**
 * Read a feed file. `file` names it in problems (relative to the folder given).
 * @example readFeed('feeds/a.xml', bytes).articles[0].fileText // '---\ntitle: …'
 */
export function readFeed(file: string, bytes: Uint8Array, options: FeedOptions = {}): FeedResult {
	const problems: Problem[] = [];
	const decoded = decodeText(bytes);
	if (!decoded.ok) {
		return {
			items: 0,
			articles: [],
			problems: [
				problem(file, 'encoding', `${file} is not a text file: ${decoded.reason}.`, NOT_A_FEED)
			]
		};
	}
	let parsed: AnyFeed<string>;
	try {
		parsed = parseFeed(decoded.text.replace(/^\s+/, ''));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			items: 0,
			articles: [],
			problems: [
				problem(file, 'feed', `${file} is not an RSS, Atom or JSON feed (${reason}).`, NOT_A_FEED)
			]
		};
	}
	const { title, base, built, items } = normalise(parsed);
	const outlet = options.outlet?.trim() || title || '';
	if (!outlet) {
		problems.push(
			warning(
				file,
				'outlet',
				`${file}: the feed has no title, so its articles name no outlet.`,
				'Pass --outlet <name> to credit the outlet.'
			)
		);
	}
	const articles: FeedArticle[] = [];
	items.forEach((item, index) => {
		const result = itemArticle(item, { file, index, outlet, feedTitle: title, base, built });
		problems.push(...result.problems);
		if (result.article) articles.push(result.article);
	});
	if (items.length === 0) {
		problems.push(
			warning(file, 'items', `${file} holds no items.`, 'Nothing to do if the feed was empty.')
		);
	}
	return { format: parsed.format, title, items: items.length, articles, problems };
}

const NOT_A_FEED =
	'Give --feed a feed file (RSS 2.0, Atom or JSON Feed, as saved from RSSHub) or a folder of them.';

interface ItemContext {
	file: string;
	index: number;
	outlet: string;
	feedTitle?: string;
	base?: string;
	/** When the feed was written (RSS lastBuildDate, Atom updated): when an item was seen so. */
	built?: string;
}

function itemArticle(
	item: RawItem,
	ctx: ItemContext
): { article?: FeedArticle; problems: Problem[] } {
	const problems: Problem[] = [];
	const title = item.title ? (item.titleHtml ? htmlText(item.title) : clean(item.title)) : '';
	const where = `${ctx.file} item ${ctx.index + 1}${title ? ` «${title}»` : ''}`;
	const label = `${ctx.file}#${ctx.index + 1}`;
	const fail = (field: string, message: string, hint: string) => ({
		problems: [...problems, problem(label, field, `${where}: ${message}`, hint)]
	});

	if (!title) return fail('title', 'no title.', 'Give the item a <title> (JSON Feed: "title").');
	const dateText = item.published ?? item.updated;
	const published = parseFeedDate(dateText);
	if (!published) {
		return fail(
			'date',
			dateText ? `the date \`${dateText}\` is not a date this reader understands.` : 'no date.',
			'The corpus places articles by publication date: give the item a pubDate (Atom: published or updated; JSON Feed: date_published) with a time zone.'
		);
	}
	const base = resolveUrl(item.base ?? '', ctx.base) ?? ctx.base;
	let link = item.link ? resolveUrl(item.link, base) : undefined;
	if (item.link && !link) {
		problems.push(
			warning(
				label,
				'link',
				`${where}: the link \`${item.link}\` is not an http(s) address${isRelative(item.link) && !base ? ' and the feed gives no address to resolve it against' : ''}; it was dropped.`,
				"Save the feed with absolute links, or keep the feed's own <link> so relative ones can be resolved."
			)
		);
	}
	if (!link && item.guid && item.guidIsLink) link = resolveUrl(item.guid, base);
	const body = bodyHtml(item.html ?? '', link ?? base);
	if (!body.text) {
		return fail(
			'body',
			'no text (empty description and content).',
			'Save the feed with full text (RSSHub: the item description or content:encoded).'
		);
	}

	const day = beijingDay(published);
	const guid = item.guid?.trim() || undefined;
	const fileText = corpusFileText(
		{
			title,
			categories: [...new Set([ctx.feedTitle, ...item.categories].filter(nonEmpty))],
			author: ctx.outlet,
			date: beijingIso(published),
			link,
			guid,
			headimg: resolveUrl(item.image ?? '', link ?? base) ?? body.image
		},
		body.html
	);
	// the version's time, to keep the newest of an item seen in several snapshots of a feed
	const updated = parseFeedDate(item.updated) ?? parseFeedDate(ctx.built);
	const identity = guid ?? link ?? `${title}@${day}`;
	return {
		article: {
			id: `feed:${ctx.outlet}\n${identity}`,
			outlet: ctx.outlet,
			title,
			day,
			origin: label,
			hash: digest(fileText),
			time: Math.floor((updated ?? published).getTime() / 1000),
			text: `${title}\n${body.text}`,
			fileText,
			link,
			guid
		},
		problems
	};
}

/** The three formats' fields in one shape. */
function normalise(parsed: AnyFeed<string>): {
	title?: string;
	base?: string;
	built?: string;
	items: RawItem[];
} {
	switch (parsed.format) {
		case 'rss':
		case 'rdf': {
			const feed = parsed.feed;
			return {
				title: htmlText(feed.title ?? '') || undefined,
				base: httpUrl(feed.link),
				built: 'lastBuildDate' in feed ? (feed.lastBuildDate ?? feed.pubDate) : undefined,
				items: (feed.items ?? []).map((item) => {
					const rss = item as typeof item & {
						guid?: { value?: string; isPermaLink?: boolean };
						pubDate?: string;
						categories?: { name?: string }[];
						enclosures?: { url?: string; type?: string }[];
					};
					return {
						title: item.title,
						titleHtml: true,
						link: item.link,
						guid: rss.guid?.value,
						guidIsLink: rss.guid?.isPermaLink !== false,
						published: rss.pubDate ?? item.dc?.dates?.[0],
						html: item.content?.encoded || item.description,
						categories: (rss.categories ?? []).map((c) => c.name ?? ''),
						image: rss.enclosures?.find((e) => e.type?.startsWith('image/'))?.url,
						base: item.xml?.base
					};
				})
			};
		}
		case 'atom': {
			const feed = parsed.feed;
			const alternate = (links?: { href?: string; rel?: string }[]) =>
				links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
			return {
				title: textConstruct(feed.title) || undefined,
				built: feed.updated,
				base: httpUrl(feed.xml?.base) ?? httpUrl(alternate(feed.links)),
				items: (feed.entries ?? []).map((entry) => ({
					title: entry.title?.value,
					titleHtml: entry.title?.type === 'html' || entry.title?.type === 'xhtml',
					link: alternate(entry.links),
					guid: entry.id,
					guidIsLink: false,
					published: entry.published ?? entry.updated,
					updated: entry.updated,
					html: atomHtml(entry.content) ?? atomHtml(entry.summary),
					categories: (entry.categories ?? []).map((c) => c.label ?? c.term ?? ''),
					base: entry.xml?.base
				}))
			};
		}
		case 'json': {
			const feed = parsed.feed;
			return {
				title: feed.title?.trim() || undefined,
				base: httpUrl(feed.home_page_url) ?? httpUrl(feed.feed_url),
				items: (feed.items ?? []).map((item) => ({
					title: item.title,
					titleHtml: false,
					link: item.url ?? item.external_url,
					guid: item.id == null ? undefined : String(item.id),
					guidIsLink: false,
					published: item.date_published ?? item.date_modified,
					updated: item.date_modified,
					html: item.content_html ?? textHtml(item.content_text ?? item.summary ?? ''),
					categories: item.tags ?? [],
					image: item.image ?? item.banner_image
				}))
			};
		}
	}
}

/** Atom text constructs: `html` and `xhtml` are markup, `text` (the default) is plain. */
function atomHtml(text?: { value?: string; type?: string }): string | undefined {
	if (!text?.value) return undefined;
	return text.type === 'html' || text.type === 'xhtml' ? text.value : textHtml(text.value);
}

function textConstruct(text?: { value?: string; type?: string }): string {
	if (!text?.value) return '';
	return text.type === 'html' || text.type === 'xhtml' ? htmlText(text.value) : clean(text.value);
}

/** Plain text as paragraphs: one `<p>` per non-empty line, escaped. */
function textHtml(text: string): string {
	return text
		.split(/\n+/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('\n');
}

/**
 * The body with relative `src` and `href` made absolute against the item's address, and scripts
 * dropped; its plain text (for `--match`) and its first image.
 */
function bodyHtml(html: string, base?: string): { html: string; text: string; image?: string } {
	const $ = load(html, null, false);
	$('script, style, iframe').remove();
	for (const [attr, selector] of [
		['src', '[src]'],
		['href', 'a[href]']
	] as const) {
		$(selector).each((_, el) => {
			const value = $(el).attr(attr) ?? '';
			const absolute = isRelative(value) && base ? resolveUrl(value, base) : undefined;
			if (absolute) $(el).attr(attr, absolute);
		});
	}
	const image = $('img[src]').first().attr('src');
	return { html: $.html(), text: clean($.root().text()), image: httpUrl(image) };
}

/** Entities decoded and tags dropped: `A &amp;amp; B` (HTML in a feed title) → `A &amp; B`. */
function htmlText(html: string): string {
	return clean(load(html, null, false).root().text());
}

function clean(text: string): string {
	return text.replace(/[\s\u3000]+/g, ' ').trim();
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isRelative(url: string): boolean {
	return !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
}

/** An absolute http(s) address from `url` (resolved against `base` if relative), or undefined. */
export function resolveUrl(url: string, base?: string): string | undefined {
	const text = url.trim();
	if (!text) return undefined;
	try {
		return httpUrl(new URL(text, base).href);
	} catch {
		return undefined;
	}
}

function httpUrl(url?: string): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

/**
 * A feed date to an instant: the corpus reader's forms first, then any RFC 822 form that states
 * its zone (`Fri, 15 Apr 2022 14:51:18 EST`). A time without a zone is refused rather than read in
 * the machine's zone, which would make the same feed give different corpora on different machines.
 */
export function parseFeedDate(text?: string): Date | null {
	if (!text?.trim()) return null;
	const known = parsePublished(text);
	if (known) return known;
	if (!/(GMT|UTC?|[ECMP][SD]T|Z|[+-]\d{2}:?\d{2})\s*$/i.test(text.trim())) return null;
	const time = Date.parse(text);
	return Number.isNaN(time) ? null : new Date(time);
}

function nonEmpty(value: string | undefined): value is string {
	return !!value && value.trim() !== '';
}

function problem(file: string, field: string, message: string, hint: string): Problem {
	return { file, field, message, hint, severity: 'error' };
}

function warning(file: string, field: string, message: string, hint: string): Problem {
	return { file, field, message, hint, severity: 'warning' };
}
