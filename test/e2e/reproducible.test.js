/**
 * Two builds of the same corpus are byte-identical: the build time comes from the files (or
 * SOURCE_DATE_EPOCH), SvelteKit's version from the content, the corpus path is relative. Compares
 * every file of build/ (made by the runner) with a second build; with SKIP_BUILD=1 (build/ may be
 * stale) it makes both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every file under `dir`, as sorted paths relative to it.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function filesUnder(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
		.sort();
}

/**
 * @param {string} root
 * @param {string} out
 */
function build(root, out) {
	execFileSync('npx', ['vite', 'build'], {
		cwd: root,
		env: { ...process.env, BUILD_DIR: out },
		stdio: 'ignore'
	});
}

export const tests = {
	'two builds of the same corpus are byte-identical': async ({ assert, root }) => {
		const work = await mkdtemp(path.join(tmpdir(), 'reproducible-'));
		try {
			let first = path.join(root, 'build');
			if (process.env.SKIP_BUILD === '1') build(root, (first = path.join(work, 'first')));
			const second = path.join(work, 'second');
			build(root, second);

			const files = await filesUnder(first);
			assert.deepEqual(await filesUnder(second), files, 'the same files');
			assert.ok(files.length > 50, `a whole site (${files.length} files)`);
			const differ = [];
			for (const f of files) {
				const [a, b] = await Promise.all([
					readFile(path.join(first, f)),
					readFile(path.join(second, f))
				]);
				if (!a.equals(b)) differ.push(f);
			}
			assert.deepEqual(differ, [], 'every file byte-identical');
		} finally {
			await rm(work, { recursive: true, force: true });
		}
	}
};
