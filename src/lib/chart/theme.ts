/**
 * Concrete colours for charts, light and dark, written as an inline `<style>` inside each `<svg>`
 * so a chart serialised on its own keeps its look. `auto` follows `prefers-color-scheme`.
 */
import type { Role } from '$lib/types';
import { NEUTRAL, PERSON_COLOURS } from './palette';

export type ThemeMode = 'auto' | 'light' | 'dark';

export const THEMES = {
	light: {
		bg: '#ffffff',
		fg: '#1a1c20',
		muted: '#5b6270',
		grid: '#e3e6eb',
		axis: '#8a919c',
		rule: '#9aa3b0',
		highlight: '#fff1b8',
		focus: '#0b57d0',
		lane: '#f4f5f7',
		bar: '#5b6b82',
		barSelected: '#25364f',
		confirmed: '#b42318',
		asymptomatic: '#b35f00',
		flag: '#b42318'
	},
	dark: {
		bg: '#16181d',
		fg: '#eceef2',
		muted: '#a7adb8',
		grid: '#2c3038',
		axis: '#6f7682',
		rule: '#5d6573',
		highlight: '#4a4020',
		focus: '#8ab4ff',
		lane: '#1d2026',
		bar: '#8090a8',
		barSelected: '#c6d2e4',
		confirmed: '#ff7b6e',
		asymptomatic: '#f2a64a',
		flag: '#ff7b6e'
	}
};

/** Role colours; shapes carry the same distinction (see role-glyph.ts). */
export const ROLE_COLOURS: Record<'light' | 'dark', Record<Role, string>> = {
	light: {
		chair: '#b42318',
		speaker: '#6d28d9',
		participant: '#1d4ed8',
		credit: '#0f7a55',
		referenced: '#6b7280'
	},
	dark: {
		chair: '#ff7b6e',
		speaker: '#c4a5ff',
		participant: '#7aa7ff',
		credit: '#4cd3a0',
		referenced: '#9ca3af'
	}
};

export const FONT_FAMILY =
	'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

function rules(t: 'light' | 'dark'): string {
	const c = THEMES[t];
	const p = PERSON_COLOURS[t];
	const r = ROLE_COLOURS[t];
	const out = [
		`.jt-svg{background:${c.bg};font-family:${FONT_FAMILY}}`,
		`.jt-bg{fill:${c.bg}}`,
		`.jt-text{fill:${c.fg}}`,
		`.jt-muted{fill:${c.muted}}`,
		`.jt-grid{stroke:${c.grid}}`,
		`.jt-axis{stroke:${c.axis}}`,
		`.jt-rule{stroke:${c.rule}}`,
		`.jt-lane{fill:${c.lane}}`,
		`.jt-hl{fill:${c.highlight}}`,
		`.jt-bar{fill:${c.bar}}`,
		`.jt-bar-on{fill:${c.barSelected}}`,
		`.jt-confirmed{fill:${c.confirmed};stroke:${c.confirmed}}`,
		`.jt-asymptomatic{fill:${c.asymptomatic};stroke:${c.asymptomatic}}`,
		`.jt-flag{fill:${c.flag}}`,
		`.jt-halo{stroke:${c.bg}}`,
		`.jt-mark:focus-visible .jt-focus,.jt-mark:hover .jt-focus{stroke:${c.focus};stroke-width:2;visibility:visible}`,
		`.jt-focus{fill:none;visibility:hidden}`,
		`.jt-hit{fill:transparent}`,
		`.jt-mark:focus-visible .jt-hit,.jt-mark:hover .jt-hit{stroke:${c.focus};stroke-width:2}`,
		`.jt-mark:focus{outline:none}`,
		`.pn{fill:${NEUTRAL[t]};stroke:${NEUTRAL[t]}}`,
		...p.map((col, i) => `.p${i}{fill:${col};stroke:${col}}`),
		...Object.entries(r).map(([role, col]) => `.r-${role}{fill:${col};stroke:${col}}`),
		`.jt-hatch-confirmed{stroke:${c.confirmed}}`,
		`.jt-hatch-asymptomatic{stroke:${c.asymptomatic}}`
	];
	return out.join('');
}

/** The `<style>` text for a chart (no outside CSS variables). */
export function chartCss(mode: ThemeMode = 'auto'): string {
	if (mode === 'light') return rules('light');
	if (mode === 'dark') return rules('dark');
	return `${rules('light')}@media (prefers-color-scheme: dark){${rules('dark')}}`;
}
