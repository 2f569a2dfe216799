import { describe, expect, it } from 'vitest';
import { nextMark, type MarkPoint } from '../../src/lib/chart/roving';
import { casesLegend } from '../../src/lib/charts/legends';

/** Two rows in time order: row 0 at x 10, 50, 90; row 1 at x 30, 80; row 3 at x 60. */
const points: MarkPoint[] = [
	{ row: 0, x: 10 },
	{ row: 1, x: 30 },
	{ row: 0, x: 50 },
	{ row: 3, x: 60 },
	{ row: 1, x: 80 },
	{ row: 0, x: 90 }
];

describe('roving keyboard focus', () => {
	it('moves in time order with Left/Right and to the ends with Home/End', () => {
		expect(nextMark('ArrowRight', points, 0)).toBe(1);
		expect(nextMark('ArrowRight', points, 5)).toBe(5);
		expect(nextMark('ArrowLeft', points, 0)).toBe(0);
		expect(nextMark('ArrowLeft', points, 3)).toBe(2);
		expect(nextMark('Home', points, 3)).toBe(0);
		expect(nextMark('End', points, 0)).toBe(5);
		expect(nextMark('a', points, 0)).toBe(-1);
	});
	it('moves Up/Down to the nearest mark in time in the next row that has marks', () => {
		expect(nextMark('ArrowDown', points, 2)).toBe(1); // x 50 → row 1: 30 (20 away) before 80
		expect(nextMark('ArrowDown', points, 5)).toBe(4); // x 90 → row 1 at 80
		expect(nextMark('ArrowDown', points, 4)).toBe(3); // row 2 is empty: row 3
		expect(nextMark('ArrowUp', points, 3)).toBe(4); // x 60 → row 1: 80 (20) vs 30 (30)
		expect(nextMark('ArrowUp', points, 1)).toBe(0); // x 30 → row 0: 10 and 50 tie, earlier first
		expect(nextMark('ArrowUp', points, 0)).toBe(0); // no row above: stay
		expect(nextMark('ArrowDown', points, 3)).toBe(3);
	});
	it('gives nothing to move to without marks', () => {
		expect(nextMark('ArrowRight', [], 0)).toBe(-1);
	});
});

describe('case chart legend', () => {
	it('explains the dashed rules and the grey band of the meetings in view', () => {
		const oneDay = { date: '2022-03-10', end: '2022-03-10' };
		const daily = { date: '2022-03-02', end: '2022-03-09' };
		const shapes = (events?: { date: string; end: string }[]) =>
			casesLegend('en', events).map((e) => e.shape);
		expect(shapes([oneDay, daily]).slice(-2)).toEqual(['line', 'band']);
		expect(shapes([oneDay])).not.toContain('band');
		expect(shapes([daily])).not.toContain('line');
		expect(casesLegend('en', [daily]).at(-1)?.label).toMatch(/daily/i);
	});
});
