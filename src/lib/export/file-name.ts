/**
 * Names of exported files: the chart's slug and the period shown, so that files saved from
 * different views never overwrite each other and sort by chart, then by date.
 *
 * @example exportFileName('meetings', { from: '2022-03-01', to: '2022-04-30' }, 'png')
 * // → 'jilin-meetings_2022-03-01_2022-04-30.png'
 */

/** The formats a figure can be exported as, by file extension. */
export type ExportExtension = 'png' | 'svg' | 'csv' | 'json';

/** The period of a view, as Beijing calendar days (`YYYY-MM-DD`). */
export interface ExportRange {
	from: string;
	to: string;
}

/** Lower-case ASCII slug: `Meetings per day` → `meetings-per-day`; never empty. */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'chart';
}

/** `jilin-<chart>_<from>_<to>.<ext>`; the chart name is slugified, the days kept as given. */
export function exportFileName(chart: string, range: ExportRange, ext: ExportExtension): string {
	const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : 'all');
	return `jilin-${slugify(chart)}_${day(range.from)}_${day(range.to)}.${ext}`;
}
