/**
 * The maps built once per dataset give what a scan of the whole dataset gives (the scans the
 * pages used to run per page), on the hand-made fixture and on generated articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/sample-dataset.json';
import { generateArticles, type RosterEntry } from '../../scripts/corpus-generator';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { indexDataset, itemsAbout } from '../../src/lib/dataset/dataset-index';
import type { Dataset } from '../../src/lib/types';

const roster = JSON.parse(readFileSync('data/roster.json', 'utf8')) as RosterEntry[];
const generated = buildDataset(
	'gen',
	[...generateArticles(150, roster, 11)].map((g) => ({ file: g.name, bytes: g.text })),
	[],
	new Date(0)
);

describe.each([
	['fixture', fixture as Dataset],
	['generated', generated]
])('indexDataset (%s)', (_, ds) => {
	const index = indexDataset(ds);
	const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

	it('finds an article by id, and what cites it', () => {
		for (const [i, a] of ds.articles.entries()) {
			expect(index.articleAt.get(a.id)).toBe(i);
			const about = itemsAbout(index.byArticle, a.id);
			expect(ids(about.events)).toEqual(
				ids(ds.events.filter((e) => e.sources.some((s) => s.article === a.id)))
			);
			expect(ids(about.caseReports)).toEqual(
				ids(ds.caseReports.filter((c) => c.sources.some((s) => s.article === a.id)))
			);
			expect(about.appearances).toEqual(ds.appearances.filter((x) => x.article === a.id));
		}
	});

	it('gives a day its events (multi-day ones too), counts, appearances and articles', () => {
		for (const day of new Set([
			...ds.articles.map((a) => a.day),
			...ds.events.map((e) => e.date)
		])) {
			const here = index.byDay.get(day)!;
			expect(ids(here.events)).toEqual(
				ids(ds.events.filter((e) => e.date <= day && (e.dateEnd ?? e.date) >= day))
			);
			expect(here.caseReports).toEqual(ds.caseReports.filter((c) => c.date === day));
			expect(here.appearances).toEqual(ds.appearances.filter((a) => a.date === day));
			expect(ids(here.articles)).toEqual(ids(ds.articles.filter((a) => a.day === day)));
		}
	});

	it('gives a person their appearances and the events they chaired, attended or appear in', () => {
		for (const p of ds.people) {
			const about = itemsAbout(index.byPerson, p.name);
			const mine = ds.appearances.filter((a) => a.person === p.name);
			expect(about.appearances).toEqual(mine);
			const linked = new Set(mine.map((a) => a.event).filter(Boolean));
			expect(ids(about.events)).toEqual(
				ids(
					ds.events.filter(
						(e) => e.chair === p.name || e.participants.includes(p.name) || linked.has(e.id)
					)
				)
			);
		}
	});

	it('lists people in dataset order, and only people', () => {
		const names = ds.people.map((p) => p.name).reverse();
		expect(index.peopleNamed([...names, 'nobody']).map((p) => p.name)).toEqual(
			ds.people.map((p) => p.name)
		);
	});
});
