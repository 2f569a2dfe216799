/**
 * A chart's state: size, margins and the shared time scale, derived from the chart's props.
 * Marks read it through context (`getChart()`), so they stay small and know nothing of layout.
 */
import { dayAt, dayCount, dayX, makeTimeScale, type TimeScale } from './time';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartProps {
	width: number;
	height: number;
	margin: Margin;
	from: string;
	to: string;
}

export class ChartState {
	#props: () => ChartProps;

	constructor(props: () => ChartProps) {
		this.#props = props;
	}

	width = $derived.by(() => this.#props().width);
	height = $derived.by(() => this.#props().height);
	margin = $derived.by(() => this.#props().margin);
	from = $derived.by(() => this.#props().from);
	to = $derived.by(() => this.#props().to);
	/** Plot area, inside the margins. */
	innerWidth = $derived(Math.max(0, this.width - this.margin.left - this.margin.right));
	innerHeight = $derived(Math.max(0, this.height - this.margin.top - this.margin.bottom));
	/** Time scale over the plot area (pixels relative to the plot's left edge). */
	x: TimeScale = $derived(makeTimeScale(this.from, this.to, [0, this.innerWidth]));
	days = $derived(dayCount(this.from, this.to));
	/** Width of one day in pixels. */
	dayWidth = $derived(this.innerWidth / Math.max(1, this.days));

	/** Left edge of a day. */
	dx(day: string): number {
		return dayX(this.x, day);
	}

	/** The day under the pointer, or null beside the plot; `event.currentTarget` is the `<svg>`. */
	dayAtPointer(event: PointerEvent): string | null {
		const svg = event.currentTarget as Element;
		const px = event.clientX - svg.getBoundingClientRect().left - this.margin.left;
		return px < 0 || px > this.innerWidth ? null : dayAt(this.x, px);
	}
}
