/**
 * CSV and JSON of the items a chart plots, each with the sentences it came from. Pure: items and
 * an article index in, text out. The CSV opens in Excel and Numbers with Chinese intact (UTF-8 with
 * a byte-order mark, CRLF rows, RFC 4180 quoting).
 */
import type { Evidence } from '../types';
import { evidenceHref } from '../links';

/** A value that fits in one CSV cell. */
export type Cell = string | number | boolean | null;

/**
 * Where an item came from: raw `Evidence`, or evidence already joined with its article (the
 * dashboard's `SourceRef`, which carries `title`, `outlet`, `day` and `href`).
 */
export type SourceInput = Pick<Evidence, 'article' | 'paragraph' | 'quote'> &
	Partial<Pick<Evidence, 'start' | 'end'>> & {
		title?: string;
		outlet?: string;
		day?: string;
		href?: string;
		role?: string;
		event?: string;
	};

/**
 * One plotted item. Its primitive fields become columns; `sources` (or a single `evidence`, as an
 * appearance has) says where it came from. Arrays of strings are joined with `; `.
 */
export type ExportItem = { sources?: SourceInput[]; evidence?: SourceInput } & Record<
	string,
	unknown
>;

/** What the export needs to know about an article. */
export interface ArticleRef {
	id: string;
	title: string;
	outlet: string;
	/** Beijing day of publication, `YYYY-MM-DD`. */
	day: string;
	/** The original address, when the corpus file gave one. */
	link?: string;
}

/** One source of an item, resolved against its article. */
export interface ExportSource {
	article: string;
	title: string;
	outlet: string;
	date: string;
	quote: string;
	/** The sentence in the reading view: `/articles/<id>?s=<start>-<end>#p-N`. */
	link: string;
	/** The article's original address (front matter `link`), when known. */
	original?: string;
	/** The person's role, for appearances. */
	role?: string;
	event?: string;
}

/** Context written at the top of the JSON file, so a file stands on its own. */
export interface TableMeta {
	chart: string;
	title: string;
	subtitle: string;
	range: { from: string; to: string };
	lang: string;
	/** ISO timestamp of the dataset build. */
	built: string;
	articles: number;
	outlets: number;
	filters?: Record<string, unknown>;
}

const SOURCE_COLUMNS = [
	'source_count',
	'source_titles',
	'source_outlets',
	'source_dates',
	'source_quotes',
	'source_links',
	'source_originals'
] as const;

/**
 * The reading-view link of a source, the same the dashboard uses:
 * `/articles/000_c7f3a7c78d50caf9?s=12-40#p-3` (or `…#p-3` when the offsets are unknown).
 */
export function sourceLink(source: SourceInput): string {
	if (source.href) return source.href;
	if (source.start !== undefined && source.end !== undefined)
		return evidenceHref({
			article: source.article,
			paragraph: source.paragraph,
			start: source.start,
			end: source.end
		});
	return `/articles/${source.article}#p-${source.paragraph}`;
}

function evidenceOf(item: ExportItem): SourceInput[] {
	if (Array.isArray(item.sources)) return item.sources;
	return item.evidence ? [item.evidence] : [];
}

/** Resolve each piece of evidence to its article's title, outlet and day. */
export function resolveSources(
	evidence: SourceInput[],
	articles: ReadonlyMap<string, ArticleRef>
): ExportSource[] {
	return evidence.map((e) => {
		const a = articles.get(e.article);
		const source: ExportSource = {
			article: e.article,
			title: a?.title ?? e.title ?? '',
			outlet: a?.outlet ?? e.outlet ?? '',
			date: a?.day ?? e.day ?? '',
			quote: e.quote,
			link: sourceLink(e)
		};
		if (a?.link) source.original = a.link;
		if (e.role) source.role = e.role;
		if (e.event) source.event = e.event;
		return source;
	});
}

/** Index articles by id (accepts full `Article`s or `ArticleRef`s). */
export function indexArticles(articles: Iterable<ArticleRef>): Map<string, ArticleRef> {
	const map = new Map<string, ArticleRef>();
	for (const a of articles)
		map.set(a.id, {
			id: a.id,
			title: a.title,
			outlet: a.outlet,
			day: a.day,
			...(a.link ? { link: a.link } : {})
		});
	return map;
}

function toCell(value: unknown): Cell | undefined {
	if (value === null) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return value;
	if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
		return value.join('; ');
	return undefined;
}

/** The item's own columns: primitive fields, in their order, without its provenance. */
export function itemFields(item: ExportItem): Record<string, Cell> {
	const fields: Record<string, Cell> = {};
	for (const [key, value] of Object.entries(item)) {
		if (key === 'sources' || key === 'evidence') continue;
		const cell = toCell(value);
		if (cell !== undefined) fields[key] = cell;
	}
	return fields;
}

/**
 * One CSV cell. Text that a spreadsheet could run as a formula gets a leading apostrophe: text
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms `＝＋－＠`
 * (some spreadsheets fold them to ASCII). `-2+3+cmd|' /C calc'!A0` starts with a number and still
 * runs. Numbers are written as numbers; cells holding a comma, quote or line break are quoted.
 */
export function csvCell(value: Cell | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r＝＋－＠]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV of items: one row per item, its fields then its sources (several sources of one item are
 * joined by line breaks inside the cell). Starts with a UTF-8 byte-order mark.
 */
export function itemsToCsv(
	items: readonly ExportItem[],
	articles: ReadonlyMap<string, ArticleRef>
): string {
	const fields = items.map(itemFields);
	const columns = [...new Set(fields.flatMap((f) => Object.keys(f)))];
	const lines = [[...columns, ...SOURCE_COLUMNS].map(csvCell).join(',')];
	items.forEach((item, i) => {
		const sources = resolveSources(evidenceOf(item), articles);
		const joined = (pick: (s: ExportSource) => string) => sources.map(pick).join('\n');
		lines.push(
			[
				...columns.map((c) => fields[i][c]),
				sources.length,
				joined((s) => s.title),
				joined((s) => s.outlet),
				joined((s) => s.date),
				joined((s) => s.quote),
				joined((s) => s.link),
				joined((s) => s.original ?? '')
			]
				.map(csvCell)
				.join(',')
		);
	});
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The JSON export: the view's context, then every item with its resolved sources. */
export function itemsToJson(
	items: readonly ExportItem[],
	articles: ReadonlyMap<string, ArticleRef>,
	meta: TableMeta
): string {
	const out = {
		...meta,
		count: items.length,
		items: items.map((item) => ({
			...itemFields(item),
			sources: resolveSources(evidenceOf(item), articles)
		}))
	};
	return JSON.stringify(out, null, 2) + '\n';
}
