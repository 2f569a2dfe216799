/**
 * The dashboard's day details (`/data/dashboard/<day>.json`, prerendered), fetched when a view
 * needs them and kept for the visit. Reading `get(day)` inside a `$derived` makes it recompute
 * when that day arrives.
 */
import type { DayDetails } from './dashboard-data';

const empty = (day: string): DayDetails => ({
	day,
	articles: [],
	events: {},
	caseReports: {},
	appearances: {}
});

export class DayDetailsStore {
	/** Replaced, not mutated, when a day arrives (at most one entry a day): that is the signal. */
	#loaded = $state.raw(new Map<string, DayDetails>());
	#loading = new Map<string, Promise<void>>();
	#days: () => string[];
	#known: Set<string> | null = null;
	/** Days whose file could not be read (shown as a note; the charts keep what they have). */
	failed = $state<string[]>([]);

	/** `days`: the days that have a details file (the summary's `detailDays`). */
	constructor(days: () => string[]) {
		this.#days = days;
	}

	/** A day's details; empty for a day without a file; undefined while not loaded. */
	get(day: string): DayDetails | undefined {
		this.#known ??= new Set(this.#days());
		if (!this.#known.has(day)) return empty(day);
		return this.#loaded.get(day);
	}

	/** True when every one of `days` is at hand. */
	has(days: string[]): boolean {
		return days.every((d) => this.get(d) !== undefined);
	}

	/** Load the days not yet at hand; undefined when there is nothing to wait for. */
	ensure(days: string[]): Promise<void> | undefined {
		const missing = days.filter((d) => this.get(d) === undefined);
		if (!missing.length) return undefined;
		return Promise.all(missing.map((d) => this.#load(d))).then(() => {});
	}

	#load(day: string): Promise<void> {
		let loading = this.#loading.get(day);
		if (!loading) {
			loading = fetch(`/data/dashboard/${day}.json`)
				.then((res) => {
					if (!res.ok) throw new Error(`${res.status}`);
					return res.json() as Promise<DayDetails>;
				})
				.then(
					(details) => void (this.#loaded = new Map(this.#loaded).set(day, details)),
					() => {
						this.#loading.delete(day);
						if (!this.failed.includes(day)) this.failed = [...this.failed, day];
					}
				);
			this.#loading.set(day, loading);
		}
		return loading;
	}
}
