/**
 * The words an exported figure carries besides its title: a subtitle stating the period and the
 * filters of the view, and a source line (articles, outlets, build date). Pure, in both languages.
 */
import type { View } from '../charts/view';
import { DEFAULT_REGION } from '../charts/view';
import { formatDayLong, formatRange, kindLabel, type Lang } from '../i18n';
import type { ExportItem } from './table-export';

/** Charts that can be exported, by slug (also the file-name prefix). */
export type ChartSlug = 'overview' | 'meetings' | 'cases' | 'appearances';

/** Words of the export frame, by language. */
export const EXPORT_WORDS = {
	en: {
		kinds: 'Kinds',
		people: 'People',
		outlets: 'Outlets',
		search: 'Search',
		region: 'Region',
		referenced: 'including “referenced” mentions',
		none: 'No filters',
		source: (articles: number, outlets: number) =>
			`Source: ${articles} ${articles === 1 ? 'article' : 'articles'} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`,
		built: 'dataset built',
		selection: 'Selected period'
	},
	zh: {
		kinds: '类型',
		people: '人物',
		outlets: '媒体',
		search: '搜索',
		region: '地区',
		referenced: '含“被提及”',
		none: '未筛选',
		source: (articles: number, outlets: number) => `来源：${outlets}家媒体的${articles}篇文章`,
		built: '数据生成于',
		selection: '选定时段'
	}
};

const sep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');
const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const list = (items: string[], lang: Lang) => items.join(lang === 'zh' ? '、' : ', ');

/** The filters of a view that apply to a chart, as `label: values` phrases. */
export function filterPhrases(view: View, chart: ChartSlug, lang: Lang): string[] {
	const w = EXPORT_WORDS[lang];
	const out: string[] = [];
	if (view.kinds.length && chart !== 'overview')
		out.push(
			w.kinds +
				colon(lang) +
				list(
					view.kinds.map((k) => kindLabel(k, lang)),
					lang
				)
		);
	if (view.people.length && chart !== 'overview' && chart !== 'cases')
		out.push(w.people + colon(lang) + list(view.people, lang));
	if (view.outlets.length) out.push(w.outlets + colon(lang) + list(view.outlets, lang));
	if (view.q) out.push(w.search + colon(lang) + `“${view.q}”`);
	if (chart === 'cases') out.push(w.region + colon(lang) + (view.region || DEFAULT_REGION));
	if (chart === 'appearances' && view.referenced) out.push(w.referenced);
	return out;
}

/**
 * `1–30 April 2022 · Kinds: Video conference; Outlets: 新华网`; the overview, which always shows
 * every day, names the selected period instead.
 *
 * @example viewSubtitle(view, 'meetings', 'zh') // '2022年3月1日至4月30日 · 未筛选'
 */
export function viewSubtitle(view: View, chart: ChartSlug, lang: Lang): string {
	const range = formatRange(view.from, view.to, lang);
	const period = chart === 'overview' ? EXPORT_WORDS[lang].selection + colon(lang) + range : range;
	const filters = filterPhrases(view, chart, lang);
	return `${period} · ${filters.length ? filters.join(sep(lang)) : EXPORT_WORDS[lang].none}`;
}

/** `Source: 5 articles from 2 outlets · dataset built 1 May 2022`. */
export function sourceLine(articles: number, outlets: number, built: string, lang: Lang): string {
	const w = EXPORT_WORDS[lang];
	const day = built.slice(0, 10);
	const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDayLong(day, lang) : '';
	if (!date) return w.source(articles, outlets);
	return `${w.source(articles, outlets)} · ${w.built}${lang === 'zh' ? '' : ' '}${date}`;
}

/**
 * The overview's rows for CSV/JSON: one per day with articles, its sources the articles
 * themselves (linked to the article, with no quote).
 */
export function overviewExportItems(
	days: { day: string; count: number }[],
	/** The articles published on a day (from the dashboard's day details). */
	articlesOn: (day: string) => { id: string; title: string; day: string; outlet: string }[],
	view?: Pick<View, 'outlets' | 'q'>
): ExportItem[] {
	const needle = view?.q.toLowerCase() ?? '';
	return days
		.filter((d) => d.count > 0)
		.map((d) => ({
			day: d.day,
			count: d.count,
			sources: articlesOn(d.day)
				.filter(
					(a) =>
						a.day === d.day &&
						(!view?.outlets.length || view.outlets.includes(a.outlet)) &&
						(!needle || a.title.toLowerCase().includes(needle))
				)
				.map((a) => ({
					article: a.id,
					paragraph: 0,
					quote: '',
					title: a.title,
					outlet: a.outlet,
					day: a.day,
					href: `/articles/${a.id}`
				}))
		}));
}
