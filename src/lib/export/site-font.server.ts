/**
 * The site font: Noto Sans SC cut down at build time to every character the charts can draw
 * (dataset names, titles, places and regions, UI strings of both languages, digits, Latin and
 * punctuation). The browser subsets from this small file instead of fetching two 10 MB fonts,
 * and falls back to the full font only when a figure holds a character outside it (a search
 * query, say), so nothing is ever drawn with a missing glyph.
 */
import type { Dataset } from '$lib/types';
import { ROLE_ORDER } from '$lib/charts/items';
import { dashboardDataset } from '$lib/charts/source.server';
import { EVENT_KINDS } from '$lib/charts/view';
import { LANGS, kindLabel, messages, partLabel, roleLabel } from '$lib/i18n';
import type { PartOfDay } from '$lib/types';
import { EXPORT_WORDS } from './figure-text';
import { MENU_WORDS } from './menu-words';
import { distinctCharacters, loadHarfBuzz, subsetFont } from './font-subset';
import { readExportFont, readHarfBuzzWasm, type ExportWeight } from './font-source.server';

const PARTS: PartOfDay[] = ['early-morning', 'morning', 'noon', 'afternoon', 'evening', 'night'];

/** Printable ASCII, Latin-1 letters, general and CJK punctuation, arrows and shapes used in UI. */
const BASE =
	Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
	'×÷·–—‘’“”…‰′″※←↑→↓√∞≈≠≤≥■□▲△●○◆◇★☆、。〃〈〉《》「」『』【】〔〕〖〗〜' +
	'！＂＃％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～￥' +
	'年月日时分秒周至今昨前后第个例名篇家次人项条另有其他全部共计约余' +
	'一二三四五六七八九十百千万亿零〇两';

/** Every character the dashboard's charts, legends and export frames can show. */
export function siteCharacters(
	ds: Pick<Dataset, 'articles' | 'events' | 'caseReports' | 'people' | 'corpus'>
): string {
	const parts: string[] = [BASE];
	for (const a of ds.articles) parts.push(a.title, a.outlet, a.day);
	for (const p of ds.people) parts.push(p.name, p.pinyin, ...p.titles);
	for (const e of ds.events)
		parts.push(e.title ?? '', e.place ?? '', e.chair ?? '', ...e.participants);
	for (const c of ds.caseReports) parts.push(c.region, c.window ?? '');
	for (const lang of LANGS) {
		for (const value of Object.values(messages(lang)))
			parts.push(typeof value === 'function' ? value.toString() : String(value));
		for (const k of EVENT_KINDS) parts.push(kindLabel(k, lang));
		for (const r of ROLE_ORDER) parts.push(roleLabel(r, lang));
		for (const p of PARTS) parts.push(partLabel(p, lang));
	}
	for (const words of [EXPORT_WORDS, MENU_WORDS])
		for (const lang of LANGS)
			for (const value of Object.values(words[lang]))
				parts.push(typeof value === 'function' ? value.toString() : String(value));
	return distinctCharacters(parts.join(''));
}

let chars: Promise<string> | null = null;

/** The site's characters for the current corpus (read once). */
export function siteFontCharacters(): Promise<string> {
	chars ??= dashboardDataset().then(siteCharacters);
	return chars;
}

/** Noto Sans SC of a weight, subset to the site's characters. */
export async function siteFont(weight: ExportWeight): Promise<Uint8Array> {
	const hb = await loadHarfBuzz(readHarfBuzzWasm());
	return subsetFont(hb, await readExportFont(weight), await siteFontCharacters());
}
