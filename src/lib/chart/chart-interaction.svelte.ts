/**
 * Hover, focus and touch on a chart's marks: the mark's tooltip, and the day (or days) it covers,
 * reported so every chart shades them. The `<svg>` takes `svgEvents` and its HTML wrapper `focus`;
 * they listen for every mark (`<a class="jt-mark" data-key=…>`) at once, so a brush adds and
 * removes marks without adding and removing listeners (at thousands of marks, a tenth of each
 * redraw).
 */
import type { Attachment } from 'svelte/attachments';
import type { ChartState } from './chart-state.svelte';
import type { ChartEventHandlers } from './roving';
import { TooltipState } from './tooltip.svelte';

/** Called with the hovered day (and the last day of a multi-day event), or null when none. */
export type OnHoverDay = (day: string | null, end?: string | null) => void;

/** The props through which the dashboard's charts share one hovered day (or span of days). */
export interface HoverDayProps {
	hoverDay?: string | null;
	/** Last day of the highlight when a multi-day event is hovered. */
	hoverEnd?: string | null;
	onhoverday?: OnHoverDay;
}

/** Charts whose tooltips quote sources loaded on demand (the dashboard's day details). */
export interface SourcesProps {
	/** Load what marks on these days quote; a mark's tooltip opens once it has resolved. */
	prepare?: (days: string[]) => Promise<void> | void;
}

/** Where a mark's tooltip points (plot coordinates) and the days the mark covers. */
export interface MarkAnchor {
	x: number;
	y: number;
	day: string;
	end?: string;
}

export interface InteractionOptions<T> {
	anchor: (item: T) => MarkAnchor;
	/** A getter, so the chart's current `onhoverday` prop is called. */
	onhoverday: () => OnHoverDay | undefined;
	/** Over a mark, keep its days shaded rather than the day under the pointer (multi-day spans). */
	keepMarkDays?: boolean;
	/** Load what the item's tooltip shows (its sources); the tooltip waits for it. */
	prepare?: (item: T) => Promise<void> | void;
	/** The chart's items now (after `prepare`, with their sources). */
	items: () => T[];
	/** A mark's identity across redraws, written on the mark as `data-key`. */
	key: (item: T) => string;
}

const markOf = (target: EventTarget | null): Element | null =>
	target instanceof Element ? target.closest('.jt-mark') : null;
const onMark = (event: Event) => !!markOf(event.target);

export class ChartInteraction<T> {
	readonly tip = new TooltipState<T>();
	#chart: ChartState;
	#options: InteractionOptions<T>;

	constructor(chart: ChartState, options: InteractionOptions<T>) {
		this.#chart = chart;
		this.#options = options;
	}

	#hoverDay(day: string | null, end?: string) {
		this.#options.onhoverday()?.(day, end);
	}

	/** Counts shows and hides, so a tooltip whose sources arrive late opens only if still wanted. */
	#shown = 0;

	/** The chart's item with this key now (after `prepare`, with its sources). */
	#find(key: string | null | undefined): T | undefined {
		return key == null
			? undefined
			: this.#options.items().find((o) => this.#options.key(o) === key);
	}

	/** The item of the mark an event happened in. */
	#itemOf = (event: Event) => this.#find(markOf(event.target)?.getAttribute('data-key'));

	show(item: T) {
		item = this.#find(this.#options.key(item)) ?? item;
		const { day, end } = this.#options.anchor(item);
		this.#hoverDay(day, end);
		const ticket = ++this.#shown;
		const open = () => {
			if (ticket !== this.#shown) return;
			const now = this.#find(this.#options.key(item)) ?? item;
			const { x, y } = this.#options.anchor(now);
			this.tip.show(now, this.#chart.margin.left + x, this.#chart.margin.top + y);
		};
		const loading = this.#options.prepare?.(item);
		if (loading) loading.then(open, open);
		else open();
	}

	hide() {
		this.#shown++;
		this.tip.hideSoon();
		this.#hoverDay(null);
	}

	/**
	 * Attachment for the chart's HTML wrapper: a focused mark shows its tooltip. Not on the
	 * `<svg>`: Chromium makes an SVG element with focus listeners a tab stop of its own.
	 */
	readonly focus: Attachment<HTMLElement> = (node) => {
		const focusin = (event: FocusEvent) => {
			const item = this.#itemOf(event);
			if (item) this.show(item);
		};
		const focusout = (event: FocusEvent) => {
			if (!markOf(event.target)) return;
			this.#shown++;
			this.tip.hideSoon(0);
		};
		node.addEventListener('focusin', focusin);
		node.addEventListener('focusout', focusout);
		return () => {
			node.removeEventListener('focusin', focusin);
			node.removeEventListener('focusout', focusout);
		};
	};

	/** Handlers for the chart's `<svg>`: the day under the pointer; a tap beside the marks closes the tooltip. */
	readonly svgEvents: ChartEventHandlers = {
		pointermove: (event) => {
			if (this.#options.keepMarkDays && onMark(event)) return;
			const day = this.#chart.dayAtPointer(event);
			if (day) this.#hoverDay(day);
		},
		pointerleave: () => this.#hoverDay(null),
		pointerdown: (event) => {
			this.tip.pointerType = event.pointerType;
			if (!onMark(event)) this.tip.hide();
		},
		// over and out bubble (enter and leave do not): act only when the pointer changes marks
		pointerover: (event) => {
			if (markOf(event.target) === markOf(event.relatedTarget)) return;
			const item = this.#itemOf(event);
			if (item) this.show(item);
		},
		pointerout: (event) => {
			const mark = markOf(event.target);
			if (mark && mark !== markOf(event.relatedTarget)) this.hide();
		},
		click: (event) => {
			const item = this.#itemOf(event);
			if (!item) return;
			// the tooltip may hold a newer object for the same mark
			const held = this.tip.item;
			const same = held !== null && this.#options.key(held) === this.#options.key(item);
			this.tip.guardClick(event, same ? held : item);
		}
	};
}
