/**
 * SvelteKit's `version.name` from content, not the clock: a hash of the app's own files (code,
 * data, static assets, lockfile), the corpus's files and the settings that change the output. The
 * same checkout and corpus give the same name, so two builds are byte-identical; any change to
 * either gives a new name, so open tabs notice a new deployment.
 *
 * Plain JavaScript: svelte.config.js loads it before any TypeScript is compiled. It only hashes;
 * the corpus is read (and its problems reported) by src/lib/server/corpus.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the app is built from, relative to the project. */
const APP = [
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/content-version.js',
	'src',
	'static',
	'data'
];

/** Settings read at build time that change the output. */
const SETTINGS = ['DATE_WINDOW', 'SOURCE_DATE_EPOCH', 'DASHBOARD_FIXTURE', 'FOCUS_REGION'];

/**
 * Every readable regular file under `root` (a file or a folder), as sorted `[relative path, full
 * path]` pairs. Hidden entries are skipped and links followed, each folder once; unreadable entries
 * are left to the corpus reader to report.
 * @param {string} root
 * @returns {[string, string][]}
 */
function filesUnder(root) {
	/** @type {[string, string][]} */
	const out = [];
	const seen = new Set();
	const stack = [''];
	while (stack.length) {
		const rel = /** @type {string} */ (stack.pop());
		const full = path.join(root, rel);
		try {
			const stats = statSync(full);
			if (stats.isFile()) out.push([rel, full]);
			if (!stats.isDirectory()) continue;
			const real = realpathSync(full);
			if (seen.has(real)) continue;
			seen.add(real);
			for (const name of readdirSync(full)) {
				if (!name.startsWith('.')) stack.push(rel ? `${rel}/${name}` : name);
			}
		} catch {
			// Unreadable, vanished or a dangling link: the corpus reader names it.
		}
	}
	return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * @param {{ project?: string, corpus?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {string} 12 hex digits
 */
export function contentVersion({
	project = process.cwd(),
	corpus = path.resolve(project, process.env.CORPUS_DIR || 'seeds'),
	env = process.env
} = {}) {
	const hash = createHash('sha256');
	/** @param {string} label @param {string} root */
	const add = (label, root) => {
		for (const [rel, full] of filesUnder(root)) {
			try {
				const bytes = readFileSync(full);
				hash.update(`${label}:${rel}\0${bytes.length}\0`).update(bytes);
			} catch {
				// Unreadable: reported by the corpus reader; it adds nothing to the output either.
			}
		}
	};
	for (const entry of APP) add(entry, path.join(project, entry));
	add('corpus', corpus);
	for (const key of SETTINGS) hash.update(`${key}=${env[key] ?? ''}\0`);
	return hash.digest('hex').slice(0, 12);
}
