/**
 * The extraction cache: what each file yielded (parse + per-article extraction, as JSON), keyed by
 * a hash of the file's name and bytes, so a rebuild after adding ten articles parses ten.
 *
 * It lives in `node_modules/.cache/jilin-timeline/` (where build tools keep caches; gitignored and
 * removed with `node_modules`), or in `CACHE_DIR`; `CACHE=0` turns it off. Entries sit under a
 * folder named after the pipeline version: a hash of the pure core's source (parser, extraction
 * rules, dataset code), the roster, the dependency lock file and the Node/ICU versions, so a
 * change to any of them starts a fresh cache (older versions are deleted). A cached result is the
 * very JSON text an uncached run produces and parses, so cached builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DateWindow } from '../corpus/dates';
import { cacheRoot } from './build-files.js';

/** What the results depend on besides the file itself (paths from the project root). */
const SOURCES = [
	'src/lib/corpus',
	'src/lib/extract',
	'src/lib/dataset',
	'src/lib/types.ts',
	'src/lib/server/extract-worker.ts',
	'src/lib/server/ts-worker-boot.js',
	'data',
	'package-lock.json'
];

async function listFiles(p: string): Promise<string[]> {
	const info = await stat(p);
	if (!info.isDirectory()) return [p];
	const out: string[] = [];
	for (const name of (await readdir(p)).sort()) out.push(...(await listFiles(path.join(p, name))));
	return out;
}

/**
 * A hash of everything extraction depends on, or null when the sources cannot be read (then
 * nothing is cached: a stale result must never be served).
 */
export async function pipelineVersion(root = process.cwd()): Promise<string | null> {
	const hash = createHash('sha256');
	hash.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\0`);
	try {
		for (const source of SOURCES)
			for (const file of await listFiles(path.join(root, source))) {
				hash.update(path.relative(root, file) + '\0');
				hash.update(await readFile(file));
				hash.update('\0');
			}
	} catch {
		return null;
	}
	return hash.digest('hex').slice(0, 16);
}

export { cacheRoot };

export class ExtractionCache {
	readonly dir: string;
	readonly version: string;

	private constructor(dir: string, version: string) {
		this.dir = dir;
		this.version = version;
	}

	/** The cache for the current pipeline version (other versions' folders are removed). */
	static async open(root = cacheRoot()): Promise<ExtractionCache | null> {
		if (!root) return null;
		const version = await pipelineVersion();
		if (!version) return null;
		const dir = path.join(root, `extract-${version}`);
		try {
			await mkdir(dir, { recursive: true });
			for (const name of await readdir(root))
				if (name.startsWith('extract-') && name !== path.basename(dir))
					await rm(path.join(root, name), { recursive: true, force: true });
		} catch {
			return null; // a read-only checkout builds without a cache
		}
		return new ExtractionCache(dir, version);
	}

	/**
	 * The key of a file: its name (ids and messages come from it), its bytes and the publication
	 * window it was read with (a date outside it skips the file).
	 */
	key(file: string, bytes: Uint8Array | string, window: DateWindow): string {
		return createHash('sha256')
			.update(`${window.from}..${window.to}\0${file}\0`)
			.update(bytes)
			.digest('hex');
	}

	private path(key: string): string {
		return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
	}

	/** The cached JSON for a key, or null. */
	async get(key: string): Promise<string | null> {
		try {
			return await readFile(this.path(key), 'utf8');
		} catch {
			return null;
		}
	}

	/** Store a result; written beside and renamed, so a reader never sees half a file. */
	async put(key: string, json: string): Promise<void> {
		const file = this.path(key);
		const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		try {
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(tmp, json);
			await rename(tmp, file);
		} catch {
			await rm(tmp, { force: true }).catch(() => {});
		}
	}
}
