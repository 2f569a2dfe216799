/**
 * Lane layout for the meetings chart: one lane per event kind; inside a lane, events that would
 * overlap (same day, or overlapping spans) go to separate rows, first fit in time order.
 */
import type { EventKind } from '$lib/types';
import { EVENT_KINDS } from './view';

export interface LaneInput {
	id: string;
	kind: EventKind;
	date: string;
	end: string;
}

export interface Lane {
	kind: EventKind;
	/** First row of this lane in the chart (rows stack down the chart). */
	row: number;
	rows: number;
}

export interface LaneLayout {
	lanes: Lane[];
	/** Event id → absolute row. */
	rowOf: Map<string, number>;
	totalRows: number;
}

/**
 * Assign rows. Every kind keeps a lane (with one row) even when empty, so the chart's shape does
 * not jump while brushing; pass `kinds` to show only some.
 * @example layoutLanes([{id:'a',kind:'meeting',date:'2022-03-02',end:'2022-03-09'}, {id:'b',kind:'meeting',date:'2022-03-05',end:'2022-03-05'}])
 *   // a → row 3, b → row 4 (meeting is the 4th lane; b overlaps a so it gets a second row)
 */
export function layoutLanes(items: LaneInput[], kinds: EventKind[] = EVENT_KINDS): LaneLayout {
	const lanes: Lane[] = [];
	const rowOf = new Map<string, number>();
	let row = 0;
	for (const kind of kinds) {
		const inLane = items
			.filter((i) => i.kind === kind)
			.sort(
				(a, b) =>
					a.date.localeCompare(b.date) || b.end.localeCompare(a.end) || a.id.localeCompare(b.id)
			);
		/** Last day used in each sub-row. */
		const ends: string[] = [];
		for (const item of inLane) {
			let r = ends.findIndex((end) => end < item.date);
			if (r < 0) {
				r = ends.length;
				ends.push(item.end);
			} else ends[r] = item.end;
			rowOf.set(item.id, row + r);
		}
		const rows = Math.max(1, ends.length);
		lanes.push({ kind, row, rows });
		row += rows;
	}
	return { lanes, rowOf, totalRows: row };
}
