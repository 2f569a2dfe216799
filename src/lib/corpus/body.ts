import { Text, type AnyNode, type Element } from 'domhandler';
import { parseHtml } from './html';
import type { ArticleImage } from '../types';
import { isWhiteSpace } from '../white-space';

/** A block of the body in reading order, before metadata lines are told apart. */
export type RawBlock =
	| { type: 'text'; text: string; html: string; centred: boolean; afterImage: boolean }
	| { type: 'image'; image: ArticleImage };

const PROMOTION = /(尽在.{0,8}APP|扫码|扫描二维码|下载.{0,6}客户端|举报\/反馈)/i;
/** A character every promotion above holds: most paragraphs have none and skip the pattern. */
const PROMOTION_CHAR = /[尽扫下举]/;

function isPromotion(text: string): boolean {
	return PROMOTION_CHAR.test(text) && PROMOTION.test(text);
}

/** Tags read as one block each, and inline tags read as a block where they stand alone. */
const BLOCK_TAGS = new Set('p h1 h2 h3 h4 h5 h6 li blockquote figcaption'.split(' '));
const INLINE_TAGS = new Set('span font a strong b em i u small big sub sup'.split(' '));

/** Inline tags whose meaning survives in the reading view; everything else becomes its text. */
const INLINE_KEEP: Record<string, string> = { strong: 'strong', b: 'strong', em: 'em', i: 'em' };

/**
 * Outlet furniture that is never part of the article (app promotion, QR codes, share bars): the
 * elements the selector `script, style, iframe, noscript, .appendQr_wrap, .article-notice,
 * [class*="qrcode"], [class*="share"]` matches, tested node by node in one walk (css-select
 * would compile and run that selector over the whole tree for every article).
 */
const FURNITURE_TAGS = new Set(['script', 'style', 'iframe', 'noscript']);
const FURNITURE_CLASSES = ['appendQr_wrap', 'article-notice'];
const FURNITURE_CLASS_PARTS = ['qrcode', 'share'];

/** One pattern per class token, built on first use: a test, not a split into a new array. */
const CLASS_TOKEN = new Map<string, RegExp>();

/** Whether `class` lists `token` (a constant of this file, free of regex syntax). */
function hasClassToken(el: Element, token: string): boolean {
	const value = el.attribs.class;
	if (!value) return false;
	let pattern = CLASS_TOKEN.get(token);
	if (!pattern) CLASS_TOKEN.set(token, (pattern = new RegExp(`(?:^|\\s)${token}(?:\\s|$)`)));
	return pattern.test(value);
}

function isFurniture(el: Element): boolean {
	if (FURNITURE_TAGS.has(el.name)) return true;
	const value = el.attribs.class;
	if (!value) return false;
	return (
		FURNITURE_CLASS_PARTS.some((part) => value.includes(part)) ||
		FURNITURE_CLASSES.some((token) => hasClassToken(el, token))
	);
}

/** Drop furniture (with everything inside it) from a tree. */
function removeFurniture(nodes: AnyNode[]): void {
	for (let i = nodes.length - 1; i >= 0; i--) {
		const node = nodes[i];
		if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
		const el = node as Element;
		if (isFurniture(el)) {
			nodes.splice(i, 1);
			const prev = nodes[i - 1];
			const next = nodes[i];
			if (prev) prev.next = next ?? null;
			if (next) next.prev = prev ?? null;
			el.parent = null;
		} else removeFurniture(el.children);
	}
}

/** Every `<img>` below `el`, in document order (`out` made on the first: most blocks have none). */
function imagesIn(el: Element, out?: Element[]): Element[] | undefined {
	for (const child of el.children)
		if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
			const c = child as Element;
			if (c.name === 'img') (out ??= []).push(c);
			out = imagesIn(c, out);
		}
	return out;
}

/** The first element below `el` with class token `token`. */
function firstWithClass(el: Element, token: string): Element | null {
	for (const child of el.children)
		if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
			const c = child as Element;
			if (hasClassToken(c, token)) return c;
			const found = firstWithClass(c, token);
			if (found) return found;
		}
	return null;
}

/**
 * Elements nested deeper than this are read as plain text. Real articles nest a few dozen levels;
 * a hostile file can nest thousands, which would overflow the stack of every recursive walk.
 */
export const MAX_DEPTH = 200;

/**
 * Split an article's HTML into text and image blocks in reading order. `onNote` hears about
 * anything changed on the way (markup nested too deep to keep).
 */
export function readBody(html: string, onNote?: (note: string) => void): RawBlock[] {
	const root = parseHtml(html);
	const flattened = capDepth(root, MAX_DEPTH);
	if (flattened)
		onNote?.(
			`markup nested more than ${MAX_DEPTH} levels deep was read as plain text (${flattened} element${flattened === 1 ? '' : 's'})`
		);
	removeFurniture(root.children);

	const blocks: RawBlock[] = [];
	let afterImage = false;

	const pushText = (el: Element) => {
		const lone = el.children.length === 1 && el.children[0].type === 'text' ? el.children[0] : null;
		const text = plainText(lone ? lone.data : textOf(el));
		if (!text || isPromotion(text)) return;
		if (hasClassToken(el, 'img_descr')) return;
		const style = (el.attribs.style ?? '') + (el.attribs['cms-style'] ?? '');
		const centred =
			/text-align\s*:\s*center|align-center/.test(style) || el.attribs.align === 'center';
		// Most blocks are one run of text: its HTML is then the plain text escaped (the line breaks
		// joined, the ends trimmed) unless no-break spaces, which the HTML keeps, make them differ.
		const html = lone && !lone.data.includes('\u00a0') ? escapeHtml(text) : inlineHtml(el);
		blocks.push({ type: 'text', text, html, centred, afterImage });
		afterImage = false;
	};

	const walk = (nodes: AnyNode[]) => {
		for (const node of nodes) {
			if (node.type !== 'tag') {
				// Text straight inside a container (not in a <p>) is a paragraph of its own; most such
				// nodes are the line breaks between tags.
				if (node.type === 'text' && !isBlank(node.data)) {
					const text = plainText(node.data);
					if (text && !isPromotion(text)) {
						blocks.push({ type: 'text', text, html: escapeHtml(text), centred: false, afterImage });
						afterImage = false;
					}
				}
				continue;
			}
			const el = node as Element;
			const tag = el.name.toLowerCase();
			if (tag === 'img') {
				// the caption: the first `.img_descr` under the image's parent element
				const parent = el.parent && el.parent.type !== 'root' ? (el.parent as Element) : null;
				const descr = parent ? firstWithClass(parent, 'img_descr') : null;
				const image: ArticleImage = {
					src: el.attribs.src ?? '',
					alt: el.attribs.alt ?? '',
					caption: plainText(descr ? textOf(descr) : '')
				};
				if (image.src) {
					blocks.push({ type: 'image', image });
					afterImage = true;
				}
			} else if (BLOCK_TAGS.has(tag)) {
				const images = imagesIn(el);
				if (images) walk(images);
				pushText(el);
			} else if (tag === 'br') {
				continue;
			} else if (INLINE_TAGS.has(tag)) {
				pushText(el);
			} else {
				walk(el.children);
			}
		}
	};
	// the top level is read element by element (as `$.root().children()` gives it): text lying
	// loose between them is not article text
	walk(root.children.filter((n) => n.type === 'tag'));
	return blocks;
}

/**
 * Replace the content of every element at `maxDepth` that still holds elements by its plain text,
 * without recursion (the tree may be thousands of levels deep). Returns how many were flattened.
 */
function capDepth(root: AnyNode, maxDepth: number): number {
	let flattened = 0;
	// two stacks of plain values, not one of {node, depth} objects: this visits every node
	const nodes: AnyNode[] = [root];
	const depths: number[] = [0];
	while (nodes.length) {
		const node = nodes.pop()!;
		const depth = depths.pop()!;
		const children = (node as Element).children;
		if (depth >= maxDepth && children.some((c) => c.type === 'tag')) {
			const text = new Text(textOf(node));
			text.parent = node as Element;
			(node as Element).children = [text];
			flattened++;
			continue;
		}
		for (const child of children)
			if ('children' in child) {
				nodes.push(child);
				depths.push(depth + 1);
			}
	}
	return flattened;
}

/** The text under a node, in document order, without recursion; scripts and styles add none. */
function textOf(node: AnyNode): string {
	let out = '';
	const stack: AnyNode[] = [node];
	while (stack.length) {
		const n = stack.pop()!;
		if (n.type === 'text') out += n.data;
		else if ((n.type === 'tag' || n.type === 'root') && 'children' in n)
			for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
	}
	return out;
}

/**
 * Plain text of a block: newlines inside the source HTML join (they split Chinese sentences),
 * full-width indentation and surrounding white space go.
 */
export function plainText(raw: string): string {
	// Most blocks have no line break or no-break space: skip the work for them (a large corpus has
	// millions).
	const text = raw.includes('\u00a0') ? raw.replaceAll('\u00a0', ' ') : raw;
	return joinLines(text).trim(); // \s and trim() know the same white space, U+3000 included
}

/** Whether `text` is all white space as `\s` and `trim()` know it (plainText would make it ''). */
function isBlank(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
	return true;
}

/** Source line breaks joined, with the indentation around them (they split Chinese sentences). */
function joinLines(text: string): string {
	return text.includes('\n') ? text.replace(/[ \t]*\n[ \t\u3000]*/g, '') : text;
}

const HTML_SPECIAL = /[&<>"']/;

function escapeHtml(text: string): string {
	// a test first: most text has nothing to escape, and a replace by function costs more
	if (!HTML_SPECIAL.test(text)) return text;
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rebuild a block's HTML through an allowlist: text, <strong>, <em>, <br>. Nothing else. */
function inlineHtml(el: Element): string {
	let out = '';
	/** Whether any text is out yet: indentation before the first character is layout. */
	let started = false;
	const visit = (node: AnyNode) => {
		if (node.type === 'text') {
			let text = joinLines(node.data);
			if (!started) text = text.trimStart();
			if (text) started = true;
			out += escapeHtml(text);
		} else if (node.type === 'tag') {
			const child = node as Element;
			const tag = child.name.toLowerCase();
			const bold = /strong-Bold|font-weight\s*:\s*bold/i.test(
				(child.attribs['cms-style'] ?? '') + (child.attribs.style ?? '')
			);
			const keep = INLINE_KEEP[tag] ?? (bold ? 'strong' : null);
			if (tag === 'br') out += '<br>';
			else if (tag === 'img' || tag === 'script' || tag === 'style') return;
			else {
				if (keep) out += `<${keep}>`;
				child.children.forEach(visit);
				if (keep) out += `</${keep}>`;
			}
		}
	};
	el.children.forEach(visit);
	return out.trimEnd();
}
