/**
 * The address bar's query string. The dashboard's view changes (brush, filters) write the URL by
 * shallow routing: a SvelteKit navigation would re-read every link on the page after each brush,
 * which at thousands of marks costs more than the redraw. SvelteKit's `page.url` then lags behind
 * the address bar, so pages that show the view read this instead: it follows real navigations,
 * shallow ones and the back and forward buttons.
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';

let search = $state(browser ? location.search : '');

/** The address bar's `?…` (empty on the server). */
export function addressSearch(): string {
	return search;
}

/** Keep `addressSearch` current: call once, in the root layout's initialisation. */
export function followAddress(): void {
	$effect(() => {
		// a navigation, or back and forward (SvelteKit then sets page.url, even between shallow entries)
		void page.url;
		search = location.search;
	});
}

/** Show `query` in the address bar without a navigation; `replace` edits the current entry. */
export function setAddressSearch(query: string, replace = false): void {
	const url = `${location.pathname}${query}${location.hash}`;
	if (replace) replaceState(url, {});
	else pushState(url, {});
	search = location.search;
}
