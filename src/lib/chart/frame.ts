/**
 * Title, subtitle, legend and source line drawn inside an `<svg>` (for standalone export):
 * wrapped to the chart's width with measured text, Chinese broken between any two characters.
 */
import { textWidth } from './text.svelte';

export interface LegendEntry {
	label: string;
	/** CSS class giving the colour (`p0`, `r-chair`, `jt-confirmed`...). */
	cls: string;
	shape?: 'circle' | 'square' | 'triangle' | 'diamond' | 'ring' | 'hatch' | 'line' | 'band';
	/**
	 * A finer drawing of the key on screen: `daily` a bar with a dot per day, `notch` a dot with the
	 * evening crescent. The export's key draws them too (`swatchSvg`).
	 */
	detail?: 'daily' | 'notch';
}

export interface FrameText {
	title: string;
	subtitle?: string;
	source?: string;
	legend?: LegendEntry[];
}

export interface FrameLayout {
	title: string[];
	subtitle: string[];
	source: string[];
	/** Legend entries with their positions. */
	legend: { entry: LegendEntry; x: number; y: number }[];
	top: number;
	bottom: number;
}

export const FRAME = {
	titleSize: 16,
	subtitleSize: 12.5,
	sourceSize: 11,
	legendSize: 11.5,
	pad: 4
};

/** Break text into lines no wider than `max` px: at spaces for Latin, anywhere for CJK. */
export function wrapText(text: string, max: number, size: number, weight = 400): string[] {
	if (!text) return [];
	const tokens = text.match(
		/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][，。、；：！？）」』]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g
	) ?? [text];
	const lines: string[] = [];
	let line = '';
	for (const t of tokens) {
		const next = line + t;
		if (line && textWidth(next.trimEnd(), size, weight) > max) {
			lines.push(line.trimEnd());
			line = t.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Where the frame's parts go for a chart `width` pixels wide. */
export function frameLayout(frame: FrameText | undefined, width: number): FrameLayout {
	const empty = { title: [], subtitle: [], source: [], legend: [], top: 0, bottom: 0 };
	if (!frame) return empty;
	const max = Math.max(40, width - 2 * FRAME.pad);
	const title = wrapText(frame.title, max, FRAME.titleSize, 700);
	const subtitle = wrapText(frame.subtitle ?? '', max, FRAME.subtitleSize);
	const source = wrapText(frame.source ?? '', max, FRAME.sourceSize);
	let y = FRAME.pad + title.length * 21 + subtitle.length * 17 + 6;
	const legend: FrameLayout['legend'] = [];
	let x = FRAME.pad;
	if (frame.legend?.length) {
		y += 4;
		for (const entry of frame.legend) {
			const w = 18 + textWidth(entry.label, FRAME.legendSize) + 14;
			if (x > FRAME.pad && x + w > width) {
				x = FRAME.pad;
				y += 18;
			}
			legend.push({ entry, x, y });
			x += w;
		}
		y += 18;
	}
	return { title, subtitle, source, legend, top: y + 4, bottom: source.length * 15 + 10 };
}
