import { describe, expect, it } from 'vitest';
import {
	EXPORT_THEMES,
	classColours,
	composeFigureSvg,
	drawnText,
	embedFont,
	escapeXml,
	isDroppedAttribute,
	scopeCss,
	stripAtRules,
	swatchSvg,
	textWidth,
	wrapText
} from '../../src/lib/export/serialise-svg';
import {
	overviewExportItems,
	sourceLine,
	viewSubtitle,
	type ChartSlug
} from '../../src/lib/export/figure-text';
import { defaultView, type View } from '../../src/lib/charts/view';
import type { Lang } from '../../src/lib/i18n';

describe('wrapText', () => {
	it.each([
		['Meetings and inspections', 100, 12, ['Meetings and', 'inspections']],
		[
			'吉林省新冠肺炎疫情防控工作领导小组会议',
			60,
			12,
			['吉林省新冠', '肺炎疫情防', '控工作领导', '小组会议']
		],
		// never a line starting with closing punctuation
		['一二三四，五六七八。', 48, 12, ['一二三', '四，五六', '七八。']],
		['short', 500, 12, ['short']],
		['', 100, 12, []]
	])('%s at %i px', (text, width, size, lines) => {
		expect(wrapText(text, width, size)).toEqual(lines);
	});
	it('keeps lines within the width', () => {
		const text = '2022年3月10日至31日 · 类型：视频会议；媒体：新华网、吉林日报；搜索：“长春”';
		for (const line of wrapText(text, 150, 12.5))
			expect(textWidth(line, 12.5)).toBeLessThanOrEqual(150);
	});
});

describe('CSS helpers', () => {
	const css =
		'.p0{fill:#2563eb;stroke:#2563eb}.jt-bar{fill:#5b6b82}.a:hover .b{stroke:red}@media (prefers-color-scheme: dark){.jt-bar{fill:#8090a8}}';
	it('strips at-rules', () => expect(stripAtRules(css)).not.toContain('@media'));
	it('reads class colours outside @media', () =>
		expect(classColours(css)).toEqual({
			p0: { fill: '#2563eb', stroke: '#2563eb' },
			'jt-bar': { fill: '#5b6b82' },
			b: { stroke: 'red' }
		}));
	it('scopes rules and drops interactive ones', () =>
		expect(scopeCss(css, 'svg[s]')).toBe(
			'svg[s] .p0{fill:#2563eb;stroke:#2563eb}svg[s] .jt-bar{fill:#5b6b82}'
		));
});

describe('isDroppedAttribute', () => {
	it.each([
		['onclick', 'x()', true],
		['class', 'jt-mark', true],
		['href', '/articles/x#p-1', true],
		['href', '#grad', false],
		['fill', 'url(#grad)', false],
		['fill', 'url(https://x/y.svg#g)', true],
		['data-id', 'e1', true],
		['aria-label', '视频会议', false],
		['aria-describedby', 'x', true],
		['transform', 'translate(1,2)', false]
	])('%s=%s → %s', (name, value, dropped) => expect(isDroppedAttribute(name, value)).toBe(dropped));
});

describe('composeFigureSvg', () => {
	const chart = {
		markup:
			'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><text x="0" y="20">吉林</text></svg>',
		width: 400,
		height: 100,
		boldText: '吉'
	};
	const words = {
		title: 'A & B <会议>',
		subtitle: '2022年3月1日至4月30日 · 未筛选',
		legend: [{ label: '景俊海 Jing Junhai', color: '#2563eb', shape: 'circle' as const }],
		source: '来源：2家媒体的5篇文章',
		lang: 'zh-Hans'
	};
	const fig = composeFigureSvg(chart, words, EXPORT_THEMES.dark);
	it('is as wide as the chart and taller by the frame', () => {
		expect(fig.width).toBe(400);
		expect(fig.height).toBeGreaterThan(100 + 60);
		expect(fig.svg).toContain(`viewBox="0 0 400 ${fig.height}"`);
	});
	it('escapes text and draws title, subtitle, legend, chart and source', () => {
		expect(fig.svg).toContain('<title id="export-title">A &amp; B &lt;会议&gt;</title>');
		expect(fig.svg).toContain('fill="#16181d"');
		expect(drawnText(fig.svg)).toBe(
			'A & B <会议>' + words.subtitle + '景俊海 Jing Junhai' + '吉林' + words.source
		);
		expect(fig.boldText).toBe('A & B <会议>吉');
	});
	it('takes the font-face rules into its style', () => {
		expect(embedFont(fig.svg, '@font-face{x}', '@font-face{y}')).toContain(
			'<style>@font-face{x}@font-face{y}text,tspan{'
		);
	});
	it('draws every legend shape', () => {
		for (const shape of [
			'square',
			'circle',
			'triangle',
			'diamond',
			'ring',
			'hatch',
			'line',
			'band'
		] as const)
			expect(swatchSvg({ label: '', color: '#123456', shape })).toMatch(/#123456/);
	});
	it('draws the finer keys of the dashboard: a daily bar with dots, an evening notch', () => {
		const daily = swatchSvg(
			{ label: '', color: '#123456', shape: 'square', detail: 'daily' },
			'#fff'
		);
		expect(daily).toMatch(/<rect[^>]*rx="4"[^>]*fill="#123456"/);
		expect(daily.match(/<circle[^>]*fill="#fff"/g)).toHaveLength(2);
		const notch = swatchSvg(
			{ label: '', color: '#123456', shape: 'circle', detail: 'notch' },
			'#000'
		);
		expect(notch).toMatch(/fill="#123456".*fill="#000"/);
	});
	it('escapes XML', () =>
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		));
});

describe('figure text', () => {
	const base = defaultView({ from: '2022-03-01', to: '2022-04-30' });
	const v = (patch: Partial<View>): View => ({ ...base, ...patch });
	const cases: [View, ChartSlug, Lang, string][] = [
		[base, 'meetings', 'en', '1 Mar – 30 Apr 2022 · No filters'],
		[base, 'meetings', 'zh', '2022年3月1日至4月30日 · 未筛选'],
		[
			v({ from: '2022-03-10', to: '2022-03-31', kinds: ['video-conference'] }),
			'meetings',
			'zh',
			'2022年3月10日至31日 · 类型：视频会议'
		],
		[
			v({ outlets: ['新华网'], q: '长春' }),
			'cases',
			'en',
			'1 Mar – 30 Apr 2022 · Outlets: 新华网; Search: “长春”; Region: 吉林省'
		],
		[
			v({ people: ['景俊海'], referenced: true }),
			'appearances',
			'en',
			'1 Mar – 30 Apr 2022 · People: 景俊海; including “referenced” mentions'
		],
		[
			v({ from: '2022-03-10', to: '2022-03-31' }),
			'overview',
			'en',
			'Selected period: 10–31 March 2022 · No filters'
		]
	];
	it.each(cases)('%j %s %s', (view, chart, lang, expected) => {
		expect(viewSubtitle(view, chart, lang)).toBe(expected);
	});
	it('states articles, outlets and the build date', () => {
		expect(sourceLine(5, 2, '2022-05-01T00:00:00.000Z', 'en')).toBe(
			'Source: 5 articles from 2 outlets · dataset built 1 May 2022'
		);
		expect(sourceLine(1, 1, '', 'en')).toBe('Source: 1 article from 1 outlet');
		expect(sourceLine(5, 2, '2022-05-01T00:00:00.000Z', 'zh')).toBe(
			'来源：2家媒体的5篇文章 · 数据生成于2022年5月1日'
		);
	});
	it('gives overview days their articles as sources', () => {
		const items = overviewExportItems(
			[
				{ day: '2022-03-01', count: 1 },
				{ day: '2022-03-02', count: 0 }
			],
			(day) =>
				[
					{ id: 'a', title: 'T', day: '2022-03-01', outlet: 'O' },
					{ id: 'b', title: 'U', day: '2022-03-05', outlet: 'O' }
				].filter((a) => a.day === day)
		);
		expect(items).toHaveLength(1);
		expect(items[0].sources).toEqual([
			{
				article: 'a',
				paragraph: 0,
				quote: '',
				title: 'T',
				outlet: 'O',
				day: '2022-03-01',
				href: '/articles/a'
			}
		]);
	});
});
