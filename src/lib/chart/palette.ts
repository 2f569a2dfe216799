/**
 * One colour per person, the same on every chart and page. Colours go to the people who chair the
 * most events, then to the most frequent; everyone else is neutral grey. Light and dark variants
 * keep at least 3:1 contrast against their background (WCAG non-text contrast).
 */
import type { Appearance, TimelineEvent } from '$lib/types';

export const PERSON_COLOURS = {
	light: ['#2563eb', '#c2410c', '#0f7a55', '#7c3aed', '#be185d', '#8a6100', '#0b6f82', '#4d6b0a'],
	dark: ['#7aa7ff', '#ff8c5a', '#4cd3a0', '#b79cff', '#ff7aa8', '#e0b040', '#4cc9df', '#a8cc4a']
};
export const NEUTRAL = { light: '#6b7280', dark: '#9ca3af' };

/** One collator: `localeCompare(b, 'zh')` builds a new one on every call. */
const ZH = new Intl.Collator('zh');

/** Person name → palette index; a name not listed (or `-1`) is neutral grey. */
export type PersonColours = Record<string, number>;

/** Assign palette slots: by events chaired, then by appearances, then by name. */
export function assignPersonColours(
	events: Pick<TimelineEvent, 'chair'>[],
	appearances: Pick<Appearance, 'person' | 'role'>[]
): PersonColours {
	const chaired = new Map<string, number>();
	const seen = new Map<string, number>();
	for (const e of events) if (e.chair) chaired.set(e.chair, (chaired.get(e.chair) ?? 0) + 1);
	for (const a of appearances)
		if (a.role !== 'referenced' && a.role !== 'credit')
			seen.set(a.person, (seen.get(a.person) ?? 0) + 1);
	const names = [...new Set([...chaired.keys(), ...seen.keys()])];
	names.sort(
		(a, b) =>
			(chaired.get(b) ?? 0) - (chaired.get(a) ?? 0) ||
			(seen.get(b) ?? 0) - (seen.get(a) ?? 0) ||
			ZH.compare(a, b)
	);
	// Only the coloured few are listed: pages and the dashboard carry this map, and everyone else
	// (thousands of names in a large corpus) is grey by default.
	const out: PersonColours = {};
	names.slice(0, PERSON_COLOURS.light.length).forEach((n, i) => (out[n] = i));
	return out;
}

/** CSS class of a person's colour: `p0`…`p7`, or `pn` for neutral. */
export function personClass(colours: PersonColours, name: string | undefined): string {
	const i = name === undefined ? -1 : (colours[name] ?? -1);
	return i >= 0 ? `p${i}` : 'pn';
}
