/**
 * The UI language: `?lang=` when given, else the browser's preferred language (known only after
 * hydration; prerendered HTML is English so hydration matches).
 */
import { browserLang, pickLang, type Lang } from './index';

export const uiLang = $state({ browser: 'en' as Lang, ready: false });

/** Where the language last chosen in a URL is kept, so links without `?lang=` keep it. */
const CHOSEN_KEY = 'ui-lang';

/** Call once in the browser, after mount. */
export function detectBrowserLang() {
	uiLang.browser =
		pickLang(sessionStorage.getItem(CHOSEN_KEY)) ??
		browserLang(navigator.languages ?? [navigator.language]);
	uiLang.ready = true;
}

/** Remember a language chosen in the URL for the rest of the session (a mark's link has none). */
export function rememberLang(params: URLSearchParams | null) {
	const chosen = pickLang(params?.get('lang'));
	if (!chosen) return;
	sessionStorage.setItem(CHOSEN_KEY, chosen);
	uiLang.browser = chosen;
}

/** The language for a URL's query (pass `null` before hydration). */
export function langFor(params: URLSearchParams | null): Lang {
	if (!params || !uiLang.ready) return 'en';
	return pickLang(params.get('lang')) ?? uiLang.browser;
}
