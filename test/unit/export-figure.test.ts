import { describe, expect, it } from 'vitest';
import {
	distinctCharacters,
	fontFaceRule,
	loadHarfBuzz,
	sfntFormat,
	subsetFont
} from '../../src/lib/export/font-subset';
import { readExportFont, readHarfBuzzWasm } from '../../src/lib/export/font-source.server';
import {
	buildFigureSvg,
	rasteriseSvgServer,
	sanitiseSvgMarkup
} from '../../src/lib/export/figure.server';
import { EXPORT_THEMES } from '../../src/lib/export/serialise-svg';

/** A hand-made chart: classes and a stylesheet, a link, a handler, a brush, Chinese labels. */
const CHART = `<svg class="jt-svg" width="480" height="160" viewBox="0 0 480 160" role="img" aria-labelledby="x">
<style>.jt-text{fill:#1a1c20}.jt-bar{fill:#5b6b82}.p0{fill:#2563eb;stroke:#2563eb}.jt-mark:hover .jt-focus{stroke:red;visibility:visible}.jt-focus{fill:none;visibility:hidden}@media (prefers-color-scheme: dark){.jt-bar{fill:#8090a8}}</style>
<!--[-->
<g class="jt-axis" aria-hidden="true"><text class="jt-text" x="10" y="150" font-size="11">3月1日</text><text class="jt-text" x="400" y="150" font-size="11" font-weight="600">4月30日</text></g>
<a href="/articles/000_c7f3a7c78d50caf9#p-2" class="jt-mark" tabindex="0" onclick="alert(1)" aria-label="视频会议"><rect class="jt-bar" x="40" y="40" width="30" height="90"/><rect class="jt-focus" x="38" y="38" width="34" height="94"/></a>
<circle class="p0" cx="200" cy="80" r="8" style="fill-opacity:0.5"/>
<text class="jt-text" x="100" y="30" font-size="14">吉林省新冠肺炎疫情防控工作领导小组会议</text>
<g class="brush"><rect class="selection" x="0" y="0" width="100" height="100" fill="#777"/></g>
<image href="https://example.com/x.png" x="0" y="0" width="10" height="10"/>
</svg>`;

describe('font subset', () => {
	it('keeps exactly the characters asked for, much smaller than the font', async () => {
		const hb = await loadHarfBuzz(readHarfBuzzWasm());
		const font = await readExportFont(400);
		const text = '吉林省疫情防控 Jilin 2022';
		const subset = subsetFont(hb, font, text);
		expect(sfntFormat(subset)).toBe('truetype');
		expect(subset.byteLength).toBeLessThan(30_000);
		expect(subset.byteLength).toBeGreaterThan(1_000);
		expect(fontFaceRule(subset)).toMatch(/^@font-face\{font-family:'Noto Sans SC'.*base64,AAEAAA/);
		const hbjs = await import('harfbuzzjs');
		const face = new hbjs.Face(new hbjs.Blob(subset.buffer as ArrayBuffer));
		const cps = [...face.collectUnicodes()].map((c) => String.fromCodePoint(c)).join('');
		expect(cps).toBe(distinctCharacters(text));
	});
});

describe('server figure', () => {
	it('sanitises markup: styles inlined, links, handlers, brushes and outside refs gone', () => {
		const chart = sanitiseSvgMarkup(CHART);
		expect(chart.width).toBe(480);
		expect(chart.markup).not.toMatch(
			/<style|class=|onclick|href=|tabindex|<a\b|brush|example\.com|<!--/
		);
		expect(chart.markup).toContain('<g aria-label="视频会议">');
		expect(chart.markup).toMatch(/<rect [^>]*width="30"[^>]* fill="#5b6b82"/);
		expect(chart.markup).toMatch(/<circle [^>]*fill="#2563eb" stroke="#2563eb" fill-opacity="0.5"/);
		expect(chart.markup).toMatch(/visibility="hidden"/);
		expect(chart.boldText).toBe('4月30日');
	});

	it('builds a standalone SVG and a PNG that draws the Chinese text', async () => {
		const chart = sanitiseSvgMarkup(CHART);
		const { svg, width, height, fonts } = await buildFigureSvg(
			chart,
			{
				title: '会议与视频调度 Meetings',
				subtitle: '2022年3月1日至4月30日 · 全部类型',
				legend: [
					{ label: '视频会议', color: '#2563eb', shape: 'circle' },
					{ label: 'Field inspection', color: '#c2410c', shape: 'triangle' }
				],
				source: '来源：5篇文章，3家媒体 · 构建于2022-05-01',
				lang: 'zh-Hans'
			},
			EXPORT_THEMES.light
		);
		expect(width).toBe(480);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg.match(/@font-face/g)).toHaveLength(2);
		const outside = svg
			.replace(/url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\)/g, 'FONT')
			.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
		expect(outside).not.toMatch(/https?:|url\((?!#)|href=/);
		expect(fonts.regular).toBeLessThan(60_000);
		const png = rasteriseSvgServer(svg, 2);
		const view = new DataView(png.buffer, png.byteOffset);
		expect(view.getUint32(16)).toBe(width * 2);
		expect(view.getUint32(20)).toBe(height * 2);
		const dark = await buildFigureSvg(
			chart,
			{ title: '深色', subtitle: '', legend: [], source: '' },
			EXPORT_THEMES.dark
		);
		expect(dark.svg).toContain(`fill="${EXPORT_THEMES.dark.background}"`);
		expect(new DataView(rasteriseSvgServer(dark.svg, 1).buffer).getUint32(16)).toBe(480);
	});
});
