/**
 * The UI language: `?lang=` when given, else the browser's preferred language (known only after
 * hydration; prerendered HTML is English so hydration matches).
 */
import { browserLang, pickLang, type Lang } from './index';

export const uiLang = $state({ browser: 'en' as Lang, ready: false });

/** Call once in the browser, after mount. */
export function detectBrowserLang() {
	uiLang.browser = browserLang(navigator.languages ?? [navigator.language]);
	uiLang.ready = true;
}

/** The language for a URL's query (pass `null` before hydration). */
export function langFor(params: URLSearchParams | null): Lang {
	if (!params || !uiLang.ready) return 'en';
	return pickLang(params.get('lang')) ?? uiLang.browser;
}
