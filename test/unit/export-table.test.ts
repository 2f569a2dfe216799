import { describe, expect, it } from 'vitest';
import {
	csvCell,
	indexArticles,
	itemFields,
	itemsToCsv,
	itemsToJson,
	sourceLink
} from '../../src/lib/export/table-export';

const articles = indexArticles([
	{
		id: 'a1',
		title: '吉林省召开疫情防控会议',
		outlet: '吉林日报',
		day: '2022-03-12',
		link: 'https://news.example.org/a1.html'
	},
	{ id: 'a2', title: 'Title, with "quotes"', outlet: '新华网', day: '2022-03-13' }
]);

const items = [
	{
		id: 'e1',
		date: '2022-03-12',
		kind: 'video-conference',
		chair: '景俊海',
		participants: ['韩俊', '吴靖平'],
		sources: [
			{ article: 'a1', paragraph: 2, quote: '景俊海主持召开视频调度会议', start: 0, end: 13 }
		]
	},
	{
		id: 'e2',
		date: '2022-03-13',
		kind: 'meeting',
		confirmed: null,
		sources: [
			{ article: 'a1', paragraph: 0, quote: '第一句' },
			{ article: 'a2', paragraph: 4, quote: '=SUM(A1)' }
		]
	}
];

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=1+1', "'=1+1"],
		['-x', "'-x"],
		['@cmd', "'@cmd"],
		// The standard payload: a minus and a digit still run as a formula.
		["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
		['-3', "'-3"],
		['+1', "'+1"],
		['\tcmd', "'\tcmd"],
		['\r=1', `"'\r=1"`],
		['＝1+1', "'＝1+1"],
		['＋1', "'＋1"],
		['－1', "'－1"],
		['＠cmd', "'＠cmd"],
		['a=1', 'a=1'],
		[-3, '-3'],
		[null, ''],
		[true, 'true']
	] as const)('%j → %j', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('sourceLink', () => {
	it('links the paragraph, with the quote offsets when known', () => {
		expect(sourceLink({ article: 'a1', paragraph: 3, quote: 'x' })).toBe('/articles/a1#p-3');
		expect(sourceLink({ article: 'a1', paragraph: 3, quote: 'x', start: 2, end: 5 })).toBe(
			'/articles/a1?s=2-5#p-3'
		);
		expect(sourceLink({ article: 'a1', paragraph: 3, quote: 'x', href: '/given' })).toBe('/given');
	});
});

describe('itemFields', () => {
	it('keeps primitives, joins string arrays, drops provenance and objects', () => {
		expect(itemFields({ a: 1, b: ['x', 'y'], c: { d: 1 }, sources: [], e: undefined })).toEqual({
			a: 1,
			b: 'x; y'
		});
	});
});

describe('itemsToCsv', () => {
	const csv = itemsToCsv(items, articles);
	it('starts with a BOM and uses CRLF rows, one per item', () => {
		expect(csv.startsWith('\uFEFFid,date,kind,chair,participants,')).toBe(true);
		const rows = csv.slice(1).trimEnd().split(/\r\n/);
		expect(rows).toHaveLength(3);
	});
	it('writes every source with title, outlet, date, quote and link', () => {
		expect(csv).toContain('吉林省召开疫情防控会议');
		expect(csv).toContain('/articles/a1?s=0-13#p-2');
		expect(csv).toContain('"第一句\n=SUM(A1)"');
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFFid,date,kind,chair,participants,confirmed,source_count,source_titles,source_outlets,source_dates,source_quotes,source_links,source_originals'
		);
		expect(csv).toContain('"吉林省召开疫情防控会议\nTitle, with ""quotes"""');
	});
	it("carries each source's original address, empty where the corpus gave none", () => {
		const rows = csv
			.slice(1)
			.trimEnd()
			.split(/\r\n(?=e\d)/);
		expect(rows[1].endsWith(',https://news.example.org/a1.html')).toBe(true);
		expect(rows[2].endsWith('"https://news.example.org/a1.html\n"')).toBe(true);
	});
	it('writes a header for an empty view', () => {
		expect(itemsToCsv([], articles)).toBe(
			'\uFEFFsource_count,source_titles,source_outlets,source_dates,source_quotes,source_links,source_originals\r\n'
		);
	});
});

describe('itemsToJson', () => {
	it('holds the view context and every item with resolved sources', () => {
		const json = JSON.parse(
			itemsToJson(items, articles, {
				chart: 'meetings',
				title: 'Meetings',
				subtitle: '12–13 March 2022',
				range: { from: '2022-03-12', to: '2022-03-13' },
				lang: 'en',
				built: '2022-05-01T00:00:00.000Z',
				articles: 2,
				outlets: 2
			})
		);
		expect(json.count).toBe(2);
		expect(json.items[0]).toMatchObject({ id: 'e1', participants: '韩俊; 吴靖平' });
		expect(json.items[0].sources[0].original).toBe('https://news.example.org/a1.html');
		expect(json.items[1].sources[1]).toEqual({
			article: 'a2',
			title: 'Title, with "quotes"',
			outlet: '新华网',
			date: '2022-03-13',
			quote: '=SUM(A1)',
			link: '/articles/a2#p-4'
		});
	});
});
