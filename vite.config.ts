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
	if (command === 'build') process.env.DATASET_BUILD_ID ??= `${process.pid}-${Date.now()}`;
	return config;
});
