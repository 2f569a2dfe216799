/**
 * What an ingest keeps, decided one post version at a time, and the manifest that lets a second
 * run add only what is new. Pure: candidates in, decisions out; the caller reads and writes files.
 *
 * - Versions of one article share an `id` (an archive path and publication day, or a feed guid):
 *   the newest (`time`) is kept and the others are counted, so an edited post is one article.
 * - The same story from one outlet in several feeds (same outlet, title and day) is one article;
 *   from several outlets it is one article per outlet (the sources reconciliation counts).
 * - The same bytes are written once, whatever path or feed they came from.
 */
import { corpusFileName } from './file-name';
import { select, type Selection, type Verdict } from './select';

/** One version of a post, as found in an archive commit or a feed file. */
export interface Candidate {
	/** Identity: versions of one article share it. */
	id: string;
	outlet: string;
	title: string;
	/** Beijing publication day, `YYYY-MM-DD`. */
	day: string;
	/** Where this version was read: `source/_posts/…/x.md@<commit>`, `feeds/a.xml#3`. */
	origin: string;
	/** Fingerprint of the bytes that would be written (blob id, or SHA-1 of the text). */
	hash: string;
	/** When this version was current (commit time, or the item's updated time), Unix seconds. */
	time: number;
	/** Title and text, for `--match`. */
	text: string;
}

/** One corpus file written by ingest. */
export interface ManifestEntry {
	file: string;
	id: string;
	outlet: string;
	title: string;
	day: string;
	/** Where the version written was read. */
	origin: string;
	hash: string;
	time: number;
	/** Short fingerprints of every version seen (more than one: the post was edited). */
	versions: string[];
	/** Where the same story was also found (other feeds of the same outlet, identical copies). */
	alsoIn?: string[];
}

export interface Manifest {
	format: 'jilin-timeline-ingest';
	version: 1;
	articles: ManifestEntry[];
	/** Per repository (absolute path): the ref tips already read, for the next run. */
	git?: Record<string, { tips: string[]; selection: string }>;
}

export type Decision =
	| { kind: 'add' | 'update'; entry: ManifestEntry }
	| { kind: 'unchanged' | 'older' | 'duplicate'; entry: ManifestEntry }
	| { kind: 'skipped'; verdict: Exclude<Verdict, 'kept'> };

const SHORT = 12;

export function emptyManifest(): Manifest {
	return { format: 'jilin-timeline-ingest', version: 1, articles: [] };
}

export class Ledger {
	private readonly byId = new Map<string, ManifestEntry>();
	private readonly byStory = new Map<string, ManifestEntry>();
	private readonly byHash = new Map<string, ManifestEntry>();
	/** Ids whose newest version is another outlet feed's copy: id → the article kept. */
	private readonly aliases = new Map<string, ManifestEntry>();
	/** Ids left out by the selection: id → time of the version judged. */
	private readonly skipped = new Map<string, { time: number; verdict: Exclude<Verdict, 'kept'> }>();
	private readonly files = new Set<string>();
	private readonly entries: ManifestEntry[] = [];
	/** Entries written (added or rewritten) in this run. */
	readonly added = new Set<ManifestEntry>();
	readonly updated = new Set<ManifestEntry>();

	constructor(
		manifest: Manifest = emptyManifest(),
		private readonly selection: Selection = {},
		/** Equal times: `later` lets the version offered last win (feed files in name order). */
		private readonly ties: 'first' | 'later' = 'first'
	) {
		for (const entry of manifest.articles) this.remember({ ...entry });
	}

	/** Decide on one version. */
	offer(c: Candidate): Decision {
		const short = c.hash.slice(0, SHORT);
		const same = this.byHash.get(short);
		if (same) {
			if (same.id === c.id)
				return { kind: same.hash.startsWith(short) ? 'unchanged' : 'older', entry: same };
			// identical bytes under another identity (a copied file): written once
			if (!this.byId.has(c.id)) this.alias(c, same);
			return { kind: 'duplicate', entry: same };
		}
		const alias = this.aliases.get(c.id);
		if (alias) return { kind: 'duplicate', entry: alias };

		const entry = this.byId.get(c.id);
		if (entry) {
			if (!entry.versions.includes(short)) entry.versions = [...entry.versions, own(short)].sort();
			this.byHash.set(
				entry.versions.find((v) => v === short)!,
				entry
			);
			const older = this.ties === 'later' ? c.time < entry.time : c.time <= entry.time;
			if (older) return { kind: 'older', entry };
			Object.assign(entry, {
				outlet: own(c.outlet),
				title: own(c.title),
				origin: own(c.origin),
				hash: own(c.hash),
				time: c.time
			});
			if (!this.added.has(entry)) this.updated.add(entry);
			return { kind: this.added.has(entry) ? 'add' : 'update', entry };
		}

		const judged = this.skipped.get(c.id);
		if (judged && c.time <= judged.time) return { kind: 'skipped', verdict: judged.verdict };
		const verdict = select(c, this.selection);
		if (verdict !== 'kept') {
			this.skipped.set(own(c.id), { time: c.time, verdict });
			return { kind: 'skipped', verdict };
		}
		this.skipped.delete(c.id);

		const primary = this.byStory.get(storyKey(c));
		if (primary) {
			this.alias(c, primary);
			return { kind: 'duplicate', entry: primary };
		}

		const added: ManifestEntry = {
			file: this.freeName(c.day, c.id),
			id: own(c.id),
			outlet: own(c.outlet),
			title: own(c.title),
			day: own(c.day),
			origin: own(c.origin),
			hash: own(c.hash),
			time: c.time,
			versions: [own(short)]
		};
		this.remember(added);
		this.added.add(added);
		return { kind: 'add', entry: added };
	}

	/**
	 * Whether any version with an id starting with `prefix` was offered and readable (kept, left
	 * out by the selection, or a copy). Scans: for the rare post with a broken version.
	 */
	knows(prefix: string): boolean {
		for (const map of [this.byId, this.skipped, this.aliases])
			for (const id of map.keys()) if (id.startsWith(prefix)) return true;
		return false;
	}

	/** Entries with more than one version: edited posts, the newest kept. */
	edited(): ManifestEntry[] {
		return this.entries.filter((e) => e.versions.length > 1);
	}

	/** The manifest to save: entries sorted by file name, so the same input gives the same bytes. */
	manifest(git?: Manifest['git']): Manifest {
		const articles = [...this.entries].sort((a, b) => (a.file < b.file ? -1 : 1));
		return { ...emptyManifest(), articles, ...(git && Object.keys(git).length ? { git } : {}) };
	}

	private remember(entry: ManifestEntry): void {
		this.entries.push(entry);
		this.files.add(entry.file);
		this.byId.set(entry.id, entry);
		this.byStory.set(own(storyKey(entry)), entry);
		for (const v of entry.versions) this.byHash.set(v, entry);
		this.byHash.set(entry.hash.slice(0, SHORT), entry);
	}

	private alias(c: Candidate, primary: ManifestEntry): void {
		if (this.aliases.has(c.id)) return;
		this.aliases.set(own(c.id), primary);
		if (c.origin !== primary.origin) {
			primary.alsoIn = [...new Set([...(primary.alsoIn ?? []), own(c.origin)])].sort();
		}
	}

	/** The usual name; a longer hash in the (astronomically rare) case of a clash. */
	private freeName(day: string, id: string): string {
		for (let length = 12; ; length += 4) {
			const name = corpusFileName(day, id, length);
			if (!this.files.has(name)) return name;
		}
	}
}

/**
 * A copy of a string that holds only its own characters. Strings cut from a parsed file (a title
 * from the YAML) can keep the whole file alive in V8; kept for every article of a long history,
 * that would make memory grow with the bytes read rather than with the articles kept.
 */
function own(text: string): string {
	return JSON.parse(JSON.stringify(text));
}

/**
 * One outlet's story on one day: the outlet, the title without the characters the archive
 * replaces in file names (`:` → `_`) or drops, and the day.
 */
export function storyKey(p: { outlet: string; title: string; day: string }): string {
	const title = p.title.normalize('NFKC').replace(/[\s:/\\?*“”<>|[\]_#.]/g, '');
	return `${p.outlet.trim()}\n${title}\n${p.day}`;
}
