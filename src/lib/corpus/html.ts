import { load } from 'cheerio';
import { Comment, Document, DomHandler, Element, Text } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * An article body's HTML as a tree, the way a browser reads it. htmlparser2 is several times
 * faster than parse5 (the browser algorithm, cheerio's default), but it keeps a plain stack of open
 * elements where a browser repairs misnested markup (`<b>一<p>二</b>三</p>`), builds tables,
 * or reads raw text. So the body is parsed with htmlparser2 and the tree kept only when the markup
 * is tidy, where both give the same tree; anything else is parsed again with parse5.
 */
export function parseHtml(html: string): Document {
	return tidyTree(html) ?? (load(html, {}, false).root()[0] as Document);
}

/** Deeper markup goes to parse5 (the body reader flattens it past 200 levels anyway). */
const MAX_DEPTH = 500;

/**
 * Tags with rules of their own in browsers: tables (an implied `<tbody>`, text moved out), forms,
 * buttons, lists of terms, foreign content, raw text, document-level tags, and tags that only
 * one of the two parsers treats as void.
 */
const SPECIAL = new Set(
	(
		'table caption colgroup col tbody thead tfoot tr td th form button select option optgroup ' +
		'datalist input textarea keygen dd dt svg math html head body base frameset frame template title ' +
		'noscript noframes noembed iframe xmp plaintext pre listing image command bgsound nobr ' +
		'applet marquee object rb rp rt rtc menuitem basefont'
	).split(' ')
);

/** Start tags before which a browser closes an open `<p>` (htmlparser2 only when it is the last). */
const CLOSES_P = new Set(
	(
		'address article aside blockquote center details dialog dir div dl fieldset figcaption ' +
		'figure footer header hgroup main menu nav ol p search section summary ul ' +
		'h1 h2 h3 h4 h5 h6 hr li'
	).split(' ')
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Source text the two tokenizers read differently: NUL, bogus comments, odd comment ends. */
const ODD_TOKENS = /\0|<\?|<\/[^a-zA-Z]|<!(?!--)|--!>|<!---?>/;

/**
 * The htmlparser2 tree of tidy markup, or null when a browser could read it differently.
 * `simple: false` (for tests) always runs htmlparser2, never `simpleTree`.
 */
export function tidyTree(html: string, simple = true): Document | null {
	if (ODD_TOKENS.test(html)) return null;
	// simpleTree reads every tag and comment to its end, so markup it takes never ends unfinished
	const quick = simple ? simpleTree(html) : null;
	if (quick) return quick;
	// an unfinished tag or comment at the end
	if (html.lastIndexOf('<') > html.lastIndexOf('>')) return null;
	if (html.lastIndexOf('<!--') > html.lastIndexOf('-->')) return null;
	const handler = new TidyHandler();
	const parser = new TidyParser(handler);
	parser.write(html);
	if (!handler.tidy) return null;
	handler.atEnd = true;
	parser.end();
	return handler.tidy && handler.endTags === handler.explicitCloses ? handler.root : null;
}

/** The tokenizer's own fields the states below move (private in its typings), and our look-ups. */
interface TokenizerState {
	buffer: string;
	index: number;
	offset: number;
	/** The buffer the next `<` and `&` were looked up in, and where they are (its length if none). */
	seen?: string;
	nextLt: number;
	nextAmp: number;
}

type State = (this: TokenizerState, c: number) => void;
const base = Tokenizer.prototype as unknown as Record<string, State>;

/**
 * htmlparser2's tokenizer, but in text and quoted attribute values it jumps to the next character
 * that ends or changes the token (`<` or the closing quote, and `&`) instead of stepping one
 * character at a time: article bodies are mostly long runs of text.
 */
class TextRunTokenizer extends Tokenizer {}
const own = TextRunTokenizer.prototype as unknown as Record<string, State>;
own.stateText = skipTo(LT, base.stateText);
own.stateInAttributeValueDoubleQuotes = skipTo(
	DOUBLE_QUOTE,
	base.stateInAttributeValueDoubleQuotes
);
own.stateInAttributeValueSingleQuotes = skipTo(
	SINGLE_QUOTE,
	base.stateInAttributeValueSingleQuotes
);

/** A state that leaves every character but `stop` and `&` as it is, stepping over runs of them. */
function skipTo(stop: number, step: State): State {
	const stopChar = String.fromCharCode(stop);
	return function (this: TokenizerState, c: number) {
		if (c === stop || c === AMP) return step.call(this, c);
		const { buffer, offset } = this;
		const at = this.index - offset;
		if (this.seen !== buffer) {
			this.seen = buffer;
			this.nextLt = this.nextAmp = -1;
		}
		if (this.nextAmp < at) this.nextAmp = indexOrEnd(buffer, '&', at);
		let next: number;
		if (stop === LT) {
			if (this.nextLt < at) this.nextLt = indexOrEnd(buffer, '<', at);
			next = this.nextLt;
		} else next = indexOrEnd(buffer, stopChar, at);
		// the parse loop steps past the character it leaves the index on
		this.index = Math.min(next, this.nextAmp) + offset - 1;
	};
}

function indexOrEnd(text: string, char: string, from: number): number {
	const at = text.indexOf(char, from);
	return at < 0 ? text.length : at;
}

/** Tells the handler of every end tag read, so that one htmlparser2 ignores shows. */
class TidyParser extends Parser {
	constructor(private handler: TidyHandler) {
		super(handler, { decodeEntities: true, Tokenizer: TextRunTokenizer });
		// no need to read on once the markup is known to be untidy
		handler.stop = () => this.pause();
	}
	override onclosetag(start: number, endIndex: number): void {
		this.handler.onEndTag();
		super.onclosetag(start, endIndex);
	}
}

/** Builds the tree (DomHandler) and notes any step where a browser could build another. */
class TidyHandler extends DomHandler {
	tidy = true;
	endTags = 0;
	explicitCloses = 0;
	atEnd = false;
	private open: string[] = [];
	/** Whether a body tag has opened: a fragment's end tags before that are ignored by browsers. */
	private started = false;
	/** Elements closed on the way to the current end tag's element. */
	private implied: string[] = [];
	stop?: () => void;

	private untidy(): void {
		this.tidy = false;
		this.stop?.();
	}

	override onopentag(name: string, attribs: Record<string, string>): void {
		// htmlparser2 has just closed a last `<p>` or `<li>` this tag ends, as a browser does
		this.implied.length = 0;
		const open = this.open;
		if (
			// htmlparser2's stack costs time squared in the depth; real articles nest a few dozen
			open.length > MAX_DEPTH ||
			SPECIAL.has(name) ||
			(CLOSES_P.has(name) && open.includes('p')) ||
			(HEADINGS.has(name) && HEADINGS.has(open[open.length - 1])) ||
			(name === 'a' && open.includes('a')) ||
			(name === 'li' && openItem(open))
		)
			this.untidy();
		open.push(name);
		if (!HEAD_TAGS.has(name)) this.started = true;
		super.onopentag(name, attribs);
	}

	onEndTag(): void {
		this.endTags++;
		if (!this.started) this.untidy();
	}

	override onclosetag(name = '', implied = false): void {
		this.open.pop();
		if (this.atEnd) {
			// everything still open closes at the end of the text, in browsers too
		} else if (implied) {
			if (!VOID.has(name)) this.implied.push(name);
		} else {
			this.explicitCloses++;
			if (this.implied.length && !closesLikeABrowser(name, this.implied)) this.untidy();
			this.implied.length = 0;
		}
		super.onclosetag();
	}
}

/**
 * Whether the end tag `name`, closing `between` on its way, builds the same tree in a browser: a
 * block's end tag closes everything inside it, but a formatting element closed on the way is
 * opened again after it, an inline end tag does not close blocks, `</li>` stays in its list and a
 * heading's end tag closes the nearest heading, whichever it is.
 */
function closesLikeABrowser(name: string, between: string[]): boolean {
	if (!BLOCK_ENDS.has(name) || between.some((tag) => FORMATTING.has(tag))) return false;
	if (name === 'li') return !between.some((tag) => tag === 'ul' || tag === 'ol');
	return !HEADINGS.has(name) || !between.some((tag) => HEADINGS.has(tag));
}

/** Tags a browser reads by the rules of `<head>`, which leave a fragment's start state as it is. */
const HEAD_TAGS = new Set(['script', 'style', 'link', 'meta']);
const BLOCK_ENDS = new Set([...CLOSES_P, 'p']);
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));
const VOID = new Set(
	'area base basefont br col embed frame hr img input keygen link meta param source track wbr'.split(
		' '
	)
);

/** An `<li>` still open in the current list, which a browser would close before a new one. */
function openItem(open: string[]): boolean {
	for (let i = open.length - 1; i >= 0; i--) {
		if (open[i] === 'li') return true;
		if (open[i] === 'ul' || open[i] === 'ol') return false;
	}
	return false;
}

/**
 * The tree htmlparser2 builds (as TidyHandler checks it), built straight from the text for the
 * markup most bodies are: no entities, quoted attribute values, end tags closing the innermost open
 * element, comments, and none of the tags the checks above turn away. Null on anything else, which
 * the full parser then reads. This skips the tokenizer's state machine and its callbacks.
 */
export function simpleTree(html: string): Document | null {
	const root = new Document([]);
	let parent: Document | Element = root;
	const open: string[] = [];
	let started = false;
	const length = html.length;
	let at = 0;
	while (at < length) {
		const lt = html.indexOf('<', at);
		const textEnd = lt < 0 ? length : lt;
		if (textEnd > at) {
			const text = html.slice(at, textEnd);
			if (text.includes('&')) return null;
			append(parent, new Text(text));
		}
		if (lt < 0) break;
		const next = html.charCodeAt(lt + 1);
		if (next === SLASH) {
			// `</name>`, closing the innermost open element
			const nameEnd = tagNameEnd(html, lt + 2);
			if (nameEnd === lt + 2 || html.charCodeAt(nameEnd) !== GT || !started) return null;
			const name = lowerName(html, lt + 2, nameEnd);
			if (open.length === 0 || open[open.length - 1] !== name) return null;
			open.pop();
			parent = parent.parent as Document | Element;
			at = nameEnd + 1;
		} else if (isAsciiAlpha(next)) {
			const nameEnd = tagNameEnd(html, lt + 1);
			const after = html.charCodeAt(nameEnd);
			if (!isSpace(after) && after !== GT && after !== SLASH) return null;
			const name = lowerName(html, lt + 1, nameEnd);
			if (
				open.length > MAX_DEPTH ||
				SPECIAL.has(name) ||
				RAW_OR_FOREIGN.has(name) ||
				(CLOSES_P.has(name) && open.includes('p')) ||
				(HEADINGS.has(name) && HEADINGS.has(open[open.length - 1])) ||
				(name === 'a' && open.includes('a')) ||
				(name === 'li' && openItem(open))
			)
				return null;
			const attribs: Record<string, string> = {};
			let i = nameEnd;
			let selfClosing = false;
			for (;;) {
				const c = html.charCodeAt(i);
				if (isSpace(c)) {
					i++;
					continue;
				}
				if (c === GT) break;
				if (c === SLASH && html.charCodeAt(i + 1) === GT) {
					selfClosing = true;
					i++;
					break;
				}
				// a name, then `="…"`, `='…'` or nothing
				if (!isAttributeNameStart(c)) return null;
				const nameStart = i;
				while (isAttributeNameChar(html.charCodeAt(i))) i++;
				const attribute = lowerName(html, nameStart, i);
				if (attribute === '__proto__') return null;
				let value = '';
				if (html.charCodeAt(i) === EQUALS) {
					const quote = html.charCodeAt(i + 1);
					if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return null;
					const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 2);
					if (close < 0) return null;
					value = html.slice(i + 2, close);
					// a `<` in a value: the checks for unfinished markup are left to tidyTree
					if (value.includes('&') || value.includes('<')) return null;
					i = close + 1;
					const after = html.charCodeAt(i);
					if (!isSpace(after) && after !== GT && after !== SLASH) return null;
				} else {
					const after = html.charCodeAt(i);
					if (!isSpace(after) && after !== GT && after !== SLASH) return null;
				}
				// the first of two same-named attributes counts
				if (!hasOwn.call(attribs, attribute)) attribs[attribute] = value;
			}
			const isVoid = VOID.has(name);
			if (selfClosing && !isVoid) return null;
			if (!HEAD_TAGS.has(name)) started = true;
			const element = new Element(name, attribs);
			append(parent, element);
			at = i + 1;
			if (name === 'script' || name === 'style') {
				// raw text up to its own end tag, which (as any end tag) must follow a body tag
				const close = html.indexOf(`</${name}>`, at);
				if (close < 0 || !started) return null;
				const text = html.slice(at, close);
				if (RAW_TEXT_END.test(text) || text.includes('<!--')) return null;
				if (text) append(element, new Text(text));
				at = close + name.length + 3;
			} else if (!isVoid) {
				open.push(name);
				parent = element;
			}
		} else if (next === BANG && html.startsWith('--', lt + 2)) {
			const end = html.indexOf('-->', lt + 4);
			if (end < 0) return null;
			append(parent, new Comment(html.slice(lt + 4, end)));
			at = end + 3;
		} else return null;
	}
	return root;
}

/** Add a node as the last child of `parent`, linked as DomHandler links it. */
function append(parent: Document | Element, node: Element | Text | Comment): void {
	const children = parent.children;
	// no `children[length - 1]` on an empty list: an index of -1 is a slow property look-up
	if (children.length > 0) {
		const previous = children[children.length - 1];
		node.prev = previous;
		previous.next = node;
	}
	children.push(node);
	node.parent = parent;
}

/**
 * A tag or attribute name in lower case, one string per spelling: the same few names recur in
 * every body, and a name met before is then one look-up, not a new string to lower-case, hash
 * and compare by content in every set and property access after it. Bounded for hostile input.
 */
const NAMES = new Map<string, string>();

function lowerName(html: string, from: number, to: number): string {
	const raw = html.slice(from, to);
	let name = NAMES.get(raw);
	if (name === undefined) {
		name = raw.toLowerCase();
		if (NAMES.size < 4096) NAMES.set(raw, name);
	}
	return name;
}

/** Tags htmlparser2 counts as foreign content or its integration points. */
const RAW_OR_FOREIGN = new Set([
	'mi',
	'mo',
	'mn',
	'ms',
	'mtext',
	'annotation-xml',
	'foreignobject',
	'desc',
	'isindex'
]);

/** An end tag of a raw-text element in any case (htmlparser2 ends the element at the first). */
const RAW_TEXT_END = /<\/(?:script|style)/i;

const SLASH = 0x2f;
const GT = 0x3e;
const BANG = 0x21;
const EQUALS = 0x3d;
const hasOwn = Object.prototype.hasOwnProperty;

function isAsciiAlpha(c: number): boolean {
	return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** Where a tag name of letters, digits, `:` and `-` ends (`o:p` is a Word export's paragraph). */
function tagNameEnd(html: string, from: number): number {
	let i = from;
	for (;;) {
		const c = html.charCodeAt(i);
		if (isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2d) i++;
		else return i;
	}
}

function isAttributeNameStart(c: number): boolean {
	return isAsciiAlpha(c) || c === 0x5f || c === 0x3a;
}

function isAttributeNameChar(c: number): boolean {
	return isAttributeNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}
