/**
 * Hover, focus and touch on a chart's marks: the mark's tooltip, and the day (or days) it covers,
 * reported so every chart shades them. Marks take `mark(item)`, the `<svg>` takes `svgEvents`.
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
	/** The item as the chart now holds it (after `prepare`, with its sources). */
	current?: (item: T) => T | undefined;
	/**
	 * A mark's identity across redraws: its listeners then stay attached when the view changes
	 * (a brush redraws every mark; re-attaching hundreds of listeners slowed each redraw).
	 */
	key?: (item: T) => string;
}

const onMark = (event: Event) => !!(event.target as Element).closest('.jt-mark');

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

	show(item: T) {
		item = this.#options.current?.(item) ?? item;
		const { day, end } = this.#options.anchor(item);
		this.#hoverDay(day, end);
		const ticket = ++this.#shown;
		const open = () => {
			if (ticket !== this.#shown) return;
			const now = this.#options.current?.(item) ?? item;
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

	#attachments = new Map<string, Attachment>();

	/** Attachment for a mark (`<a class="jt-mark">`): its tooltip on hover, focus and tap. */
	mark(item: T): Attachment {
		const key = this.#options.key?.(item);
		if (key === undefined) return this.#attach(item);
		let attachment = this.#attachments.get(key);
		if (!attachment) this.#attachments.set(key, (attachment = this.#attach(item)));
		return attachment;
	}

	#attach(item: T): Attachment {
		return (node) => {
			const controller = new AbortController();
			const on = (type: string, listener: (event: Event) => void) =>
				node.addEventListener(type, listener, { signal: controller.signal });
			on('pointerenter', () => this.show(item));
			on('pointerleave', () => this.hide());
			on('focus', () => this.show(item));
			on('blur', () => {
				this.#shown++;
				this.tip.hideSoon(0);
			});
			on('pointerdown', (e) => (this.tip.pointerType = (e as PointerEvent).pointerType));
			on('click', (e) => {
				// the tooltip may hold a newer object for the same mark
				const held = this.tip.item;
				const same =
					held !== null && this.#options.key && this.#options.key(held) === this.#options.key(item);
				this.tip.guardClick(e as MouseEvent, same ? held : item);
			});
			return () => controller.abort();
		};
	}

	/** Handlers for the chart's `<svg>`: the day under the pointer; a tap beside the marks closes the tooltip. */
	readonly svgEvents: ChartEventHandlers = {
		pointermove: (event) => {
			if (this.#options.keepMarkDays && onMark(event)) return;
			const day = this.#chart.dayAtPointer(event);
			if (day) this.#hoverDay(day);
		},
		pointerleave: () => this.#hoverDay(null),
		pointerdown: (event) => {
			if (!onMark(event)) this.tip.hide();
		}
	};
}
