/**
 * Which mark's tooltip is open and where. Hiding waits a moment so the pointer can travel from the
 * mark into the tooltip (to follow one of several source links).
 */
export class TooltipState<T> {
	item = $state<T | null>(null);
	x = $state(0);
	y = $state(0);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Open at `(x, y)`, pixels from the chart's top-left corner. */
	show(item: T, x: number, y: number) {
		clearTimeout(this.#timer);
		this.item = item;
		this.x = x;
		this.y = y;
	}

	hideSoon(delay = 180) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.item = null), delay);
	}

	keep() {
		clearTimeout(this.#timer);
	}

	hide() {
		clearTimeout(this.#timer);
		this.item = null;
	}
}
