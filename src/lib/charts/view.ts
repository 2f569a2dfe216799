/**
 * The dashboard view: period, filters and display options, kept in the URL so that a shared link,
 * back and forward restore it. Only values that differ from the defaults are written.
 *
 * @example `?from=2022-03-10&to=2022-03-31&kinds=video-conference&lang=zh`
 */
import type { EventKind } from '$lib/types';
import type { Lang } from '$lib/i18n';

export const EVENT_KINDS: EventKind[] = [
	'video-conference',
	'field-inspection',
	'onsite-office',
	'meeting',
	'other'
];

export const DEFAULT_REGION = '吉林省';
export const DEFAULT_TOP = 15;

export interface View {
	/** First day shown, `YYYY-MM-DD`. */
	from: string;
	/** Last day shown (inclusive). */
	to: string;
	/** Event kinds shown; empty = all. */
	kinds: EventKind[];
	/** Person names; empty = everyone. */
	people: string[];
	/** Outlets; empty = all. */
	outlets: string[];
	/** Text search over titles and quotes. */
	q: string;
	/** Region of the case chart. */
	region: string;
	/** Whether `referenced` appearances are shown. */
	referenced: boolean;
	/** Show every person in the matrix instead of the top 15. */
	allPeople: boolean;
	/** Charts shown as tables (`meetings`, `cases`, `appearances`, `overview`). */
	tables: string[];
}

/** The full extent of the data; the view's default period. */
export interface Extent {
	from: string;
	to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day in `YYYY-MM-DD` form. */
export function isDay(s: string | null | undefined): s is string {
	if (!s || !DAY.test(s)) return false;
	const [y, m, d] = s.split('-').map(Number);
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function list(p: URLSearchParams, key: string): string[] {
	return p
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

/** The default view over an extent. */
export function defaultView(extent: Extent): View {
	return {
		from: extent.from,
		to: extent.to,
		kinds: [],
		people: [],
		outlets: [],
		q: '',
		region: DEFAULT_REGION,
		referenced: false,
		allPeople: false,
		tables: []
	};
}

/**
 * Read a view from URL parameters, clamping the period to the extent and ignoring what is invalid
 * (a reversed period is swapped, an unknown kind dropped).
 */
export function parseView(params: URLSearchParams, extent: Extent): View {
	const v = defaultView(extent);
	let from = params.get('from');
	let to = params.get('to');
	if (isDay(from) && isDay(to) && from > to) [from, to] = [to, from];
	if (isDay(from)) v.from = from < extent.from ? extent.from : from > extent.to ? extent.to : from;
	if (isDay(to)) v.to = to > extent.to ? extent.to : to < extent.from ? extent.from : to;
	if (v.from > v.to) v.to = v.from;
	v.kinds = list(params, 'kinds').filter((k): k is EventKind =>
		(EVENT_KINDS as string[]).includes(k)
	);
	v.people = list(params, 'people');
	v.outlets = list(params, 'outlets');
	v.q = (params.get('q') ?? '').trim();
	const region = params.get('region');
	if (region) v.region = region;
	v.referenced = params.get('referenced') === '1';
	v.allPeople = params.get('all') === '1';
	v.tables = list(params, 'tables');
	return v;
}

/**
 * Write a view (and the language, when given) as URL parameters, leaving out defaults, in a fixed
 * order so equal views give equal URLs.
 */
export function serializeView(view: View, extent: Extent, lang?: Lang | null): URLSearchParams {
	const p = new URLSearchParams();
	if (view.from !== extent.from || view.to !== extent.to) {
		p.set('from', view.from);
		p.set('to', view.to);
	}
	if (view.kinds.length) p.set('kinds', [...view.kinds].sort().join(','));
	if (view.people.length) p.set('people', [...view.people].sort().join(','));
	if (view.outlets.length) p.set('outlets', [...view.outlets].sort().join(','));
	if (view.q) p.set('q', view.q);
	if (view.region !== DEFAULT_REGION) p.set('region', view.region);
	if (view.referenced) p.set('referenced', '1');
	if (view.allPeople) p.set('all', '1');
	if (view.tables.length) p.set('tables', [...view.tables].sort().join(','));
	if (lang) p.set('lang', lang);
	return p;
}

/** `?a=1` or `` for an empty parameter list. */
export function toSearch(p: URLSearchParams): string {
	const s = p.toString();
	return s ? `?${s}` : '';
}
