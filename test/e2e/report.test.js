/**
 * A hostile corpus (test/helpers/hostile-corpus.js: the seeds plus one entry per fault) still
 * builds: the good articles are read, each bad entry is named once on the build's output and in
 * /report, and `STRICT=1` fails the build listing them all. As root the builds run without the
 * permission override (`setpriv`), so the locked file and folder really cannot be read.
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
	FAULTS,
	READABLE,
	makeHostileCorpus,
	withoutReadOverride
} from '../helpers/hostile-corpus.js';
import { serve } from './serve.js';

/**
 * `vite build` of a corpus into `site`, without the root user's permission override.
 * @param {string} root
 * @param {Record<string, string>} env
 */
function build(root, env) {
	const prefix = withoutReadOverride();
	if (prefix === null) throw new Error('running as root without setpriv: cannot lock files');
	const [cmd, ...args] = [...prefix, 'npx', 'vite', 'build'];
	const run = spawnSync(cmd, args, {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * The output lines that name `file` as a problem (`skipped: <file> ...` or `note: <file>: ...`),
 * with its control characters escaped as the build prints them.
 * @param {string} output
 * @param {string} file
 */
function linesNaming(output, file) {
	const shown = JSON.stringify(file)
		.slice(1, -1)
		.replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
	return output
		.split('\n')
		.filter((l) => /^(skipped|note): /.test(l))
		.filter((l) => [' ', ':'].some((end) => l.includes(`: ${shown}${end}`)));
}

/**
 * The days that have something in a dataset: articles, case figures, appearances, event spans.
 * @param {import('../../src/lib/types').Dataset} ds
 */
function daysWithContent(ds) {
	const days = new Set([
		...ds.articles.map((a) => a.day),
		...ds.caseReports.map((c) => c.date),
		...ds.appearances.map((a) => a.date)
	]);
	for (const e of ds.events) {
		const end = Date.parse(e.dateEnd ?? e.date);
		for (let t = Date.parse(e.date); t <= end; t += 86_400_000)
			days.add(new Date(t).toISOString().slice(0, 10));
	}
	return [...days].sort();
}

export const tests = {
	'a hostile corpus builds the good articles and names each bad entry once, in /report too':
		async ({ assert, newPage, root }) => {
			const corpus = await makeHostileCorpus(root);
			try {
				const site = path.join(corpus.work, 'site');
				const run = build(root, { CORPUS_DIR: corpus.dir, BUILD_DIR: site });
				assert.equal(run.status, 0, run.output);
				for (const fault of FAULTS)
					assert.equal(
						linesNaming(run.output, fault.file).length,
						1,
						`${fault.file}: ${run.output}`
					);
				assert.ok(!run.output.includes('\u001b[2J'), 'no terminal escape from a file name');
				assert.ok(!run.output.includes('\nskipped: nothing is wrong'), 'no forged line');

				const server = await serve(site);
				try {
					const dataset = await (await fetch(`${server.url}/data/dataset.json`)).json();
					assert.deepEqual(
						dataset.articles.map((/** @type {{ file: string }} */ a) => a.file).sort(),
						[...corpus.seeds, ...READABLE].sort()
					);
					const days = (await readdir(path.join(site, 'days')))
						.filter((f) => f.endsWith('.html'))
						.map((f) => f.slice(0, -5));
					assert.deepEqual(
						days.sort(),
						daysWithContent(dataset),
						'a page for each day with content'
					);
					assert.ok(days.includes('2005-06-01'), 'the outlier has its day page');

					const page = await newPage();
					await page.goto(`${server.url}/report`);
					const rows = await page.$$eval('tr.problem, li.note', (els) =>
						els.map((el) => el.textContent ?? '')
					);
					assert.equal(rows.length, FAULTS.length);
					for (const fault of FAULTS) {
						const shown = JSON.stringify(fault.file).slice(1, -1).replace('\\u001b', '\\x1b');
						assert.ok(
							rows.some((r) => r.includes(shown)),
							`/report names ${shown}`
						);
					}
					assert.match(
						(await page.textContent('main')) ?? '',
						new RegExp(`${corpus.seeds.length + READABLE.length} articles read`)
					);
					const badImage = dataset.articles.find(
						(/** @type {{ file: string }} */ a) => a.file === 'bad-image-url.txt'
					);
					await page.goto(`${server.url}/articles/${badImage.id}`);
					assert.match((await page.textContent('h1')) ?? '', /图片地址有误的文章/);
					page.assertClean();
				} finally {
					server.close();
				}
			} finally {
				await corpus.cleanup();
			}
		},

	'STRICT=1 fails the build of a hostile corpus, listing every problem': async ({
		assert,
		root
	}) => {
		const corpus = await makeHostileCorpus(root);
		try {
			const site = path.join(corpus.work, 'strict');
			const run = build(root, { CORPUS_DIR: corpus.dir, BUILD_DIR: site, STRICT: '1' });
			assert.notEqual(run.status, 0, 'the build fails');
			assert.match(run.output, new RegExp(`STRICT=1: ${FAULTS.length} problem\\(s\\) in `));
			for (const fault of FAULTS)
				assert.equal(linesNaming(run.output, fault.file).length, 1, `${fault.file}: ${run.output}`);
		} finally {
			await corpus.cleanup();
		}
	}
};
