/**
 * The prerendered chart images (`/export/<chart>.svg` and `.png`): each chart's default view
 * (the whole period, no filters, English, light theme) rendered with `svelte/server` at a fixed
 * width, then through the same serialiser and font subset as the browser's export.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { LegendEntry as ChartLegendEntry } from '$lib/chart/frame';
import { chartCss } from '$lib/chart/theme';
import AppearancesChart from '$lib/charts/AppearancesChart.svelte';
import CaseChart from '$lib/charts/CaseChart.svelte';
import MeetingsChart from '$lib/charts/MeetingsChart.svelte';
import OverviewChart from '$lib/charts/OverviewChart.svelte';
import { dashboardSummary } from '$lib/charts/dashboard-data';
import { casesLegend, meetingsLegend, rolesLegend } from '$lib/charts/legends';
import {
	appearanceMatrix,
	caseItems,
	meetingItems,
	overviewItems,
	type DashboardData
} from '$lib/charts/items';
import { dashboardDataset } from '$lib/charts/source.server';
import { defaultView, type View } from '$lib/charts/view';
import { formatDayLong, formatRange, messages } from '$lib/i18n';
import { buildFigureSvg, rasteriseSvgServer, sanitiseSvgMarkup } from './figure.server';
import { EXPORT_THEMES, classColours, type FigureText } from './serialise-svg';

/** Charts with a prerendered image, by slug. */
export const EXPORT_CHARTS = ['overview', 'meetings', 'cases', 'appearances'] as const;
export type ExportChart = (typeof EXPORT_CHARTS)[number];

/** Width of the prerendered images in CSS pixels (PNG at 2×: 1920 px). */
export const EXPORT_WIDTH = 960;
export const EXPORT_PNG_SCALE = 2;

export function isExportChart(value: string): value is ExportChart {
	return (EXPORT_CHARTS as readonly string[]).includes(value);
}

const LANG = 'en';
const m = messages(LANG);

interface ChartRender {
	component: Component<Record<string, unknown>>;
	props: Record<string, unknown>;
	title: string;
	/** The dashboard's legend for the same items (`$lib/charts/legends`). */
	legend: ChartLegendEntry[];
	/** Appended to the subtitle (the appearances' `15 of 29 people shown`). */
	note?: string;
}

function chartRender(chart: ExportChart, data: DashboardData, view: View): ChartRender {
	const base = { from: view.from, to: view.to, width: EXPORT_WIDTH, lang: LANG, theme: 'light' };
	const pinyin = Object.fromEntries(data.people.map((p) => [p.name, p.pinyin]));
	if (chart === 'meetings') {
		const items = meetingItems(data, view);
		return {
			component: MeetingsChart as unknown as ChartRender['component'],
			props: { ...base, items, colours: data.colours, pinyin },
			title: m.meetings,
			legend: meetingsLegend(items, data.colours, pinyin, LANG)
		};
	}
	if (chart === 'cases') {
		const events = meetingItems(data, view).map(({ id, date, end, partOfDay }) => ({
			id,
			date,
			end,
			partOfDay
		}));
		return {
			component: CaseChart as unknown as ChartRender['component'],
			props: { ...base, items: caseItems(data, view), events },
			title: `${m.cases} · ${m.province}`,
			legend: casesLegend(LANG, events)
		};
	}
	if (chart === 'appearances') {
		const { rows, items, totalRows } = appearanceMatrix(data, view);
		return {
			component: AppearancesChart as unknown as ChartRender['component'],
			props: { ...base, rows, items },
			title: m.appearances,
			legend: rolesLegend(LANG, view.referenced),
			note: rows.length < totalRows ? m.topOf(rows.length, totalRows) : undefined
		};
	}
	return {
		component: OverviewChart as unknown as ChartRender['component'],
		props: {
			...base,
			items: overviewItems(data, view),
			from: data.extent.from,
			to: data.extent.to,
			selection: { from: view.from, to: view.to }
		},
		title: m.overview,
		legend: []
	};
}

/** The words around a default view: title, period, legend with resolved colours, source line. */
function figureText(
	title: string,
	legend: ChartLegendEntry[],
	data: DashboardData,
	view: View,
	built: string,
	articleCount: number,
	note?: string
): FigureText {
	const colours = classColours(chartCss('light'));
	const outlets = data.outlets.length;
	const day = built.slice(0, 10);
	return {
		title,
		subtitle:
			`${formatRange(view.from, view.to, LANG)} · all events, people and outlets` +
			(note ? ` · ${note}` : ''),
		legend: legend.map((e) => ({
			label: e.label,
			shape: e.shape,
			detail: e.detail,
			color: colours[e.cls]?.fill ?? colours[e.cls]?.stroke ?? '#6b7280',
			stroke: colours[e.cls]?.stroke
		})),
		source:
			`Source: ${m.nArticles(articleCount)} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}` +
			(/^\d{4}-\d{2}-\d{2}$/.test(day) ? ` · dataset built ${formatDayLong(day, LANG)}` : ''),
		lang: LANG
	};
}

export interface DefaultFigure {
	svg: string;
	width: number;
	height: number;
	fonts: { regular: number; bold: number };
}

const figures = new Map<ExportChart, Promise<DefaultFigure>>();

/** The standalone SVG of a chart's default view (built once per process). */
export function defaultFigure(chart: ExportChart): Promise<DefaultFigure> {
	let figure = figures.get(chart);
	if (!figure) {
		figure = (async () => {
			const ds = await dashboardDataset();
			// marks only: the images draw no tooltips, so no sources are needed
			const data: DashboardData = { ...dashboardSummary(ds), details: () => undefined };
			const view = defaultView(data.extent);
			const r = chartRender(chart, data, view);
			const { body } = render(r.component, { props: r.props });
			const prepared = sanitiseSvgMarkup(body, chartCss('light'));
			const words = figureText(
				r.title,
				r.legend,
				data,
				view,
				ds.corpus.built,
				ds.corpus.articles,
				r.note
			);
			return buildFigureSvg(prepared, words, EXPORT_THEMES.light);
		})();
		figures.set(chart, figure);
	}
	return figure;
}

/** The PNG of a chart's default view at 2×. */
export async function defaultFigurePng(chart: ExportChart): Promise<Uint8Array> {
	const { svg } = await defaultFigure(chart);
	return rasteriseSvgServer(svg, EXPORT_PNG_SCALE, EXPORT_THEMES.light.background);
}
