import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The "show all" files of day and person pages exist only where a page lists part of its
 * articles, so a small corpus has none of them; any other prerenderable route left unbuilt fails.
 */
const OPTIONAL_ROUTES = ['/data/days/[date].json', '/data/people/[id].json'];

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
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'warn',
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !OPTIONAL_ROUTES.includes(route))) throw new Error(message);
			}
		},
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
