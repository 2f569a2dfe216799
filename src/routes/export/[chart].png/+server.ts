import { error } from '@sveltejs/kit';
import { EXPORT_CHARTS, defaultFigurePng, isExportChart } from '$lib/export/default-views.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EXPORT_CHARTS.map((chart) => ({ chart }));

/** A chart's default view as a PNG at 2×, rasterised with resvg and the same Noto Sans SC. */
export const GET: RequestHandler = async ({ params }) => {
	if (!isExportChart(params.chart)) error(404, `No chart named ${params.chart}`);
	const png = await defaultFigurePng(params.chart);
	return new Response(png as unknown as BodyInit, { headers: { 'content-type': 'image/png' } });
};
