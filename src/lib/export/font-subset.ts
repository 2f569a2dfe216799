/**
 * Font subsetting with HarfBuzz (hb-subset compiled to WebAssembly), the same code in the browser
 * and in Node: the caller passes the wasm bytes and the font bytes, so this module does no I/O.
 * The subset keeps exactly the code points of the text (plus the glyphs layout features reach),
 * and is embedded in exported SVGs as a base64 `@font-face`.
 */

/** The family name the exported SVG asks for; the subset is declared under it. */
export const EXPORT_FONT_FAMILY = 'Noto Sans SC';
/** The full `font-family` list written on the root of an exported SVG. */
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', sans-serif`;

interface HarfBuzzSubset {
	memory: WebAssembly.Memory;
	_initialize?: () => void;
	malloc(size: number): number;
	free(ptr: number): void;
	hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, value: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_input_get_flags(input: number): number;
	hb_subset_input_set_flags(input: number, flags: number): void;
	hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let instance: Promise<HarfBuzzSubset> | null = null;

/**
 * Instantiate hb-subset once per page or process. `wasm` is the module's bytes (or a promise of
 * them); later calls reuse the first instance.
 */
export function loadHarfBuzz(
	wasm: Uint8Array | ArrayBuffer | Promise<Uint8Array | ArrayBuffer>
): Promise<HarfBuzzSubset> {
	instance ??= Promise.resolve(wasm)
		.then((bytes) => WebAssembly.instantiate(bytes as BufferSource, {}))
		.then(({ instance }) => {
			const hb = instance.exports as unknown as HarfBuzzSubset;
			hb._initialize?.();
			return hb;
		})
		.catch((error: unknown) => {
			instance = null;
			throw error;
		});
	return instance;
}

/** The distinct characters of a text, sorted by code point (what the subset must hold). */
export function distinctCharacters(text: string): string {
	const set = new Set<string>();
	for (const ch of text) if (ch.codePointAt(0)! >= 0x20) set.add(ch);
	return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * Subset an OpenType font (TTF or OTF, not WOFF) to the characters of `text`, dropping hinting.
 * Returns the subset in the same sfnt flavour. Throws, naming the cause, if HarfBuzz fails.
 *
 * @example await subsetFont(hb, notoSansSc, '吉林省疫情防控') // → a ~10 KB TrueType font
 */
export function subsetFont(hb: HarfBuzzSubset, font: Uint8Array, text: string): Uint8Array {
	const input = hb.hb_subset_input_create_or_fail();
	if (!input) throw new Error('font subset: HarfBuzz could not create a subset input');
	const fontPtr = hb.malloc(font.byteLength);
	new Uint8Array(hb.memory.buffer).set(font, fontPtr);
	const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
	const face = hb.hb_face_create(blob, 0);
	hb.hb_blob_destroy(blob);
	try {
		// HarfBuzz's default layout features (those browsers apply when shaping: ccmp, locl, kern,
		// liga, mark…), not `*`: keeping every feature pulls in alternates no figure draws and
		// doubles the subset.
		hb.hb_subset_input_set_flags(
			input,
			hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING
		);
		const unicodes = hb.hb_subset_input_unicode_set(input);
		for (const ch of distinctCharacters(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
		const subset = hb.hb_subset_or_fail(face, input);
		if (!subset) throw new Error('font subset: HarfBuzz failed (is the font a TTF or OTF file?)');
		const result = hb.hb_face_reference_blob(subset);
		const length = hb.hb_blob_get_length(result);
		const offset = hb.hb_blob_get_data(result, 0);
		// Copy out before freeing: the wasm heap is reused.
		const bytes = new Uint8Array(hb.memory.buffer, offset, length).slice();
		hb.hb_blob_destroy(result);
		hb.hb_face_destroy(subset);
		if (!length) throw new Error('font subset: HarfBuzz returned an empty font');
		return bytes;
	} finally {
		hb.hb_subset_input_destroy(input);
		hb.hb_face_destroy(face);
		hb.free(fontPtr);
	}
}

/** Base64 of bytes, in chunks so large fonts do not overflow the argument stack. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Whether bytes are TrueType (`glyf`) or CFF-flavoured OpenType, from the sfnt version tag. */
export function sfntFormat(bytes: Uint8Array): 'truetype' | 'opentype' {
	const tag = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
	return tag === 'OTTO' ? 'opentype' : 'truetype';
}

/** An `@font-face` rule embedding the font as a `data:` URL (the only kind an SVG image may load). */
export function fontFaceRule(bytes: Uint8Array, weight = 400, family = EXPORT_FONT_FAMILY): string {
	const format = sfntFormat(bytes);
	const mime = format === 'opentype' ? 'font/otf' : 'font/ttf';
	return (
		`@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};` +
		`src:url(data:${mime};base64,${toBase64(bytes)}) format('${format}');}`
	);
}
