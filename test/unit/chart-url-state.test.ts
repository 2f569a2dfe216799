import { describe, expect, it } from 'vitest';
import { defaultView, isDay, parseView, serializeView, toSearch } from '../../src/lib/charts/view';

const extent = { from: '2022-03-01', to: '2022-04-30' };
const parse = (q: string) => parseView(new URLSearchParams(q), extent);

describe('URL view state', () => {
	it('defaults to the whole extent and no filters', () => {
		expect(parse('')).toEqual(defaultView(extent));
		expect(toSearch(serializeView(defaultView(extent), extent))).toBe('');
	});
	it('reads a period', () => {
		const v = parse('from=2022-03-10&to=2022-03-31');
		expect([v.from, v.to]).toEqual(['2022-03-10', '2022-03-31']);
	});
	it.each([
		['from=2022-03-31&to=2022-03-10', '2022-03-10', '2022-03-31'], // reversed
		['from=2021-01-01&to=2030-01-01', '2022-03-01', '2022-04-30'], // clamped
		['from=2022-02-30&to=nope', '2022-03-01', '2022-04-30'], // invalid
		['from=2022-04-10', '2022-04-10', '2022-04-30'] // open end
	])('repairs %s', (q, from, to) => {
		const v = parse(q);
		expect([v.from, v.to]).toEqual([from, to]);
	});
	it('round-trips every field', () => {
		const v = {
			...defaultView(extent),
			from: '2022-03-10',
			to: '2022-03-31',
			kinds: ['video-conference', 'field-inspection'] as const,
			people: ['景俊海', '韩俊'],
			outlets: ['新浪财经'],
			q: '长春 视频',
			region: '长春市',
			referenced: true,
			allPeople: true,
			tables: ['meetings']
		};
		const view = { ...v, kinds: [...v.kinds] };
		const search = serializeView(view, extent, 'zh');
		const back = parseView(search, extent);
		expect(back).toEqual({
			...view,
			kinds: ['field-inspection', 'video-conference'].reverse().sort() as typeof view.kinds,
			people: [...view.people].sort()
		});
		expect(search.get('lang')).toBe('zh');
	});
	it('writes equal views as equal URLs (sorted lists) and drops unknown kinds', () => {
		const a = serializeView(
			{ ...defaultView(extent), kinds: ['other', 'meeting'] },
			extent
		).toString();
		const b = serializeView(
			{ ...defaultView(extent), kinds: ['meeting', 'other'] },
			extent
		).toString();
		expect(a).toBe(b);
		expect(parse('kinds=meeting,banquet').kinds).toEqual(['meeting']);
	});
	it('checks calendar days', () => {
		expect(isDay('2022-02-28')).toBe(true);
		expect(isDay('2022-02-29')).toBe(false);
		expect(isDay('2022-3-1')).toBe(false);
	});
});
