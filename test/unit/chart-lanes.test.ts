import { describe, expect, it } from 'vitest';
import { layoutLanes } from '../../src/lib/charts/lanes';

const ev = (
	id: string,
	kind: 'video-conference' | 'meeting' | 'other',
	date: string,
	end = date
) => ({
	id,
	kind,
	date,
	end
});

describe('layoutLanes', () => {
	it('keeps one row per kind, in the fixed kind order, even when empty', () => {
		const l = layoutLanes([]);
		expect(l.lanes.map((x) => x.kind)).toEqual([
			'video-conference',
			'field-inspection',
			'onsite-office',
			'meeting',
			'other'
		]);
		expect(l.totalRows).toBe(5);
	});
	it('stacks overlapping events of a kind into extra rows', () => {
		const l = layoutLanes([
			ev('daily', 'video-conference', '2022-03-02', '2022-03-09'),
			ev('a', 'video-conference', '2022-03-05'),
			ev('b', 'video-conference', '2022-03-10'),
			ev('c', 'video-conference', '2022-03-10')
		]);
		expect(l.rowOf.get('daily')).toBe(0);
		expect(l.rowOf.get('a')).toBe(1);
		expect(l.rowOf.get('b')).toBe(0);
		expect(l.rowOf.get('c')).toBe(1);
		expect(l.lanes[0]).toEqual({ kind: 'video-conference', row: 0, rows: 2 });
		expect(l.lanes[1].row).toBe(2);
		expect(l.totalRows).toBe(6);
	});
	it('puts an event that starts the day after another ends on the same row', () => {
		const l = layoutLanes([
			ev('x', 'meeting', '2022-03-02', '2022-03-09'),
			ev('y', 'meeting', '2022-03-10')
		]);
		expect(l.rowOf.get('x')).toBe(l.rowOf.get('y'));
	});
	it('lays out only the kinds asked for', () => {
		const l = layoutLanes([ev('o', 'other', '2022-03-01')], ['other']);
		expect(l.lanes).toEqual([{ kind: 'other', row: 0, rows: 1 }]);
		expect(l.rowOf.get('o')).toBe(0);
	});
});
