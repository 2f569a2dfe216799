/**
 * Keyboard movement between a chart's marks: one tab stop per chart, arrow keys move in time
 * order (the marks' DOM order), Home/End jump to the ends, Enter follows the link natively.
 */
const MARK = '.jt-mark';

function marks(root: Element): SVGElement[] {
	return [...root.querySelectorAll<SVGElement>(MARK)];
}

/** Make `el` the chart's only tab stop. */
function setStop(root: Element, el: Element) {
	for (const m of marks(root)) m.setAttribute('tabindex', m === el ? '0' : '-1');
}

/** keydown handler for the element that contains the marks. */
export function rovingKeydown(event: KeyboardEvent) {
	const root = event.currentTarget as Element;
	const all = marks(root);
	const current = (event.target as Element).closest<SVGElement>(MARK);
	if (!current || !all.length) return;
	const i = all.indexOf(current);
	let next = -1;
	if (event.key === 'ArrowRight' || event.key === 'ArrowDown')
		next = Math.min(all.length - 1, i + 1);
	else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(0, i - 1);
	else if (event.key === 'Home') next = 0;
	else if (event.key === 'End') next = all.length - 1;
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
 * Attachment for a chart's `<svg>`: roving keyboard focus, plus pointer handlers (hovered day).
 * Listeners are added here rather than as attributes because the `<svg>` itself is not a control.
 */
export function chartEvents(handlers: {
	pointermove?: (e: PointerEvent) => void;
	pointerleave?: (e: PointerEvent) => void;
	pointerenter?: (e: PointerEvent) => void;
	pointerdown?: (e: PointerEvent) => void;
	focusin?: (e: FocusEvent) => void;
	dblclick?: (e: MouseEvent) => void;
}) {
	return (node: SVGSVGElement) => {
		const list: [string, EventListener][] = [
			['keydown', rovingKeydown as EventListener],
			['focusin', rovingFocusin as EventListener]
		];
		for (const [type, fn] of Object.entries(handlers))
			if (fn) list.push([type, fn as EventListener]);
		for (const [type, fn] of list) node.addEventListener(type, fn);
		return () => {
			for (const [type, fn] of list) node.removeEventListener(type, fn);
		};
	};
}
