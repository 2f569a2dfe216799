import { existsSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildFolder, DATASET_JSON } from './src/lib/server/build-files.js';
import { contentVersion } from './scripts/content-version.js';

// BUILD_DIR lets tests build a second corpus beside the default site.
const site = process.env.BUILD_DIR || 'build';
const staticSite = adapter({ pages: site, assets: site, strict: true });

/**
 * adapter-static, then the dataset's JSON put in place: in a build the dataset worker writes it
 * (src/lib/server/dataset-worker.ts) and the prerender gets a placeholder, because prerendering
 * a file of that size holds it in memory twice (~340 MB at 20,000 articles).
 * @type {import('@sveltejs/kit').Adapter}
 */
const siteAdapter = {
	...staticSite,
	async adapt(builder) {
		await staticSite.adapt(builder);
		const folder = buildFolder();
		if (!folder || !existsSync(folder)) return;
		const json = path.join(folder, DATASET_JSON);
		if (!existsSync(json)) throw new Error(`The dataset's JSON is missing: ${json}`);
		await copyFile(json, path.join(site, 'data', DATASET_JSON));
		// the site is written: the build's shared files (hundreds of MB for a large corpus) can go
		await rm(folder, { recursive: true, force: true });
	}
};

/**
 * The "show all" files of day and person pages exist only where a page lists part of its
 * articles, so a small corpus has none of them, and a corpus that names no official (ingested feeds
 * about other things) has no person page; any other prerenderable route left unbuilt fails.
 */
const OPTIONAL_ROUTES = ['/data/days/[date].json', '/data/people/[id].json', '/people/[id]'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: siteAdapter,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'warn',
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !OPTIONAL_ROUTES.includes(route))) throw new Error(message);
			}
		},
		// From the content, not the clock (SvelteKit's default), so two builds are byte-identical.
		version: { name: contentVersion() },
		// Strict CSP: SvelteKit hashes its own inline bootstrap script; 'wasm-unsafe-eval' lets the
		// export menu compile HarfBuzz (WebAssembly) to subset the font, and allows no JS eval.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', 'https:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
