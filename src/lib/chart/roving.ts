/**
 * Keyboard movement between a chart's marks: one tab stop per chart (the last mark focused, at
 * first the first one). Left/Right move in time order (the marks' DOM order), Up/Down to the
 * nearest mark in time in the row or lane above/below (`data-row`), Home/End to the first/last
 * mark; Enter follows the link natively.
 *
 * The listeners go on the chart's HTML wrapper, not on the `<svg>`: Chromium makes an SVG element
 * with focus listeners focusable, which would add a second tab stop per chart.
 */
const MARK = '.jt-mark';

/** Where a mark sits: its row (lane, series or person) and its horizontal centre (time). */
export interface MarkPoint {
	row: number;
	x: number;
}

/**
 * The index of the mark a key moves to from mark `i`, or -1 when the key does not move focus.
 * `points` are in time order.
 */
export function nextMark(key: string, points: MarkPoint[], i: number): number {
	const n = points.length;
	if (!n || i < 0 || i >= n) return -1;
	if (key === 'Home') return 0;
	if (key === 'End') return n - 1;
	if (key === 'ArrowRight') return Math.min(n - 1, i + 1);
	if (key === 'ArrowLeft') return Math.max(0, i - 1);
	if (key !== 'ArrowUp' && key !== 'ArrowDown') return -1;
	const here = points[i];
	const up = key === 'ArrowUp';
	// the nearest row in that direction that has a mark
	let row: number | null = null;
	for (const p of points)
		if (up ? p.row < here.row : p.row > here.row)
			if (row === null || (up ? p.row > row : p.row < row)) row = p.row;
	if (row === null) return i;
	let best = -1;
	for (let j = 0; j < n; j++) {
		if (points[j].row !== row) continue;
		if (best < 0 || Math.abs(points[j].x - here.x) < Math.abs(points[best].x - here.x)) best = j;
	}
	return best;
}

function marks(root: Element): SVGElement[] {
	return [...root.querySelectorAll<SVGElement>(MARK)];
}

function point(el: SVGElement): MarkPoint {
	const box = el.getBoundingClientRect();
	return { row: Number(el.dataset.row ?? 0) || 0, x: box.left + box.width / 2 };
}

/** Make `el` the chart's only tab stop. */
function setStop(root: Element, el: Element) {
	for (const m of marks(root)) m.setAttribute('tabindex', m === el ? '0' : '-1');
}

/** keydown handler for the element that contains the marks. */
export function rovingKeydown(event: KeyboardEvent) {
	const root = event.currentTarget as Element;
	const current = (event.target as Element).closest<SVGElement>(MARK);
	if (!current) return;
	const all = marks(root);
	const next = nextMark(event.key, all.map(point), all.indexOf(current));
	if (next < 0) return;
	event.preventDefault();
	setStop(root, all[next]);
	all[next].focus();
}

/** focusin handler: whichever mark gets focus becomes the tab stop. */
export function rovingFocusin(event: FocusEvent) {
	const root = event.currentTarget as Element;
	const mark = (event.target as Element).closest(MARK);
	if (mark) setStop(root, mark);
}

/**
 * Attachment for a chart's HTML wrapper: roving keyboard focus over the marks inside it, and
 * `onfocusin` (the overview loads its brush then).
 */
export function roving(onfocusin?: () => void) {
	return (node: HTMLElement) => {
		const focusin = (e: FocusEvent) => {
			rovingFocusin(e);
			onfocusin?.();
		};
		node.addEventListener('keydown', rovingKeydown);
		node.addEventListener('focusin', focusin);
		return () => {
			node.removeEventListener('keydown', rovingKeydown);
			node.removeEventListener('focusin', focusin);
		};
	};
}

export interface ChartEventHandlers {
	pointermove?: (e: PointerEvent) => void;
	pointerleave?: (e: PointerEvent) => void;
	pointerenter?: (e: PointerEvent) => void;
	pointerdown?: (e: PointerEvent) => void;
	pointerover?: (e: PointerEvent) => void;
	pointerout?: (e: PointerEvent) => void;
	click?: (e: MouseEvent) => void;
	dblclick?: (e: MouseEvent) => void;
}

/**
 * Attachment for a chart's `<svg>`: the hovered day, and the marks' tooltips (listened for once,
 * here, for every mark inside). Listeners are added here rather than as attributes because the
 * `<svg>` itself is not a control. Keyboard and focus handling are on the HTML wrapper
 * (`roving`): Chromium makes an SVG element with focus listeners a tab stop.
 */
export function chartEvents(handlers: ChartEventHandlers) {
	return (node: SVGSVGElement) => {
		const list = Object.entries(handlers).filter(([, fn]) => fn) as [string, EventListener][];
		for (const [type, fn] of list) node.addEventListener(type, fn);
		return () => {
			for (const [type, fn] of list) node.removeEventListener(type, fn);
		};
	};
}
