/**
 * The corpus folder an ingest writes: article files, and `.ingest-manifest.json` (hidden, so the
 * corpus reader does not list it) recording what was written from where.
 */
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	writeFile,
	writeSync
} from 'node:fs';
import path from 'node:path';
import { emptyManifest, type Manifest, type ManifestEntry } from '../../src/lib/ingest/ledger';
import type { Problem } from '../../src/lib/types';

export const MANIFEST = '.ingest-manifest.json';

/** What one run did, for the summary and the tests. */
export interface IngestReport {
	out: string;
	/** Post versions looked at: files added or changed in a commit, or items in a feed. */
	scanned: number;
	/** Versions whose bytes were read and parsed (each blob once). */
	read: number;
	commits?: number;
	added: ManifestEntry[];
	updated: ManifestEntry[];
	unchanged: number;
	/** Older versions of articles kept in a newer version. */
	older: number;
	/** The same story in another feed of the same outlet, or the same bytes elsewhere. */
	duplicates: number;
	outsideWindow: number;
	noMatch: number;
	/** Files under the posts folder that are not posts (images, configuration). */
	otherFiles: number;
	/** Articles (in the whole manifest) with more than one version. */
	edited: number;
	/** Manifest entries whose file had been deleted: written again. */
	restored: number;
	/** Whether only commits new since the last run were read. */
	incremental?: boolean;
	problems: Problem[];
	seconds: number;
	peakMB: number;
}

export function emptyReport(out: string): IngestReport {
	return {
		out,
		scanned: 0,
		read: 0,
		added: [],
		updated: [],
		unchanged: 0,
		older: 0,
		duplicates: 0,
		outsideWindow: 0,
		noMatch: 0,
		otherFiles: 0,
		edited: 0,
		restored: 0,
		problems: [],
		seconds: 0,
		peakMB: 0
	};
}

/**
 * The folder's manifest, without entries whose file is gone (so they are written again); a
 * missing manifest is an empty one.
 */
export function loadManifest(out: string): { manifest: Manifest; restored: number } {
	const file = path.join(out, MANIFEST);
	if (!existsSync(file)) return { manifest: emptyManifest(), restored: 0 };
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(
			`${file} is not valid JSON (${(error as Error).message}). ` +
				'Delete it to ingest everything again (existing articles are kept and matched by name).',
			{ cause: error }
		);
	}
	if (manifest?.format !== 'jilin-timeline-ingest' || !Array.isArray(manifest.articles)) {
		throw new Error(`${file} is not an ingest manifest. Move it away, or choose another --out.`);
	}
	const articles = manifest.articles.filter((a) => existsSync(path.join(out, a.file)));
	return {
		manifest: { ...manifest, articles },
		restored: manifest.articles.length - articles.length
	};
}

/**
 * One article per line: small diffs between runs, and the same input gives the same bytes.
 * Written in chunks, so a manifest of many thousands of articles is never one string in memory.
 */
export function saveManifest(out: string, manifest: Manifest): void {
	const { articles, ...head } = manifest;
	const file = path.join(out, MANIFEST);
	const fd = openSync(`${file}.tmp`, 'w');
	try {
		let chunk = JSON.stringify(head).replace(/}$/, ',"articles":[\n');
		articles.forEach((a, i) => {
			chunk += JSON.stringify(a) + (i < articles.length - 1 ? ',\n' : '\n');
			if (chunk.length > 1 << 16) {
				writeSync(fd, chunk);
				chunk = '';
			}
		});
		writeSync(fd, chunk + ']}\n');
	} finally {
		closeSync(fd);
	}
	renameSync(`${file}.tmp`, file);
}

/** Create the output folder (and parents). */
export function prepareOut(out: string): void {
	mkdirSync(out, { recursive: true });
}

/**
 * Writes article files in the background, a few at a time, so the disk works while the next posts
 * are parsed; two writes of one file (a newer version found later) happen in order.
 */
export class ArticleWriter {
	private readonly pending = new Map<string, Promise<void>>();
	private readonly order: Promise<void>[] = [];

	constructor(
		private readonly out: string,
		private readonly inFlight = 32
	) {}

	async write(file: string, content: string | Uint8Array): Promise<void> {
		const before = this.pending.get(file) ?? Promise.resolve();
		// the callback API: lighter than fs/promises' file handles, which shows over 40,000 files
		const done = before.then(
			() =>
				new Promise<void>((resolve, reject) =>
					writeFile(path.join(this.out, file), content, (error) =>
						error ? reject(error) : resolve()
					)
				)
		);
		this.pending.set(file, done);
		this.order.push(done);
		void done.then(
			() => {
				if (this.pending.get(file) === done) this.pending.delete(file);
			},
			() => {}
		);
		if (this.order.length >= this.inFlight) await this.order.shift();
	}

	/** Wait for every write (and fail if one failed). */
	async flush(): Promise<void> {
		await Promise.all(this.order.splice(0));
	}
}

/** Peak resident memory of this process so far, MB. */
export function peakMB(): number {
	return Math.round(process.resourceUsage().maxRSS / 1024);
}
