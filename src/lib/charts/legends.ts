/**
 * The legends of the dashboard's charts, as plain data: the figure shows them and the export menu
 * draws them into images. Pure functions of the items in view, so a prerendered image can use the
 * same keys as the page.
 */
import type { LegendEntry } from '$lib/chart/frame';
import { personClass, type PersonColours } from '$lib/chart/palette';
import { messages, personLabel, roleLabel, type Lang } from '$lib/i18n';
import type { MeetingItem } from './items';
import { ROLE_ORDER } from './items';
import type { Role } from '$lib/types';

/**
 * Meetings: one key per coloured chair (palette order), `Others` for grey marks, then the keys of
 * the mark forms in view: daily meetings, an inferred date, an evening or night notch.
 */
export function meetingsLegend(
	meetings: MeetingItem[],
	colours: PersonColours,
	pinyin: Record<string, string>,
	lang: Lang
): LegendEntry[] {
	const m = messages(lang);
	const chairs = [...new Set(meetings.map((e) => e.chair).filter((c): c is string => !!c))];
	chairs.sort((a, b) => (colours[a] ?? 99) - (colours[b] ?? 99));
	const named = chairs.filter((c) => (colours[c] ?? -1) >= 0);
	const entries: LegendEntry[] = named.map((c) => ({
		label: personLabel(c, pinyin[c]),
		cls: personClass(colours, c),
		shape: 'circle'
	}));
	if (chairs.length > named.length || meetings.some((e) => !e.chair))
		entries.push({ label: m.others, cls: 'pn', shape: 'circle' });
	if (meetings.some((e) => e.recurrence === 'daily'))
		entries.push({ label: m.legendDaily, cls: 'pn', shape: 'square', detail: 'daily' });
	if (meetings.some((e) => e.confidence === 'inferred'))
		entries.push({ label: m.legendInferred, cls: 'pn', shape: 'ring' });
	if (
		meetings.some((e) => e.end === e.date && (e.partOfDay === 'evening' || e.partOfDay === 'night'))
	)
		entries.push({ label: m.legendEvening, cls: 'pn', shape: 'circle', detail: 'notch' });
	return entries;
}

/**
 * Case figures: the two series, partial-day windows, conflicts, and the context drawn from the
 * meetings in view: a dashed rule per one-day meeting, a grey band per multi-day one (the daily
 * meetings of 2–9 March). Without `events`, both context keys are given.
 */
export function casesLegend(lang: Lang, events?: { date: string; end: string }[]): LegendEntry[] {
	const m = messages(lang);
	const entries: LegendEntry[] = [
		{ label: m.confirmed, cls: 'jt-confirmed', shape: 'square' },
		{ label: m.asymptomatic, cls: 'jt-asymptomatic', shape: 'square' },
		{ label: m.partial, cls: 'jt-hatch-confirmed', shape: 'hatch' },
		{ label: `! ${m.conflict}`, cls: 'jt-flag', shape: 'square' }
	];
	if (!events || events.some((e) => e.end === e.date))
		entries.push({ label: m.legendRule, cls: 'jt-rule', shape: 'line' });
	if (!events || events.some((e) => e.end > e.date))
		entries.push({ label: m.legendBand, cls: 'jt-lane', shape: 'band' });
	return entries;
}

/** The mark shape of each role in the appearance matrix (`roleGlyph`). */
export const ROLE_SHAPE = {
	chair: 'square',
	speaker: 'triangle',
	participant: 'circle',
	credit: 'diamond',
	referenced: 'ring'
} as const satisfies Record<Role, LegendEntry['shape']>;

/** Appearances: one key per role, `referenced` only when those mentions are shown. */
export function rolesLegend(lang: Lang, referenced: boolean): LegendEntry[] {
	return ROLE_ORDER.filter((r) => r !== 'referenced' || referenced).map((r) => ({
		label: roleLabel(r, lang),
		cls: `r-${r}`,
		shape: ROLE_SHAPE[r]
	}));
}
