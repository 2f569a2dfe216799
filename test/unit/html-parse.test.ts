/**
 * The body's HTML reader takes htmlparser2's tree only for tidy markup and parse5's (the browser
 * algorithm) otherwise: on any markup, its tree must be the one parse5 builds. Property test over
 * tag soup from the tags and misnestings news bodies have, plus the cases that first showed the
 * two parsers apart.
 */
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml, simpleTree, tidyTree } from '../../src/lib/corpus/html';

/** A tree as plain data: what the body walk reads (tags, attributes, text). */
function shape(node: AnyNode): unknown {
	if (node.type === 'text') return node.data;
	if ('children' in node) {
		const name = 'name' in node ? node.name : node.type;
		const attribs = 'attribs' in node ? node.attribs : {};
		return [name, attribs, node.children.map(shape)];
	}
	return node.type === 'comment' ? ['#comment'] : ['#other'];
}

const browser = (html: string) => shape(load(html, {}, false).root()[0]);
const ours = (html: string) => shape(parseHtml(html));

const CASES = [
	'<p>一<p>二</p>',
	'<p>一<span>二<div>三</div></span></p>',
	'<b>一<p>二</b>三</p>',
	'<p><strong>一</p><p>二</strong></p>',
	'<table><tr><td>一</td></tr>外</table>',
	'<h2>一<h3>二</h3></h2>',
	'<a href=x>一<a href=y>二</a>三</a>',
	'<li>一<p>二<li>三',
	'<span>一<p>二</span>三</p>',
	'<div><b>一</div>二',
	'<li>一<ul>二</li>',
	'<h2><span><h3></h2></p>',
	'<p>一\u0000二</p>',
	'<p>a &amp b &lt c &copy2022 &#x4e00 &#0; &#x80;</p><img src="http://a/?a=1&copy=2&amp;b=3">',
	'<p>一二三 &amp; 四五 &lt; 六 < 七 &copy 八&#x4e00;</p>九 & 十 <b>一&amp二</b>三',
	`<p title="一 &amp; 二 'x' &copy" data-a='三 &lt; "四"&#x4e00;'>五</p><img alt="&quot;" src=''>`,
	'<p>一</p><!-- 注 --><p>二</p><!-->三',
	'<p>一</p',
	'<pre>\n一</pre><textarea><p>二</p></textarea><noscript><p>三</p></noscript>'
];

describe('parseHtml', () => {
	it.each(CASES)('builds the browser tree for %j', (html) => {
		expect(ours(html)).toEqual(browser(html));
	});

	it('builds the browser tree for random tag soup', () => {
		const tags = [
			'p',
			'div',
			'span',
			'strong',
			'b',
			'em',
			'a',
			'font',
			'section',
			'h2',
			'h3',
			'li'
		];
		const token = fc.oneof(
			fc.constantFrom(...tags).map((t) => `<${t}>`),
			fc.constantFrom(...tags).map((t) => `</${t}>`),
			fc.constantFrom(
				'<ul>',
				'</ul>',
				'<ol>',
				'<br>',
				'</br>',
				'<img src="http://x/1.png">',
				'<p class="img_descr" style="text-align:center">',
				'<table>',
				'<tr>',
				'<td>',
				'</table>',
				'<!-- c -->',
				'<script>x</p></script>',
				'<p class=a b=c>',
				"<p a='b>",
				'<p/>',
				'<!DOCTYPE html>',
				'&amp;',
				'&nbsp',
				'<',
				'>'
			),
			fc.constantFrom('一', '二三', ' ', '\n', '。')
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
				const html = tokens.join('');
				expect(ours(html)).toEqual(browser(html));
			}),
			{ numRuns: 4000 }
		);
	});
});

/** Everything DomHandler gives a node, links included, as plain data. */
function full(node: AnyNode): unknown {
	const links = {
		type: node.type,
		start: node.startIndex,
		end: node.endIndex,
		linked:
			(node.prev === null || node.prev.next === node) &&
			(node.next === null || node.next.prev === node)
	};
	if ('children' in node)
		return {
			...links,
			name: 'name' in node ? node.name : null,
			attribs: 'attribs' in node ? Object.entries(node.attribs) : null,
			children: node.children.map((child) => {
				expect(child.parent).toBe(node);
				return full(child);
			})
		};
	return { ...links, data: 'data' in node ? node.data : null };
}

describe('simpleTree', () => {
	it('builds the common markup without the tokenizer', () => {
		const html =
			'<div>\n<p>\n一\n</p>\n<!-- 注 -->\n<P Class="a" cms-style="font-L">二<font color=\'#333\'>三</font></P>' +
			'<div class="img_wrapper"><img src="http://x/1.png" alt referrerpolicy="no-referrer"/></div><o:p></o:p></div>';
		expect(simpleTree(html)).not.toBeNull();
		expect(full(simpleTree(html)!)).toEqual(full(tidyTree(html, false)!));
	});

	it('leaves entities, unquoted values and misnesting to htmlparser2', () => {
		for (const html of [
			'<p>一&amp;二</p>',
			'<p class=a>一</p>',
			'<b>一<p>二</b>三</p>',
			'<p>一<div>二</div></p>'
		])
			expect(simpleTree(html)).toBeNull();
	});

	it('builds what htmlparser2 builds, whenever tidyTree takes its tree', () => {
		const name = fc.constantFrom(
			'p',
			'P',
			'div',
			'span',
			'b',
			'a',
			'li',
			'ul',
			'h2',
			'h3',
			'o:p',
			'font'
		);
		const value = fc.constantFrom('', 'a', 'a b', '<p>', "'", '"', '一 二', '&amp;', '/');
		const attribute = fc.oneof(
			fc
				.tuple(
					fc.constantFrom('class', 'Class', 'style', 'data-x', 'a:b', '_x', 'alt', '1a', '-a'),
					fc.constantFrom('=', '', ' = '),
					fc.constantFrom('"', "'", ''),
					value
				)
				.map(([n, eq, q, v]) => (eq ? `${n}${eq}${q}${v}${q}` : n))
		);
		const space = fc.constantFrom(' ', '\n', '  ', '\t', '');
		const token = fc.oneof(
			fc
				.tuple(
					name,
					fc.array(
						fc.tuple(space, attribute).map((p) => p.join('')),
						{ maxLength: 3 }
					),
					space,
					fc.constantFrom('>', '/>')
				)
				.map(([n, attrs, sp, end]) => `<${n}${attrs.join('')}${sp}${end}`),
			name.map((n) => `</${n}>`),
			fc.constantFrom(
				'<br>',
				'<img src="x">',
				'<hr>',
				'<meta a="b">',
				'<script>x</script>',
				'<style type="text/css">a{}</style>',
				'<Style>b</STYLE>',
				'<style>c</STYLE></style>',
				'<script>&amp;<p></script>',
				'<style></style>',
				'<style>d</style >',
				'<style>e<!--</style>',
				'<p title="<!--">',
				'<p title="<">',
				'<p',
				'<!--',
				'</br>',
				'<!-- c -->',
				'<!---->',
				'<!-- a --->',
				'</p >',
				'< p>',
				'<!x>',
				'<table>'
			),
			fc.constantFrom('一', '二三', ' ', '\n', '。', '>', '<', '&', '-->')
		);
		let built = 0;
		fc.assert(
			fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
				const html = tokens.join('');
				// simpleTree runs after tidyTree's checks of the whole text: compare the two paths
				const quick = tidyTree(html);
				const slow = tidyTree(html, false);
				if (quick && simpleTree(html)) built++;
				expect(quick && full(quick)).toEqual(slow && full(slow));
			}),
			{ numRuns: 8000 }
		);
		expect(built).toBeGreaterThan(500);
	}, 60_000);
});
