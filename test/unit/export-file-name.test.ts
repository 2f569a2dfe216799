import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '../../src/lib/export/file-name';

describe('exportFileName', () => {
	it.each([
		['meetings', '2022-03-01', '2022-04-30', 'png', 'jilin-meetings_2022-03-01_2022-04-30.png'],
		['cases', '2022-03-10', '2022-03-31', 'csv', 'jilin-cases_2022-03-10_2022-03-31.csv'],
		[
			'Appearances',
			'2022-04-01',
			'2022-04-01',
			'json',
			'jilin-appearances_2022-04-01_2022-04-01.json'
		],
		[
			'Meetings per day',
			'2022-03-01',
			'2022-04-30',
			'svg',
			'jilin-meetings-per-day_2022-03-01_2022-04-30.svg'
		],
		['overview', 'bad', '2022-04-30', 'svg', 'jilin-overview_all_2022-04-30.svg']
	] as const)('%s %s..%s %s → %s', (chart, from, to, ext, expected) => {
		expect(exportFileName(chart, { from, to }, ext)).toBe(expected);
	});
});

describe('slugify', () => {
	it.each([
		['会议', 'chart'],
		['  Case  counts! ', 'case-counts'],
		['Café', 'cafe']
	])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
