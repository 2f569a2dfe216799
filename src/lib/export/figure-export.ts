/**
 * Browser: export a figure as SVG, PNG, CSV or JSON, and copy it as an image. Loaded on demand by
 * the export menu (`import()`), so HarfBuzz and the fonts cost nothing until a user exports.
 */
import { exportFont, harfBuzz } from './font-assets';
import { fontFaceRule, subsetFont } from './font-subset';
import { rasteriseSvg } from './rasterise';
import {
	EXPORT_THEMES,
	composeFigureSvg,
	embedFont,
	inlineChartSvg,
	type FigureText
} from './serialise-svg';

export interface FigureSource {
	/** The chart's live `<svg>`. */
	svg: SVGSVGElement;
	words: FigureText;
	theme: 'light' | 'dark';
	/**
	 * The chart stylesheet of `theme`, when it is not the theme on screen (the export menu's
	 * background choice); its rules are applied on top while styles are read.
	 */
	themeCss?: string;
}

/** The standalone figure and the sizes of its font subsets (bytes). */
export interface ExportedSvg {
	svg: string;
	width: number;
	height: number;
	fonts: { regular: number; bold: number };
}

/** Serialise the figure with its title, legend and source, and embed Noto Sans SC subsets. */
export async function figureSvg(source: FigureSource): Promise<ExportedSvg> {
	const theme = EXPORT_THEMES[source.theme];
	const chart = inlineChartSvg(source.svg, source.themeCss);
	const figure = composeFigureSvg(chart, source.words, theme);
	const [hb, regularFont, boldFont] = await Promise.all([
		harfBuzz(),
		exportFont(400, figure.text),
		exportFont(700, figure.boldText)
	]);
	const regular = subsetFont(hb, regularFont, figure.text);
	const bold = subsetFont(hb, boldFont, figure.boldText);
	return {
		svg: embedFont(figure.svg, fontFaceRule(regular, 400), fontFaceRule(bold, 700)),
		width: figure.width,
		height: figure.height,
		fonts: { regular: regular.byteLength, bold: bold.byteLength }
	};
}

/** The figure as PNG at `scale` × its width, on its theme's background. */
export async function figurePng(source: FigureSource, scale: number): Promise<Blob> {
	const { svg, width, height } = await figureSvg(source);
	return rasteriseSvg(svg, width, height, scale, EXPORT_THEMES[source.theme].background);
}
