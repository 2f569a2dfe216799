/** The language of a prerendered page: English until hydrated, then `?lang=` or the browser's. */
import { onMount } from 'svelte';
import { page } from '$app/state';
import { langFor, uiLang } from '$lib/i18n/lang.svelte';
import type { Lang } from '$lib/i18n';

export function usePageLang(): { readonly lang: Lang; readonly query: string } {
	let mounted = $state(false);
	onMount(() => (mounted = true));
	const params = $derived(mounted && uiLang.ready ? page.url.searchParams : null);
	const lang = $derived(langFor(params));
	return {
		get lang() {
			return lang;
		},
		/** `?lang=zh` when the language was chosen in the URL, for links to other pages. */
		get query() {
			const l = params?.get('lang');
			return l ? `?lang=${l}` : '';
		}
	};
}
