/**
 * Server side of the export: turn chart markup rendered by `svelte/server` into the same
 * standalone SVG the browser makes, and rasterise it with resvg. Used by the prerendered
 * `/export/<chart>.svg|png` routes (and tests). The browser never loads this module.
 */
import { Resvg } from '@resvg/resvg-js';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { fontFaceRule, loadHarfBuzz, subsetFont } from './font-subset';
import { exportFontPath, readExportFont, readHarfBuzzWasm } from './font-source.server';
import {
	EXPORT_THEMES,
	SVG_NS,
	composeFigureSvg,
	decodeEntities,
	embedFont,
	isDroppedAttribute,
	stripAtRules,
	type ExportTheme,
	type FigureText,
	type PreparedChart
} from './serialise-svg';

/** CSS properties the cascade copies onto elements as SVG presentation attributes. */
const PRESENTATION = new Set([
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'visibility',
	'display',
	'shape-rendering',
	'text-decoration'
]);

interface Declaration {
	value: string;
	specificity: number;
	order: number;
}

function specificity(selector: string): number {
	const ids = (selector.match(/#[\w-]+/g) ?? []).length;
	const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]/g) ?? []).length;
	const types = (selector.replace(/[#.][\w-]+|\[[^\]]*\]/g, ' ').match(/[a-zA-Z][\w-]*/g) ?? [])
		.length;
	return ids * 10000 + classes * 100 + types;
}

function parseDeclarations(text: string): [string, string][] {
	return text
		.split(';')
		.map((d) => {
			const i = d.indexOf(':');
			return [d.slice(0, i).trim().toLowerCase(), d.slice(i + 1).trim()] as [string, string];
		})
		.filter(([p, v]) => p && v && !v.includes('var('));
}

/**
 * Apply a chart's stylesheet (`<style>` inside it, plus `extraCss`) the way a browser would for
 * static rules: selectors with pseudo-classes (`:hover`, `:focus-visible`) and at-rules are
 * skipped, the rest are applied by specificity then order, and inline `style` wins.
 */
function applyStylesheet($: CheerioAPI, root: Element, css: string): void {
	const declared = new Map<Element, Map<string, Declaration>>();
	const declare = (el: Element, prop: string, d: Declaration) => {
		if (!PRESENTATION.has(prop)) return;
		let props = declared.get(el);
		if (!props) declared.set(el, (props = new Map()));
		const prev = props.get(prop);
		if (
			!prev ||
			d.specificity > prev.specificity ||
			(d.specificity === prev.specificity && d.order > prev.order)
		)
			props.set(prop, d);
	};
	let order = 0;
	const body = stripAtRules(css.replace(/\/\*[\s\S]*?\*\//g, ''));
	for (const rule of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const decls = parseDeclarations(rule[2]);
		for (const selector of rule[1].split(',').map((s) => s.trim())) {
			if (!selector || selector.includes(':')) continue;
			let matches: Element[];
			try {
				matches = $(root).find(selector).toArray() as Element[];
				if ($(root).is(selector)) matches.push(root);
			} catch {
				continue;
			}
			const spec = specificity(selector);
			for (const el of matches)
				for (const [prop, value] of decls)
					declare(el, prop, { value, specificity: spec, order: order++ });
		}
	}
	for (const el of [root, ...($(root).find('*').toArray() as Element[])]) {
		const inline = el.attribs.style;
		if (inline)
			for (const [prop, value] of parseDeclarations(inline))
				declare(el, prop, { value, specificity: 1e9, order: order++ });
		for (const [prop, d] of declared.get(el) ?? []) el.attribs[prop] = d.value;
	}
}

function effectiveWeight(el: Element | null): number {
	for (let node: AnyNode | null = el; node; node = node.parent) {
		const w = (node as Element).attribs?.['font-weight'];
		if (w) return w === 'bold' ? 700 : w === 'normal' ? 400 : Number(w) || 400;
	}
	return 400;
}

/**
 * Server: make chart markup (an `<svg>` from `svelte/server`) self-contained, like
 * `inlineChartSvg` does in the browser: styles become attributes, links groups, and classes,
 * handlers, scripts, brushes and external references go.
 */
export function sanitiseSvgMarkup(markup: string, extraCss = ''): PreparedChart {
	const clean = markup.replace(/<!--[\s\S]*?-->/g, '');
	// Entities stay as written (Svelte's output is valid XML), so Chinese is not re-encoded as &#x…;.
	const $ = load(clean, { xml: { xmlMode: true, decodeEntities: false } });
	const root = $('svg').first().get(0) as Element | undefined;
	if (!root) throw new Error('export: the chart markup holds no <svg> element');
	const css = $(root)
		.find('style')
		.toArray()
		.map((s) => $(s).text())
		.join('\n');
	applyStylesheet($, root, css + '\n' + extraCss);
	$(root)
		.find('script, foreignObject, style, iframe, title, desc, [data-export="skip"], .brush')
		.remove();
	$(root)
		.find('image')
		.filter((_, el) => !/^(data:|#)/.test($(el).attr('href') ?? ''))
		.remove();
	$(root).find('[display="none"]').remove();
	let boldText = '';
	$(root)
		.find('text')
		.each((_, el) => {
			if (effectiveWeight(el) >= 600) boldText += decodeEntities($(el).text());
		});
	for (const el of [root, ...($(root).find('*').toArray() as Element[])]) {
		if (el.name === 'a') el.name = 'g';
		for (const [name, value] of Object.entries(el.attribs)) {
			if (PRESENTATION.has(name)) continue;
			if (isDroppedAttribute(name, value)) delete el.attribs[name];
		}
	}
	const width = Number(root.attribs.width);
	const height = Number(root.attribs.height);
	if (!(width > 0 && height > 0))
		throw new Error('export: render the chart with numeric width and height props');
	root.attribs.xmlns = SVG_NS;
	root.attribs.viewBox ??= `0 0 ${width} ${height}`;
	delete root.attribs.x;
	delete root.attribs.y;
	return { markup: $.xml(root), width, height, boldText };
}

/** Subset sizes of the last build, in bytes (for reports and tests). */
export interface FigureFonts {
	regular: number;
	bold: number;
}

/**
 * The standalone SVG of a prepared chart, with Noto Sans SC subsets (regular for all text, bold
 * for the title and bold labels) embedded as `data:` URLs.
 */
export async function buildFigureSvg(
	chart: PreparedChart,
	words: FigureText,
	theme: ExportTheme = EXPORT_THEMES.light
): Promise<{ svg: string; width: number; height: number; fonts: FigureFonts }> {
	const figure = composeFigureSvg(chart, words, theme);
	const hb = await loadHarfBuzz(readHarfBuzzWasm());
	const regular = subsetFont(hb, await readExportFont(400), figure.text);
	const bold = subsetFont(hb, await readExportFont(700), figure.boldText);
	const svg = embedFont(figure.svg, fontFaceRule(regular, 400), fontFaceRule(bold, 700));
	return {
		svg,
		width: figure.width,
		height: figure.height,
		fonts: { regular: regular.byteLength, bold: bold.byteLength }
	};
}

/**
 * Rasterise an exported SVG with resvg at `scale` × its size. Only the Noto Sans SC files are
 * loaded (no system fonts), so the PNG looks the same on every machine.
 */
export function rasteriseSvgServer(svg: string, scale = 2, background?: string): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		background,
		font: {
			loadSystemFonts: false,
			fontFiles: [exportFontPath(400), exportFontPath(700)],
			defaultFontFamily: 'Noto Sans SC',
			sansSerifFamily: 'Noto Sans SC'
		},
		logLevel: 'off'
	});
	return new Uint8Array(resvg.render().asPng());
}
