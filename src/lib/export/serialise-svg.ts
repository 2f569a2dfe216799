/**
 * Turn a chart's `<svg>` into a figure that stands on its own: title, subtitle (period and
 * filters), legend, the chart, a source line, a background in the chosen theme and, once the text
 * is known, an embedded font subset. Nothing in the result refers outside the file: no classes
 * or stylesheets, no CSS variables, no links, no event handlers, no external images.
 *
 * Two entry points prepare a chart: `inlineChartSvg` in the browser (reads computed styles from
 * the live DOM) and, on the server, the chart markup from `svelte/server` goes through
 * `sanitiseSvgMarkup`. Both then meet in `composeFigureSvg`, which is pure string building.
 */
import { EXPORT_FONT_STACK } from './font-subset';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend key, drawn like the chart's `LegendSwatch` with resolved colours. */
export interface LegendEntry {
	label: string;
	/** Fill colour (and the stroke, unless `stroke` is given). */
	color: string;
	stroke?: string;
	/** How the key is drawn; `square` by default. */
	shape?: 'square' | 'circle' | 'triangle' | 'diamond' | 'ring' | 'hatch' | 'line' | 'band';
	/** A finer drawing: `daily` a bar with a dot per day, `notch` a dot with the evening crescent. */
	detail?: 'daily' | 'notch';
}

/** The words around a chart (Reuters' GraphicBlock: title, dek, key, source). */
export interface FigureText {
	title: string;
	/** The period and filters of the view, e.g. `1 March – 30 April 2022 · Video conferences`. */
	subtitle: string;
	legend: LegendEntry[];
	/** e.g. `Source: 5 articles from 3 outlets · built 1 May 2022`. */
	source: string;
	/** BCP 47 language of the text (`en`, `zh-Hans`). */
	lang?: string;
}

/** Colours of the frame; the chart's own colours come from the chart. */
export interface ExportTheme {
	name: 'light' | 'dark';
	background: string;
	text: string;
	muted: string;
}

export const EXPORT_THEMES: Record<'light' | 'dark', ExportTheme> = {
	light: { name: 'light', background: '#ffffff', text: '#1b1d21', muted: '#5c6370' },
	dark: { name: 'dark', background: '#16181d', text: '#e6e8eb', muted: '#a0a7b4' }
};

/** A prepared chart: a sanitised `<svg>` element's markup and its size in CSS pixels. */
export interface PreparedChart {
	markup: string;
	width: number;
	height: number;
	/** Characters the chart draws at a bold weight (≥ 600), which the bold subset must hold. */
	boldText?: string;
}

/**
 * The composed figure: `text` is every character it draws (what the regular subset must hold),
 * `boldText` the characters drawn bold (title and bold chart labels: the bold subset).
 */
export interface ComposedFigure {
	svg: string;
	width: number;
	height: number;
	text: string;
	boldText: string;
}

const FONT_FACE_SLOT = '/*font-face*/';

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** Rough advance of one character in ems: CJK and full-width forms are 1 em, Latin narrower. */
export function charWidthEm(ch: string): number {
	const cp = ch.codePointAt(0)!;
	if (
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		cp >= 0x20000
	)
		return 1;
	if (ch === ' ') return 0.26;
	if (/[ilj.,:;'|!·]/.test(ch)) return 0.28;
	if (/[A-Z]/.test(ch)) return 0.66;
	if (/[mwMW–—]/.test(ch)) return 0.85;
	return 0.56;
}

/** Estimated width of a line of text, in px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charWidthEm(ch);
	return em * fontSize;
}

// Characters a line may not start with (closing punctuation, kinsoku shori) and may not end with.
const NO_LINE_START = /^[，。、；：？！）》」』”’%,.;:?!)\]}·]/u;
const NO_LINE_END = /[（《「『“‘([{]$/u;

/** Split text into units a line may break between: words for Latin, characters for CJK. */
function breakUnits(text: string): string[] {
	const units: string[] = [];
	for (const match of text.matchAll(/[\p{Script=Latin}\p{N}'’\-_/.,:;!?%]+\s*|\s+|./gsu)) {
		const unit = match[0];
		const last = units.length - 1;
		if (last >= 0 && (NO_LINE_START.test(unit) || NO_LINE_END.test(units[last])))
			units[last] += unit;
		else units.push(unit);
	}
	return units;
}

/**
 * Break text into lines no wider than `maxWidth`, between Latin words and between CJK characters
 * (never before closing punctuation such as `，` or `）`).
 *
 * @example wrapText('吉林省新冠肺炎疫情防控工作领导小组会议', 60, 12) // → 5 lines of 4-5 characters
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
		if (line && textWidth((line + unit).trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = unit.trimStart();
		} else line += unit;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** The characters drawn by an SVG's `<text>` elements (not `<title>`, `<desc>` or `<style>`). */
export function drawnText(svg: string): string {
	let text = '';
	for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g))
		text += decodeEntities(m[1].replace(/<[^>]*>/g, ''));
	return text;
}

/** Decode the XML entities (`&amp;`, `&#x5409;`…) in text. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
		const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
		if (e[0] !== '#') return named[e.toLowerCase()];
		return String.fromCodePoint(
			e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
		);
	});
}

interface TextBlock {
	lines: string[];
	size: number;
	lineHeight: number;
	fill: string;
	weight?: number;
}

function textBlockSvg(block: TextBlock, x: number, y: number): string {
	return block.lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${y + block.lineHeight * i + block.size}" font-size="${block.size}"` +
				`${block.weight ? ` font-weight="${block.weight}"` : ''} fill="${escapeXml(block.fill)}">` +
				`${escapeXml(line)}</text>`
		)
		.join('');
}

/**
 * A 14×14 key, the same shapes as the chart's `LegendSwatch`; `background` cuts the dots of a
 * daily bar and the evening notch.
 */
export function swatchSvg(entry: LegendEntry, background = '#ffffff'): string {
	const fill = escapeXml(entry.color);
	const stroke = escapeXml(entry.stroke ?? entry.color);
	const bg = escapeXml(background);
	if (entry.detail === 'daily')
		return (
			`<rect x="0" y="3" width="14" height="8" rx="4" fill="${fill}"/>` +
			`<circle cx="4" cy="7" r="1.3" fill="${bg}"/><circle cx="10" cy="7" r="1.3" fill="${bg}"/>`
		);
	if (entry.detail === 'notch')
		return (
			`<circle cx="7" cy="7" r="5.5" fill="${fill}"/>` +
			`<circle cx="8.9" cy="5.4" r="3.3" fill="${bg}"/>`
		);
	switch (entry.shape) {
		case 'band':
			return `<rect x="0" y="1" width="14" height="12" fill="${fill}" opacity="0.8"/>`;
		case 'circle':
			return `<circle cx="7" cy="7" r="5.5" fill="${fill}"/>`;
		case 'triangle':
			return `<path d="M7 1.5 L13 12.5 L1 12.5 Z" fill="${fill}"/>`;
		case 'diamond':
			return `<path d="M7 1 L13 7 L7 13 L1 7 Z" fill="none" stroke="${stroke}" stroke-width="2"/>`;
		case 'ring':
			return `<circle cx="7" cy="7" r="4.5" fill="none" stroke="${stroke}" stroke-width="1.5"/>`;
		case 'hatch':
			return (
				`<rect x="1.5" y="1.5" width="11" height="11" fill="none" stroke="${stroke}" stroke-width="1.5"/>` +
				`<path d="M2 10 L10 2 M5 12 L12 5" fill="none" stroke="${stroke}" stroke-width="1.2"/>`
			);
		case 'line':
			return `<line x1="7" x2="7" y1="0" y2="14" stroke="${stroke}" stroke-width="1.5" stroke-dasharray="2 2"/>`;
		default:
			return `<rect x="1" y="1" width="12" height="12" rx="2" fill="${fill}"/>`;
	}
}

/**
 * Colours of single-class rules in a chart stylesheet: `.p0{fill:#2563eb;stroke:#2563eb}` →
 * `{ p0: { fill: '#2563eb', stroke: '#2563eb' } }`. Rules inside `@media` are ignored.
 */
export function classColours(css: string): Record<string, { fill?: string; stroke?: string }> {
	const out: Record<string, { fill?: string; stroke?: string }> = {};
	for (const m of stripAtRules(css).matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
		const entry = (out[m[1]] ??= {});
		for (const decl of m[2].split(';')) {
			const [prop, value] = decl.split(':').map((x) => x?.trim());
			if ((prop === 'fill' || prop === 'stroke') && value) entry[prop] = value;
		}
	}
	return out;
}

/** CSS without its `@media`/`@supports` blocks (and other at-rules). */
export function stripAtRules(css: string): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const at = css.indexOf('@', i);
		if (at < 0) {
			out += css.slice(i);
			break;
		}
		out += css.slice(i, at);
		const open = css.indexOf('{', at);
		const semi = css.indexOf(';', at);
		if (open < 0 || (semi >= 0 && semi < open)) {
			i = semi < 0 ? css.length : semi + 1;
			continue;
		}
		let depth = 0;
		let j = open;
		for (; j < css.length; j++) {
			if (css[j] === '{') depth++;
			else if (css[j] === '}' && --depth === 0) break;
		}
		i = j + 1;
	}
	return out;
}

function legendSvg(
	entries: LegendEntry[],
	x0: number,
	y0: number,
	maxWidth: number,
	theme: ExportTheme
): { svg: string; height: number } {
	const size = 12;
	const rowHeight = 20;
	let x = x0;
	let y = y0;
	let svg = '';
	for (const entry of entries) {
		const w = 14 + 5 + textWidth(entry.label, size) + 16;
		if (x > x0 && x + w > x0 + maxWidth) {
			x = x0;
			y += rowHeight;
		}
		const cy = y + rowHeight / 2;
		svg += `<g transform="translate(${x},${cy - 7})">${swatchSvg(entry, theme.background)}</g>`;
		svg +=
			`<text x="${x + 19}" y="${cy + size * 0.36}" font-size="${size}" fill="${escapeXml(theme.text)}">` +
			`${escapeXml(entry.label)}</text>`;
		x += w;
	}
	return { svg, height: entries.length ? y - y0 + rowHeight : 0 };
}

/**
 * Build the standalone figure around a prepared chart. The figure is exactly as wide as the chart
 * (so a PNG at scale s is s × chart width); the text is wrapped to that width.
 * The font is added afterwards with `embedFont`, once the subset for `text` exists.
 */
export function composeFigureSvg(
	chart: PreparedChart,
	words: FigureText,
	theme: ExportTheme = EXPORT_THEMES.light
): ComposedFigure {
	const width = Math.round(chart.width);
	const pad = 16;
	const inner = Math.max(width - 2 * pad, 120);
	const title: TextBlock = {
		lines: wrapText(words.title, inner, 18),
		size: 18,
		lineHeight: 24,
		fill: theme.text,
		weight: 700
	};
	const subtitle: TextBlock = {
		lines: wrapText(words.subtitle, inner, 12.5),
		size: 12.5,
		lineHeight: 17,
		fill: theme.muted
	};
	const source: TextBlock = {
		lines: wrapText(words.source, inner, 11),
		size: 11,
		lineHeight: 15,
		fill: theme.muted
	};
	let y = pad;
	let body = textBlockSvg(title, pad, y);
	y += title.lines.length * title.lineHeight + 2;
	body += textBlockSvg(subtitle, pad, y);
	y += subtitle.lines.length * subtitle.lineHeight + 6;
	const legend = legendSvg(words.legend, pad, y, inner, theme);
	body += legend.svg;
	y += legend.height + (legend.height ? 6 : 0);
	body += `<g transform="translate(0,${y})">${chart.markup}</g>`;
	y += Math.round(chart.height) + 8;
	body += textBlockSvg(source, pad, y);
	y += source.lines.length * source.lineHeight + pad - 4;
	const height = Math.ceil(y);

	const desc = [words.subtitle, words.source].filter(Boolean).join('. ');
	const svg =
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
		` role="img" aria-labelledby="export-title export-desc"` +
		`${words.lang ? ` xml:lang="${escapeXml(words.lang)}"` : ''}` +
		` font-family="${escapeXml(EXPORT_FONT_STACK)}">` +
		`<title id="export-title">${escapeXml(words.title)}</title>` +
		`<desc id="export-desc">${escapeXml(desc)}</desc>` +
		`<style>${FONT_FACE_SLOT}text,tspan{font-family:${EXPORT_FONT_STACK};}</style>` +
		`<rect width="100%" height="100%" fill="${escapeXml(theme.background)}"/>` +
		body +
		`</svg>`;
	return {
		svg,
		width,
		height,
		text: drawnText(svg),
		boldText: words.title + (chart.boldText ?? '')
	};
}

/** Put `@font-face` rules (see `fontFaceRule`) into a composed figure. */
export function embedFont(svg: string, ...fontFaces: string[]): string {
	return svg.replace(FONT_FACE_SLOT, () => fontFaces.join(''));
}

// ---------------------------------------------------------------------------------------------
// Sanitising: what must never leave the dashboard inside an exported file.

/** Left out of the chart: scripts and HTML islands, its styles (inlined) and its own title and
 * description (the figure has its own; the chart's mention keyboard use). */
const DROP_ELEMENTS = new Set([
	'script',
	'foreignObject',
	'style',
	'iframe',
	'video',
	'audio',
	'title',
	'desc'
]);
const KEEP_ARIA = new Set(['aria-hidden', 'aria-label']);

/** Whether an attribute is interactive, page-bound or styling that the export replaces. */
export function isDroppedAttribute(name: string, value: string): boolean {
	const n = name.toLowerCase();
	if (n.startsWith('on')) return true;
	if (n === 'class' || n === 'style' || n === 'tabindex' || n === 'focusable') return true;
	if (n === 'role' || n.startsWith('data-') || n === 'font-family') return true;
	if (n.startsWith('aria-') && !KEEP_ARIA.has(n)) return true;
	if ((n === 'href' || n === 'xlink:href') && !value.startsWith('#')) return true;
	if (/url\(\s*['"]?(?!#)/i.test(value)) return true;
	return false;
}

/** Whether an element is left out of exports (`data-export="skip"`, d3-brush handles). */
function isSkipped(el: Element): boolean {
	return (
		el.getAttribute('data-export') === 'skip' ||
		el.classList.contains('brush') ||
		DROP_ELEMENTS.has(el.localName) ||
		(el.localName === 'image' && !/^(data:|#)/.test(el.getAttribute('href') ?? ''))
	);
}

interface StyledProperty {
	name: string;
	inherited: boolean;
	/** The initial value; non-inherited properties are written only when they differ from it. */
	initial: string;
}

const STYLED: StyledProperty[] = [
	{ name: 'fill', inherited: true, initial: 'rgb(0, 0, 0)' },
	{ name: 'fill-opacity', inherited: true, initial: '1' },
	{ name: 'fill-rule', inherited: true, initial: 'nonzero' },
	{ name: 'stroke', inherited: true, initial: 'none' },
	{ name: 'stroke-width', inherited: true, initial: '1px' },
	{ name: 'stroke-opacity', inherited: true, initial: '1' },
	{ name: 'stroke-dasharray', inherited: true, initial: 'none' },
	{ name: 'stroke-dashoffset', inherited: true, initial: '0px' },
	{ name: 'stroke-linecap', inherited: true, initial: 'butt' },
	{ name: 'stroke-linejoin', inherited: true, initial: 'miter' },
	{ name: 'paint-order', inherited: true, initial: 'normal' },
	{ name: 'font-size', inherited: true, initial: '16px' },
	{ name: 'font-weight', inherited: true, initial: '400' },
	{ name: 'font-style', inherited: true, initial: 'normal' },
	{ name: 'text-anchor', inherited: true, initial: 'start' },
	{ name: 'dominant-baseline', inherited: true, initial: 'auto' },
	{ name: 'letter-spacing', inherited: true, initial: 'normal' },
	{ name: 'visibility', inherited: true, initial: 'visible' },
	{ name: 'shape-rendering', inherited: true, initial: 'auto' },
	{ name: 'opacity', inherited: false, initial: '1' },
	{ name: 'alignment-baseline', inherited: false, initial: 'auto' },
	{ name: 'baseline-shift', inherited: false, initial: '0px' },
	{ name: 'text-decoration-line', inherited: false, initial: 'none' },
	{ name: 'mix-blend-mode', inherited: false, initial: 'normal' }
];

/** `url("https://site/page#grad")` → `url(#grad)`: keep references inside the file. */
function localUrl(value: string): string {
	return value.replace(/url\(\s*["']?[^)"'#]*(#[^)"']+)["']?\s*\)/g, 'url($1)');
}

/**
 * Browser: copy a live chart `<svg>` into self-contained markup. Computed styles (so CSS classes,
 * variables and the current theme) become presentation attributes; links become groups; event
 * handlers, classes, scripts, brushes and external references go. The live chart is not touched.
 */
export function inlineChartSvg(svg: SVGSVGElement, overrideCss?: string): PreparedChart {
	// Another theme than the one on screen: add its rules for the time of reading the computed
	// styles. All of this runs in one task, so the page never paints with them.
	// The rules are scoped to this chart so that they beat the page's own copies, wherever those
	// stand in the document.
	let override: SVGStyleElement | null = null;
	if (overrideCss) {
		svg.setAttribute('data-export-scope', '');
		override = document.createElementNS(SVG_NS, 'style') as SVGStyleElement;
		override.textContent = scopeCss(overrideCss, 'svg[data-export-scope]');
		svg.appendChild(override);
	}
	try {
		return inlineStyles(svg);
	} finally {
		override?.remove();
		svg.removeAttribute('data-export-scope');
	}
}

/**
 * Prefix every selector of a stylesheet with `scope` (raising its specificity), leaving out
 * at-rules and rules for interactive states (`:hover`, `:focus`), which an export never shows.
 *
 * @example scopeCss('.a,.b{fill:red}', 'svg[x]') // → 'svg[x] .a,svg[x] .b{fill:red}'
 */
export function scopeCss(css: string, scope: string): string {
	let out = '';
	for (const rule of stripAtRules(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const selectors = rule[1]
			.split(',')
			.map((s) => s.trim())
			.filter((s) => s && !s.includes(':'));
		if (selectors.length) out += `${selectors.map((s) => `${scope} ${s}`).join(',')}{${rule[2]}}`;
	}
	return out;
}

function inlineStyles(svg: SVGSVGElement): PreparedChart {
	const rect = svg.getBoundingClientRect();
	const width = Number(svg.getAttribute('width')) || rect.width;
	const height = Number(svg.getAttribute('height')) || rect.height;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const sources = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const computed = new Map<Element, CSSStyleDeclaration>();
	const styleOf = (el: Element) => {
		let cs = computed.get(el);
		if (!cs) computed.set(el, (cs = getComputedStyle(el)));
		return cs;
	};
	const removed: Element[] = [];
	const skipped = new Set<Element>();
	let boldText = '';
	sources.forEach((source, i) => {
		const copy = copies[i];
		if (source.parentElement && skipped.has(source.parentElement)) {
			skipped.add(source);
			return;
		}
		if (isSkipped(source) || styleOf(source).display === 'none') {
			skipped.add(source);
			removed.push(copy);
			return;
		}
		const cs = styleOf(source);
		if (source.localName === 'text' && Number(cs.fontWeight) >= 600)
			boldText += source.textContent ?? '';
		for (const prop of STYLED) copy.removeAttribute(prop.name);
		const parent = source === svg ? null : source.parentElement;
		const parentCs = parent ? styleOf(parent) : null;
		for (const prop of STYLED) {
			const value = cs.getPropertyValue(prop.name);
			if (!value) continue;
			const inherited = prop.inherited && parentCs ? parentCs.getPropertyValue(prop.name) : null;
			const differs = inherited !== null ? value !== inherited : value !== prop.initial;
			if (differs || (source === svg && prop.name === 'fill')) {
				copy.setAttribute(
					prop.name === 'text-decoration-line' ? 'text-decoration' : prop.name,
					localUrl(value)
				);
			}
		}
	});
	for (const el of removed) el.remove();
	for (const el of [clone, ...clone.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) {
			if (STYLED.some((p) => p.name === attr.name)) continue;
			if (isDroppedAttribute(attr.name, attr.value)) el.removeAttribute(attr.name);
		}
		if (el.localName === 'a') unwrapLink(el);
	}
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('width', String(Math.round(width)));
	clone.setAttribute('height', String(Math.round(height)));
	if (!clone.getAttribute('viewBox'))
		clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
	clone.removeAttribute('x');
	clone.removeAttribute('y');
	return { markup: new XMLSerializer().serializeToString(clone), width, height, boldText };
}

/** Replace `<a>` by a `<g>` with the same children and transform. */
function unwrapLink(a: Element): void {
	const g = a.ownerDocument.createElementNS(SVG_NS, 'g');
	for (const attr of [...a.attributes])
		if (!isDroppedAttribute(attr.name, attr.value)) g.setAttribute(attr.name, attr.value);
	while (a.firstChild) g.appendChild(a.firstChild);
	a.replaceWith(g);
}
