/** What kind of extracted item a stretch of text belongs to; each has its own style in the reading view. */
export type MarkKind = 'event' | 'cases' | 'person' | 'date' | 'target';

export interface Mark {
	start: number;
	end: number;
	kind: MarkKind;
	/** Accessible label, e.g. "Video conference, 12 March 2022". */
	label?: string;
}

export interface Segment {
	text: string;
	kinds: MarkKind[];
	labels: string[];
}

/**
 * Cut a paragraph into segments where marks begin and end, so overlapping marks
 * (a person inside a meeting sentence) are both kept.
 * @example segments('景俊海主持', [{start: 0, end: 3, kind: 'person'}]) // [{景俊海,[person]},{主持,[]}]
 */
export function segments(text: string, marks: Mark[]): Segment[] {
	const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
	const cuts = new Set<number>([0, text.length]);
	for (const m of valid) cuts.add(m.start).add(m.end);
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		const covering = valid.filter((m) => m.start <= start && m.end >= end);
		out.push({
			text: text.slice(start, end),
			kinds: [...new Set(covering.map((m) => m.kind))],
			labels: covering.map((m) => m.label).filter((l): l is string => !!l)
		});
	}
	return out;
}

/** Every occurrence of each name in a text, as person marks. */
export function nameMarks(text: string, names: string[]): Mark[] {
	const marks: Mark[] = [];
	for (const name of names) {
		if (!name) continue;
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
			marks.push({ start: at, end: at + name.length, kind: 'person', label: name });
		}
	}
	return marks;
}
