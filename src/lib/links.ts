import type { Evidence } from './types';

/**
 * The reading-view link for a piece of evidence: the paragraph is the anchor, the sentence's
 * offsets ride in `s` so the page can highlight exactly the quote.
 * @example evidenceHref({article: '004_9f', paragraph: 6, start: 12, end: 40, ...}) // '/articles/004_9f?s=12-40#p-6'
 */
export function evidenceHref(e: Pick<Evidence, 'article' | 'paragraph' | 'start' | 'end'>): string {
	return `/articles/${e.article}?s=${e.start}-${e.end}#p-${e.paragraph}`;
}

/** Read `?s=12-40#p-6` back: the paragraph index and the character range to highlight. */
export function parseEvidenceTarget(
	url: URL
): { paragraph: number; start?: number; end?: number } | null {
	const m = /^#p-(\d+)$/.exec(url.hash);
	if (!m) return null;
	const paragraph = Number(m[1]);
	const range = /^(\d+)-(\d+)$/.exec(url.searchParams.get('s') ?? '');
	if (!range) return { paragraph };
	return { paragraph, start: Number(range[1]), end: Number(range[2]) };
}

/** Where the dashboard keeps its last query string, so pages can link back to the same view. */
export const DASHBOARD_VIEW_KEY = 'dashboard-view';
