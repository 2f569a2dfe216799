import { load } from 'cheerio';
import { DomHandler, type Document } from 'domhandler';
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

/** The htmlparser2 tree of tidy markup, or null when a browser could read it differently. */
function tidyTree(html: string): Document | null {
	if (ODD_TOKENS.test(html)) return null;
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
