/**
 * Where things a site build keeps between its threads live: the extraction cache's folder, and
 * this build's folder in it (`build-<id>`: the dataset and manifest the dataset worker leaves for
 * SvelteKit's threads). Plain JavaScript: svelte.config.js reads it too.
 */
import path from 'node:path';

/** The cache folder (`CACHE_DIR`, else node_modules/.cache/jilin-timeline), or null when `CACHE=0`. */
export function cacheRoot() {
	if (process.env.CACHE === '0') return null;
	return path.resolve(process.env.CACHE_DIR || 'node_modules/.cache/jilin-timeline');
}

/** This build's folder, or null outside a site build (no `DATASET_BUILD_ID`) or without a cache. */
export function buildFolder() {
	const id = process.env.DATASET_BUILD_ID;
	const root = cacheRoot();
	return id && root ? path.join(root, `build-${id}`) : null;
}

/** The dataset's JSON as the dataset worker writes it for the site (`/data/dataset.json`). */
export const DATASET_JSON = 'dataset.json';
