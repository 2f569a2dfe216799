/** The export menu's labels and messages (kept apart so the dashboard loads only these). */

/** Words of the export menu, by language. */
export const MENU_WORDS = {
	en: {
		export: 'Export',
		copy: 'Copy image',
		scale: 'PNG size',
		background: 'Background',
		light: 'Light',
		dark: 'Dark',
		working: 'Preparing…',
		queued: 'Waiting to save (many exports at once)…',
		saved: 'Saved',
		copied: 'Image copied',
		noClipboard: 'This browser cannot copy images; use PNG instead.',
		failed: 'Export failed',
		noChart: 'Show the chart (not the table) to export it as an image.'
	},
	zh: {
		export: '导出',
		copy: '复制图片',
		scale: 'PNG 尺寸',
		background: '背景',
		light: '浅色',
		dark: '深色',
		working: '正在准备…',
		queued: '等待保存（同时导出较多）…',
		saved: '已保存',
		copied: '图片已复制',
		noClipboard: '此浏览器无法复制图片，请改用 PNG。',
		failed: '导出失败',
		noChart: '请先切换到图表（而非表格）再导出图片。'
	}
};
