import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/sample-dataset.json';
import type { Dataset } from '../../src/lib/types';
import { dashboardData } from '../../src/lib/charts/dashboard-data';
import {
	appearanceItems,
	appearanceMatrix,
	caseItems,
	caseRegions,
	meetingItems,
	overviewItems,
	roleMatrix
} from '../../src/lib/charts/items';
import type { Appearance, TimelineEvent } from '../../src/lib/types';
import { defaultView } from '../../src/lib/charts/view';
import { appearanceLabel, meetingLabel } from '../../src/lib/charts/labels';
import { dashboardSummary, dayDetails } from '../../src/lib/charts/dashboard-data';
import { detailDaysFor } from '../../src/lib/charts/items';

const dataset = fixture as Dataset;
const data = dashboardData(dataset);
const all = defaultView(data.extent);

describe('chart items', () => {
	it('spans March and April 2022', () => {
		expect(data.extent).toEqual({ from: '2022-03-01', to: '2022-04-30' });
	});
	it('lists the seven seed events in time order with their sources', () => {
		const items = meetingItems(data, all);
		expect(items.map((e) => e.date)).toEqual([
			'2022-03-01',
			'2022-03-02',
			'2022-03-10',
			'2022-03-12',
			'2022-03-28',
			'2022-04-02',
			'2022-04-15'
		]);
		const daily = items[1];
		expect([daily.end, daily.recurrence]).toEqual(['2022-03-09', 'daily']);
		expect(items[0].sources[0].href).toMatch(/^\/articles\/004_9fb7a7a73761d91c\?s=\d+-\d+#p-\d+$/);
		expect(items[0].sources[0].outlet).toBe('新浪财经');
	});
	it('keeps a multi-day event that overlaps the period', () => {
		const v = { ...all, from: '2022-03-05', to: '2022-03-06' };
		expect(meetingItems(data, v).map((e) => e.end)).toEqual(['2022-03-09']);
	});
	it('filters by kind, person, outlet and text', () => {
		expect(meetingItems(data, { ...all, kinds: ['field-inspection'] })).toHaveLength(1);
		expect(meetingItems(data, { ...all, people: ['韩俊'] }).map((e) => e.kind)).toEqual(['other']);
		expect(meetingItems(data, { ...all, outlets: ['观察者网'] }).map((e) => e.date)).toEqual([
			'2022-03-12'
		]);
		expect(meetingItems(data, { ...all, q: '长春新区' }).map((e) => e.kind)).toEqual([
			'onsite-office'
		]);
	});
	it('searches meetings by the names and pinyin of chair and participants, and by place', () => {
		const n = meetingItems(data, all).length;
		expect(meetingItems(data, { ...all, q: 'Jing Junhai' })).toHaveLength(n);
		expect(meetingItems(data, { ...all, q: 'jingjunhai' })).toHaveLength(n);
		expect(meetingItems(data, { ...all, q: 'Han Jun' }).map((e) => e.kind)).toEqual(['other']);
		expect(meetingItems(data, { ...all, q: '韩俊' }).map((e) => e.kind)).toEqual(['other']);
		expect(meetingItems(data, { ...all, q: '吉林市' }).map((e) => e.date)).toContain('2022-03-12');
		expect(meetingItems(data, { ...all, q: 'no such words' })).toHaveLength(0);
	});
	it('names a mark for screen readers', () => {
		const item = meetingItems(data, all).find((e) => e.date === '2022-03-12')!;
		expect(meetingLabel(item, 'en', () => 'Jing Junhai')).toBe(
			'Video conference, 12 March 2022, evening, chaired by 景俊海 Jing Junhai, 吉林市'
		);
		expect(meetingLabel(item, 'zh', () => 'Jing Junhai')).toContain('2022年3月12日');
	});
	it('gives the province first and flags conflicting full-day figures', () => {
		expect(caseRegions(data)[0]).toBe('吉林省');
		const province = caseItems(data, all);
		expect(province.find((c) => c.date === '2022-03-09')).toMatchObject({
			confirmed: 165,
			asymptomatic: 179,
			conflict: false
		});
		expect(province.filter((c) => c.date === '2022-03-10').every((c) => c.conflict)).toBe(true);
		const hunchun = caseItems(data, { ...all, region: '珲春市' });
		expect(hunchun).toHaveLength(1);
		expect(hunchun[0]).toMatchObject({ window: '0—6时', asymptomatic: null });
	});
	it('builds the matrix: rows by count, referenced hidden unless asked, top 15', () => {
		const m = appearanceMatrix(data, all);
		expect(m.rows[0].name).toBe('景俊海');
		expect(m.rows).toHaveLength(15);
		expect(m.items.some((c) => c.roles.includes('referenced'))).toBe(false);
		const withRef = appearanceMatrix(data, { ...all, referenced: true, allPeople: true });
		expect(withRef.rows.some((r) => r.name === '习近平')).toBe(true);
		expect(withRef.rows.length).toBe(withRef.totalRows);
		expect(appearanceItems(data, all)).toEqual(m.items);
	});
	it('gives the chair of a daily meeting a cell on every day it ran, linking to one sentence', () => {
		const daily = dataset.events.find((e) => e.recurrence === 'daily')!;
		const withDaily = dashboardData({
			...dataset,
			appearances: [
				...dataset.appearances,
				{
					person: '景俊海',
					article: daily.sources[0].article,
					date: daily.date,
					role: 'chair' as const,
					event: daily.id,
					evidence: daily.sources[0]
				}
			]
		});
		const jing = appearanceMatrix(withDaily, all).items.filter(
			(c) => c.person === '景俊海' && c.recurrence === 'daily'
		);
		expect(jing.map((c) => c.date)).toEqual([
			'2022-03-02',
			'2022-03-03',
			'2022-03-04',
			'2022-03-05',
			'2022-03-06',
			'2022-03-07',
			'2022-03-08',
			'2022-03-09'
		]);
		expect(new Set(jing.map((c) => c.sources[0].href)).size).toBe(1);
		expect(appearanceLabel(jing[3], 'en')).toContain('daily, 2–9 March');
		expect(appearanceLabel(jing[3], 'zh')).toContain('3月2日至9日每天');
		// a narrower period keeps only the days inside it; CSV rows equal marks
		const week = { ...all, from: '2022-03-05', to: '2022-03-06' };
		expect(appearanceItems(withDaily, week).filter((c) => c.person === '景俊海')).toHaveLength(2);
	});
	it('counts articles per day over the whole extent', () => {
		const o = overviewItems(data, all);
		expect(o).toHaveLength(61);
		expect(o.reduce((s, d) => s + d.count, 0)).toBe(5);
	});
	it('puts a daily meeting on every day of the person page strip', () => {
		const daily = dataset.events.find((e) => e.recurrence === 'daily')!;
		const evidence = daily.sources[0];
		const chair: Appearance = {
			person: '景俊海',
			role: 'chair',
			date: daily.date,
			article: evidence.article,
			evidence,
			event: daily.id
		} as Appearance;
		const speaker = {
			...chair,
			role: 'speaker',
			date: '2022-03-20',
			event: undefined
		} as Appearance;
		const events: TimelineEvent[] = dataset.events;
		const { rows, items } = roleMatrix([chair, speaker], events, (r) => r);
		expect(rows.map((r) => [r.name, r.count])).toEqual([
			['chair', 8],
			['speaker', 1]
		]);
		const chairDays = items.filter((i) => i.role === 'chair').map((i) => i.date);
		expect(chairDays[0]).toBe('2022-03-02');
		expect(chairDays.at(-1)).toBe('2022-03-09');
		expect(items.find((i) => i.date === '2022-03-05')).toMatchObject({
			recurrence: 'daily',
			recurrenceFrom: '2022-03-02',
			recurrenceTo: '2022-03-09'
		});
	});
});

describe('the dashboard before its day details load', () => {
	// the summary alone: what the page draws on first view
	const summary = { ...dashboardSummary(dataset), details: () => undefined };
	const all = defaultView(summary.extent);

	it('has every mark, each with its link and number of sources, and no quotes', () => {
		const full = meetingItems(data, all);
		const bare = meetingItems(summary, all);
		expect(bare.map((e) => e.id)).toEqual(full.map((e) => e.id));
		for (const [i, e] of bare.entries()) {
			expect(e.sources).toEqual([]);
			expect(e.href).toBe(full[i].sources[0].href);
			expect(e.sourceCount).toBe(full[i].sources.length);
		}
		const cells = appearanceMatrix(summary, all);
		const fullCells = appearanceMatrix(data, all);
		expect(cells.rows).toEqual(fullCells.rows);
		expect(cells.items.map((c) => [c.person, c.date, c.href, c.sourceCount])).toEqual(
			fullCells.items.map((c) => [c.person, c.date, c.sources[0].href, c.sources.length])
		);
		expect(caseItems(summary, all).map((c) => c.id)).toEqual(caseItems(data, all).map((c) => c.id));
		expect(overviewItems(summary, all)).toEqual(overviewItems(data, all));
	});

	it('carries no article text, titles or quotes', () => {
		const text = JSON.stringify(dashboardSummary(dataset));
		for (const a of dataset.articles) {
			expect(text).not.toContain(a.title);
			for (const p of a.paragraphs) if (p.text.length > 12) expect(text).not.toContain(p.text);
		}
		for (const e of dataset.events) for (const s of e.sources) expect(text).not.toContain(s.quote);
	});

	it('names the days whose details a view needs, and a day file holds their sources', () => {
		const march = { ...all, from: '2022-03-05', to: '2022-03-06' };
		const days = detailDaysFor(summary, march);
		// the daily meeting that runs into the period started on 2 March
		expect(days).toContain('2022-03-02');
		expect(days.every((d) => d === '2022-03-02' || (d >= '2022-03-05' && d <= '2022-03-06'))).toBe(
			true
		);
		const daily = dataset.events.find((e) => e.recurrence === 'daily')!;
		expect(dayDetails(dataset, daily.date).events[daily.id].map((s) => s.quote)).toEqual(
			daily.sources.map((s) => s.quote)
		);
		// a text search needs every day (the overview searches all titles)
		expect(detailDaysFor(summary, { ...all, q: 'x' })).toEqual(summary.detailDays);
	});
});
