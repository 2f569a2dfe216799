/**
 * Where the export font and HarfBuzz come from on the server (prerendering `/export/*.svg|png`,
 * tests): files inside npm packages, found with Node's resolver so `npm ci` is all a machine needs.
 * The browser gets the same two files as Vite assets (see `font-assets.ts`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Noto Sans SC Regular, the full font (≈10 MB TrueType, SIL OFL 1.1) from Google Fonts via Expo. */
export const EXPORT_FONT_MODULE =
	'@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
/** hb-subset compiled to WebAssembly (harfbuzzjs). */
export const HARFBUZZ_SUBSET_MODULE = 'harfbuzzjs/dist/harfbuzz-subset.wasm';

/** Absolute path of the full export font (resvg loads it by path). */
export function exportFontPath(): string {
	return require.resolve(EXPORT_FONT_MODULE);
}

let font: Promise<Uint8Array> | null = null;

/** The full export font's bytes, read once. */
export function readExportFont(): Promise<Uint8Array> {
	font ??= readFile(exportFontPath()).then((b) => new Uint8Array(b));
	return font;
}

/** The hb-subset wasm bytes. */
export async function readHarfBuzzWasm(): Promise<Uint8Array> {
	return new Uint8Array(await readFile(require.resolve(HARFBUZZ_SUBSET_MODULE)));
}
