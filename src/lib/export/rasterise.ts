/**
 * Browser: rasterise a standalone SVG into a PNG through an `<img>` and a canvas. The SVG's fonts
 * are `data:` URLs, the only kind an SVG used as an image may load, so Chinese text draws with
 * the embedded subset even where no Chinese font is installed.
 */

/** PNG scale factors offered in the export menu. */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Load an SVG string as an image, resolved once it has decoded. */
export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		const loaded = new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('export: the SVG could not be loaded as an image'));
		});
		img.src = url;
		await loaded;
		await img.decode().catch(() => undefined);
		return img;
	} finally {
		// The decoded image keeps its pixels; the URL is no longer needed.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}

/**
 * Draw an SVG of `width` × `height` CSS pixels at `scale` on a `background` colour and encode it
 * as PNG. The canvas is `scale × width` wide.
 */
export async function rasteriseSvg(
	svg: string,
	width: number,
	height: number,
	scale: number,
	background: string
): Promise<Blob> {
	const img = await loadSvgImage(svg);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('export: this browser gives no 2D canvas');
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))),
			'image/png'
		)
	);
}
