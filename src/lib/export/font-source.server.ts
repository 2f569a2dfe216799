/**
 * Where the export fonts and HarfBuzz come from on the server (prerendering `/export/*.svg|png`,
 * tests): files inside npm packages, found with Node's resolver, so `npm ci` is all a machine
 * needs. The browser gets the same files as Vite assets (see `font-assets.ts`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC, full static fonts (≈10 MB TrueType each, SIL OFL 1.1), as Google Fonts ships them,
 * from `@expo-google-fonts/noto-sans-sc`. Regular for all text, Bold for titles.
 */
export const EXPORT_FONT_MODULES = {
	400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'
} as const;

/** hb-subset compiled to WebAssembly (harfbuzzjs). */
export const HARFBUZZ_SUBSET_MODULE = 'harfbuzzjs/dist/harfbuzz-subset.wasm';

export type ExportWeight = keyof typeof EXPORT_FONT_MODULES;

/** Absolute path of a full export font (resvg loads fonts by path). */
export function exportFontPath(weight: ExportWeight = 400): string {
	return require.resolve(EXPORT_FONT_MODULES[weight]);
}

const fonts = new Map<ExportWeight, Promise<Uint8Array>>();

/** A full export font's bytes, read once per process. */
export function readExportFont(weight: ExportWeight = 400): Promise<Uint8Array> {
	let font = fonts.get(weight);
	if (!font) {
		font = readFile(exportFontPath(weight)).then((b) => new Uint8Array(b));
		fonts.set(weight, font);
	}
	return font;
}

/** The hb-subset wasm bytes. */
export async function readHarfBuzzWasm(): Promise<Uint8Array> {
	return new Uint8Array(await readFile(require.resolve(HARFBUZZ_SUBSET_MODULE)));
}
