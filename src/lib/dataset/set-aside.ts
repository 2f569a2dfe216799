/**
 * What the build set aside as other regions' items, counted by region for the build report.
 * Pure: the dataset in, rows out.
 */
import { provinceOf } from '../extract/regions';
import type { Dataset } from '../types';

export interface SetAsideRow {
	/** A province, `全国`, or `(none)` for items the text ties to no region. */
	region: string;
	events: number;
	caseReports: number;
	cumulativeReports: number;
	appearances: number;
}

/** The label items without a region are counted under. */
export const NO_REGION = '(none)';

/**
 * One row per region with the number of set-aside items of each kind, most items first. Case
 * reports count under their province (`长春市` under 吉林省); appearances under their event's region,
 * else their article's.
 */
export function setAsideByRegion(dataset: Pick<Dataset, 'setAside' | 'articles'>): SetAsideRow[] {
	const rows = new Map<string, SetAsideRow>();
	const row = (region: string | undefined) => {
		const key = region || NO_REGION;
		let r = rows.get(key);
		if (!r) {
			r = { region: key, events: 0, caseReports: 0, cumulativeReports: 0, appearances: 0 };
			rows.set(key, r);
		}
		return r;
	};
	const { events, caseReports, cumulativeReports, appearances } = dataset.setAside;
	const eventRegion = new Map(events.map((e) => [e.id, e.region]));
	const articleRegion = new Map(dataset.articles.map((a) => [a.id, a.region]));
	for (const e of events) row(e.region).events++;
	for (const c of caseReports) row(provinceOf(c.region) ?? c.region).caseReports++;
	for (const c of cumulativeReports) row(provinceOf(c.region) ?? c.region).cumulativeReports++;
	for (const a of appearances) {
		const region = (a.event ? eventRegion.get(a.event) : undefined) ?? articleRegion.get(a.article);
		row(region).appearances++;
	}
	const total = (r: SetAsideRow) => r.events + r.caseReports + r.cumulativeReports + r.appearances;
	return [...rows.values()].sort((a, b) => total(b) - total(a) || a.region.localeCompare(b.region));
}
