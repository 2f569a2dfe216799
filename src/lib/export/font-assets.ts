/**
 * Browser: the export font files and HarfBuzz, as Vite assets fetched only when a user exports
 * (this module is loaded with a dynamic `import()` from the export menu).
 */
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { loadHarfBuzz } from './font-subset';

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

/** The full Noto Sans SC font of a weight (400 or 700). */
export function exportFont(weight: 400 | 700): Promise<Uint8Array> {
	return fetchBytes(weight === 700 ? boldUrl : regularUrl);
}

/** The hb-subset instance (instantiated once). */
export function harfBuzz() {
	return loadHarfBuzz(fetchBytes(wasmUrl));
}
