/** Build a second site from another corpus folder, for the browser tests that need one. */
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';

/**
 * `vite build` (in the project `root`) of `corpus` into `site`; fails the test with the build's
 * stderr if it fails.
 * @param {string} root
 * @param {string} corpus
 * @param {string} site
 */
export function buildSite(root, corpus, site) {
	const build = spawnSync('npx', ['vite', 'build'], {
		cwd: root,
		env: { ...process.env, CORPUS_DIR: corpus, BUILD_DIR: site },
		encoding: 'utf8'
	});
	assert.equal(build.status, 0, build.stderr);
}
