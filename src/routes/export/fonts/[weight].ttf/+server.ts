import { error } from '@sveltejs/kit';
import { siteFont } from '$lib/export/site-font.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ weight: '400' }, { weight: '700' }];

/** Noto Sans SC (400 or 700) cut down to the characters the site can draw; see site-font.server.ts. */
export const GET: RequestHandler = async ({ params }) => {
	if (params.weight !== '400' && params.weight !== '700') error(404, 'Weights: 400, 700');
	const font = await siteFont(params.weight === '700' ? 700 : 400);
	return new Response(font as unknown as BodyInit, { headers: { 'content-type': 'font/ttf' } });
};
