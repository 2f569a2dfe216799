/**
 * Which mark's tooltip is open and where. Hiding waits a moment so the pointer can travel from the
 * mark into the tooltip (to follow one of several source links).
 */
export class TooltipState<T> {
	/** Raw: identity matters (a second tap on the same mark), and items need no deep reactivity. */
	item = $state.raw<T | null>(null);
	x = $state(0);
	y = $state(0);
	/** The last pointer type pressed on a mark (`touch` changes how taps work). */
	pointerType = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#shownAt = 0;

	/** Open at `(x, y)`, pixels from the chart's top-left corner. */
	show(item: T, x: number, y: number) {
		clearTimeout(this.#timer);
		if (this.item !== item) this.#shownAt = Date.now();
		this.item = item;
		this.x = x;
		this.y = y;
	}

	/**
	 * On a touch screen the first tap on a mark shows its tooltip (quote and source links) and a
	 * second tap follows the mark's link. Keyboard clicks (`detail === 0`) always follow it.
	 */
	guardClick(event: MouseEvent, item: T) {
		if (this.pointerType !== 'touch' || event.detail === 0) return;
		if (this.item !== item || Date.now() - this.#shownAt < 500) event.preventDefault();
	}

	/** Close unless a touch opened it (a touch "leaves" as soon as the finger lifts). */
	hideSoon(delay = 180) {
		if (this.pointerType === 'touch' && delay > 0) return;
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
