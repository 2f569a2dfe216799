/**
 * The one module that touches the file system: it lists and reads the corpus folder and hands
 * bytes to the pure core. Whatever one entry does (no permission, a dangling link, a FIFO that
 * would block a read forever, a link back to its own folder) becomes a Problem naming it; only a
 * corpus folder that cannot be listed at all stops the build.
 */
import type { Dirent, Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { defaultWindow, parseWindow, type DateWindow } from '../corpus/dates';
import { MAX_BYTES, sizeProblem } from '../corpus/parse-article';
import type { CorpusFile } from '../dataset/build-dataset';
import { DEFAULT_PROVINCE, normaliseRegion } from '../extract/regions';
import type { Dataset, Problem } from '../types';
import { buildDatasetFromFiles } from './extract-pipeline';

/** File names read as articles; everything else in the folder is listed as skipped. */
const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;

/** The file-system calls the reader makes; tests swap in failing ones (a root user can read anything). */
export interface CorpusFs {
	readdir(dir: string, options: { withFileTypes: true }): Promise<Dirent[]>;
	stat(file: string): Promise<Stats>;
	realpath(file: string): Promise<string>;
	readFile(file: string): Promise<Uint8Array>;
}

/** The corpus folder: `CORPUS_DIR`, or `seeds/` at the project root. */
export function corpusDir(): string {
	return path.resolve(process.env.CORPUS_DIR || 'seeds');
}

/**
 * The focus region: `FOCUS_REGION` (a province, short or full: `吉林`, `上海市`; or `全国`),
 * default 吉林省. An unknown name is an error that says what is accepted.
 */
export function focusRegion(setting = process.env.FOCUS_REGION): string {
	if (!setting) return DEFAULT_PROVINCE;
	const region = normaliseRegion(setting);
	if (!region) {
		throw new Error(
			`Unknown focus region "${setting}". Give a province as written in Chinese (吉林省, 吉林, ` +
				'上海市, 广西壮族自治区…) or 全国.'
		);
	}
	return region;
}

/** A corpus folder that cannot be read at all (missing, not a folder, no permission). */
export class CorpusError extends Error {}

export interface CorpusRead {
	files: CorpusFile[];
	problems: Problem[];
	/** The newest modification time of the files read (ms since 1970), or null for none. */
	newest: number | null;
}

/**
 * Read every article file under `dir` (recursively, without recursion: folders may nest deeply;
 * hidden files and folders are ignored). Links are followed, each folder and file read once.
 */
export async function readCorpus(dir: string, io: CorpusFs = fs): Promise<CorpusRead> {
	const files: CorpusFile[] = [];
	const problems: Problem[] = [];
	let newest: number | null = null;
	const skip = (file: string, message: string, hint: string) =>
		problems.push({ file, field: 'file', message: `${file} ${message}`, hint, severity: 'error' });

	const root = await rootFolder(dir, io);
	const seen = new Set<string>([root]);
	const folders: string[] = [''];
	const entries: { rel: string; stats: Stats; real: string }[] = [];
	while (folders.length) {
		const prefix = folders.pop()!;
		let listing: Dirent[];
		try {
			listing = await io.readdir(path.join(dir, prefix), { withFileTypes: true });
		} catch (error) {
			if (!prefix) throw rootError(dir, error);
			skip(
				`${prefix}/`,
				`is a folder that cannot be read: ${reason(error)}.`,
				accessHint(error, 'folder')
			);
			continue;
		}
		// Listing order differs between file systems; which of two ways into a folder is read must not.
		listing.sort((a, b) => compare(a.name, b.name));
		for (const entry of listing) {
			if (entry.name.startsWith('.')) continue;
			const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
			const full = path.join(dir, rel);
			let stats: Stats;
			let real: string;
			try {
				// stat follows links: a link is read as what it points to.
				stats = await io.stat(full);
				real = await io.realpath(full);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ELOOP'))
					skip(
						rel,
						code === 'ELOOP'
							? 'is a link that leads back to itself (a loop).'
							: 'is a link to something that does not exist (a dangling link).',
						'Point the link at an article file, or remove it.'
					);
				else skip(rel, `cannot be read: ${reason(error)}.`, accessHint(error, 'file'));
				continue;
			}
			if (stats.isDirectory()) {
				if (seen.has(real)) {
					skip(
						`${rel}/`,
						'is a link to a folder that is already read (a loop or a second way in); it is read once.',
						'Remove the link, or point it outside the corpus folder.'
					);
				} else {
					seen.add(real);
					folders.push(rel);
				}
			} else if (!stats.isFile()) {
				skip(
					rel,
					`is ${kindOf(stats)}, not a file; it is not read.`,
					'Move it out of the corpus folder.'
				);
			} else {
				entries.push({ rel, stats, real });
			}
		}
	}

	const readFiles = new Map<string, string>();
	for (const { rel, stats, real } of entries.sort((a, b) => compare(a.rel, b.rel))) {
		if (!ARTICLE_FILE.test(rel)) {
			skip(
				rel,
				'is not an article file (expected .txt, .md or .html).',
				'Rename it if it is an article, or move it out of the corpus folder.'
			);
			continue;
		}
		const first = readFiles.get(real);
		if (first !== undefined) {
			skip(
				rel,
				`is the same file as ${first} (through a link); it is read once.`,
				'Remove one of the two.'
			);
			continue;
		}
		readFiles.set(real, rel);
		if (stats.size > MAX_BYTES) {
			problems.push(sizeProblem(rel, stats.size));
			continue;
		}
		try {
			files.push({ file: rel, bytes: await io.readFile(path.join(dir, rel)) });
			newest = Math.max(newest ?? 0, Math.floor(stats.mtimeMs / 1000) * 1000);
		} catch (error) {
			skip(rel, `cannot be read: ${reason(error)}.`, accessHint(error, 'file'));
		}
	}
	problems.sort((a, b) => compare(a.file, b.file));
	return { files, problems, newest };
}

/** The corpus folder's real path; anything but a readable folder is a CorpusError. */
async function rootFolder(dir: string, io: CorpusFs): Promise<string> {
	let stats: Stats;
	try {
		stats = await io.stat(dir);
	} catch (error) {
		throw rootError(dir, error);
	}
	if (!stats.isDirectory()) throw rootError(dir, new Error('it is not a folder'));
	return io.realpath(dir);
}

function rootError(dir: string, error: unknown): CorpusError {
	return new CorpusError(
		`Cannot read the corpus folder ${dir}: ${reason(error)}. ` +
			'Set CORPUS_DIR (or --corpus) to a folder of articles (Hexo-style .txt or .md posts), or run from the project root.',
		{ cause: error }
	);
}

/** Code-point order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const REASONS: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOENT: 'it does not exist',
	ENOTDIR: 'a part of its path is not a folder',
	ENAMETOOLONG: 'its path is too long',
	EIO: 'the disk reported an input/output error',
	EISDIR: 'it is a folder'
};

function reason(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	return (e.code && REASONS[e.code]) || e.message || String(error);
}

function accessHint(error: unknown, what: 'file' | 'folder'): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM')
		return what === 'file'
			? 'Let the build read it (`chmod a+r <file>`), or move it out of the corpus folder.'
			: 'Let the build list it (`chmod a+rx <folder>`), or move it out of the corpus folder.';
	return `Check the ${what}, or move it out of the corpus folder.`;
}

function kindOf(stats: Stats): string {
	if (stats.isFIFO()) return 'a FIFO (named pipe)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice()) return 'a character device';
	if (stats.isBlockDevice()) return 'a block device';
	return 'not a regular file';
}

/** Settings of a build, from the environment; an invalid one is a CorpusError naming it. */
export interface BuildSettings {
	built: Date;
	window: DateWindow;
}

/**
 * `built`: `SOURCE_DATE_EPOCH` (seconds) when set, else the newest article file's modification
 * time, else now (an empty corpus). `window`: `DATE_WINDOW` over the default (2000-01-01 to a year
 * after `built`).
 */
export function buildSettings(
	newest: number | null,
	env: Record<string, string | undefined> = process.env,
	dateWindow = env.DATE_WINDOW
): BuildSettings {
	let built: Date;
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch !== undefined && epoch !== '') {
		if (!/^\d+$/.test(epoch.trim()))
			throw new CorpusError(
				`SOURCE_DATE_EPOCH=${epoch} is not a number of seconds since 1970 (e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)).`
			);
		built = new Date(Number(epoch.trim()) * 1000);
	} else built = new Date(newest ?? Date.now());
	const fallback = defaultWindow(built);
	if (dateWindow === undefined || dateWindow === '') return { built, window: fallback };
	const window = parseWindow(dateWindow, fallback);
	if (typeof window === 'string')
		throw new CorpusError(
			`DATE_WINDOW: ${window}. Write it as FROM..TO, e.g. 2019-12-01..2023-12-31.`
		);
	return { built, window };
}

/**
 * How the dataset names its corpus folder: relative to the project (the folder the build runs
 * in) when inside it, else absolute, so the same corpus gives the same dataset on every machine.
 */
export function corpusLabel(dir: string, project = process.cwd()): string {
	const rel = path.relative(project, dir);
	if (rel === '') return '.';
	if (rel.startsWith('..') || path.isAbsolute(rel)) return dir.split(path.sep).join('/');
	return rel.split(path.sep).join('/');
}

/**
 * Read and extract a corpus folder (in worker threads, with a cache: see extract-pipeline.ts),
 * keeping the `focus` region's items in the main lists. `dateWindow` overrides `DATE_WINDOW`.
 */
export async function loadDataset(
	dir = corpusDir(),
	options: { dateWindow?: string; io?: CorpusFs; focus?: string } = {}
): Promise<Dataset> {
	const { files, problems, newest } = await readCorpus(dir, options.io);
	const { built, window } = buildSettings(
		newest,
		process.env,
		options.dateWindow ?? process.env.DATE_WINDOW
	);
	const focus = options.focus ?? focusRegion();
	return buildDatasetFromFiles(corpusLabel(dir), files, problems, built, { window, focus });
}
