import { siteFontCharacters } from '$lib/export/site-font.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The characters in /export/fonts/<weight>.ttf, so the browser knows when it needs the full font. */
export const GET: RequestHandler = async () =>
	new Response(await siteFontCharacters(), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
