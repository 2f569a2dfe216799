import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentVersion } from './scripts/content-version.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets tests build a second corpus beside the default site.
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			strict: true
		}),
		// A corpus that names no official (ingested feeds about other things) has no /people/[id]
		// page to render: that route is then simply absent, not a failed build.
		prerender: { handleHttpError: 'fail', handleMissingId: 'warn', handleUnseenRoutes: 'ignore' },
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
