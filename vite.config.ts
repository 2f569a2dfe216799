import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Quiet builds: the prerender step is slow by nature, and its timing report is noise.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
		environment: 'node'
	}
});
