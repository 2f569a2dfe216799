import { setFlagsFromString } from 'node:v8';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const config = {
	plugins: [sveltekit()],
	// Quiet builds: the prerender step is slow by nature, and its timing report is noise.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
		environment: 'node' as const
	}
};

export default defineConfig(({ command }) => {
	// One id for this build's threads: the dataset is made once and shared (src/lib/server/dataset.ts).
	if (command === 'build') {
		process.env.DATASET_BUILD_ID ??= `${process.pid}-${Date.now()}`;
		// Collect garbage before a heap grows past 1.5× what it holds (V8 lets it grow up to 4×):
		// the prerendering threads make pages by the thousand, and at 20,000 articles this keeps
		// the build's peak memory ~250 MB lower for about the same time. V8's flags are per
		// process, so SvelteKit's worker threads, started later, get it too.
		setFlagsFromString('--heap-growing-percent=50');
	}
	return config;
});
