import { error } from '@sveltejs/kit';
import { EXPORT_CHARTS, defaultFigure, isExportChart } from '$lib/export/default-views.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EXPORT_CHARTS.map((chart) => ({ chart }));

/** A chart's default view as a standalone SVG (title, legend, source, embedded font subset). */
export const GET: RequestHandler = async ({ params }) => {
	if (!isExportChart(params.chart)) error(404, `No chart named ${params.chart}`);
	const { svg } = await defaultFigure(params.chart);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
