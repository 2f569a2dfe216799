/**
 * Text width for labels. In the browser a canvas measures the real glyphs (CJK included); on the
 * server, before fonts load, a generous estimate: 1 em per CJK character, about 0.6 em per Latin one.
 * `metrics.version` changes once the browser can measure, so `$derived` layouts re-run.
 */
import { FONT_FAMILY } from './theme';

export const metrics = $state({ version: 0 });

let ctx: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Server-side estimate (em units × size), on the generous side so labels never clip: CJK and
 * full-width 1 em, Latin by letter class, bold Latin 10% wider (bold CJK keeps 1 em).
 */
export function estimateTextWidth(text: string, size: number, weight = 400): number {
	const bold = weight >= 600 ? 1.1 : 1;
	let em = 0;
	for (const ch of text) {
		if (WIDE.test(ch)) em += 1;
		else if (/[MW]/.test(ch)) em += 0.92 * bold;
		else if (/[A-Z]/.test(ch)) em += 0.7 * bold;
		else if (/[mw]/.test(ch)) em += 0.86 * bold;
		else if (/[ilj.,:;'|!]/.test(ch)) em += 0.3 * bold;
		else if (ch === ' ') em += 0.3;
		else em += 0.58 * bold;
	}
	return em * size;
}

/** Width in pixels of `text` at `size` px (and weight), measured when possible. */
export function textWidth(text: string, size = 12, weight = 400): number {
	void metrics.version;
	if (typeof document === 'undefined' || metrics.version === 0)
		return estimateTextWidth(text, size, weight);
	const key = `${size}|${weight}|${text}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	ctx ??= document.createElement('canvas').getContext('2d');
	if (!ctx) return estimateTextWidth(text, size, weight);
	ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
	const w = ctx.measureText(text).width;
	cache.set(key, w);
	return w;
}

/** Switch from estimates to measurement, after fonts are ready (call once in the browser). */
export async function enableMeasurement(): Promise<void> {
	try {
		await document.fonts?.ready;
	} catch {
		// measure with whatever fonts are there
	}
	cache.clear();
	metrics.version++;
}

/**
 * Shorten `text` to fit `max` pixels, adding `…`. CJK may break anywhere, so this works per
 * character for both scripts.
 */
export function fitText(text: string, max: number, size = 12, weight = 400): string {
	if (textWidth(text, size, weight) <= max) return text;
	const chars = [...text];
	while (chars.length > 1 && textWidth(chars.join('') + '…', size, weight) > max) chars.pop();
	return chars.join('') + '…';
}

/** Space kept between a label and the left edge of its `<svg>` (exports are cut at the edge). */
export const LABEL_EDGE = 8;

/** Width of a row label drawn as a bold name, then (4 px on) its pinyin: `景俊海 Jing Junhai`. */
export function nameLabelWidth(name: string, pinyin: string | undefined, size = 12): number {
	const bold = textWidth(name, size, 600);
	return pinyin ? bold + 4 + textWidth(pinyin, size) : bold;
}
