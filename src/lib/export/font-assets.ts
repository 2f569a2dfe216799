/**
 * Browser: the export fonts and HarfBuzz, fetched only when a user exports (this module is
 * loaded with a dynamic `import()` from the export menu). Fonts come from the prerendered site
 * font (`/export/fonts/<weight>.ttf`, every character the charts can draw, a few hundred KB);
 * a figure holding any other character (a search query, say) gets the full Noto Sans SC, bundled
 * as a Vite asset, so no glyph is ever missing.
 */
import { base } from '$app/paths';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { distinctCharacters, loadHarfBuzz } from './font-subset';

const cache = new Map<string, Promise<Uint8Array>>();

function fetchBytes(url: string): Promise<Uint8Array> {
	let bytes = cache.get(url);
	if (!bytes) {
		bytes = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`export: could not load ${url} (HTTP ${r.status})`);
				return r.arrayBuffer();
			})
			.then((b) => new Uint8Array(b))
			.catch((error: unknown) => {
				cache.delete(url);
				throw error;
			});
		cache.set(url, bytes);
	}
	return bytes;
}

let siteChars: Promise<Set<string>> | null = null;

/** The characters of the site font (empty when it cannot be had: then the full font is used). */
function siteCharacters(): Promise<Set<string>> {
	siteChars ??= fetch(`${base}/export/fonts/chars.txt`)
		.then((r) => (r.ok ? r.text() : ''))
		.then((text) => new Set(text))
		.catch(() => new Set<string>());
	return siteChars;
}

/** Noto Sans SC of a weight holding at least every character of `text`. */
export async function exportFont(weight: 400 | 700, text: string): Promise<Uint8Array> {
	const chars = await siteCharacters();
	const covered = chars.size > 0 && [...distinctCharacters(text)].every((c) => chars.has(c));
	if (covered) return fetchBytes(`${base}/export/fonts/${weight}.ttf`);
	return fetchBytes(weight === 700 ? boldUrl : regularUrl);
}

/** The hb-subset instance (instantiated once). */
export function harfBuzz() {
	return loadHarfBuzz(fetchBytes(wasmUrl));
}
