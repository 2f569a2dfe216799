/** Where in a day's band a mark sits: its part of day, left (early) to right (night). */
import type { PartOfDay } from '$lib/types';

const OFFSET: Record<PartOfDay, number> = {
	'early-morning': 0.12,
	morning: 0.3,
	noon: 0.5,
	afternoon: 0.66,
	evening: 0.82,
	night: 0.92
};

/** Fraction of the day (0–1); the middle when the time of day is not stated. */
export function partOffset(p: PartOfDay | undefined): number {
	return p ? OFFSET[p] : 0.5;
}
