/**
 * A hostile corpus: the seeds (good articles) and one entry per fault a careless or hostile corpus
 * author can commit. Faults that git cannot hold (permissions, links, FIFOs, sockets, names with
 * control characters, 10,000-level markup, UTF-16) are made here, in a temporary folder; the rest
 * are files in test/fixtures/hostile/ (written in our own words). Used by the unit test (through
 * readCorpus) and the browser test (through `vite build`).
 *
 * A root user reads files whatever their mode, so a "permission denied" file is only unreadable to
 * a process without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: `withoutReadOverride` gives the
 * command prefix that drops them (util-linux `setpriv`), and `lockedPaths` the paths a test can
 * fail by itself (an injected read function).
 */
import { execFileSync } from 'node:child_process';
import {
	chmod,
	copyFile,
	mkdir,
	mkdtemp,
	readFile,
	readdir,
	rm,
	symlink,
	writeFile
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A file name that would forge a line of the build's output if printed raw. */
export const FORGED_NAME = 'forged\nskipped: nothing is wrong.txt';
/** A file name that would clear the terminal if printed raw. */
export const ESCAPE_NAME = 'clear\u001b[2Jscreen.txt';

/**
 * Every bad entry and what the build must say about it: `error` (skipped) or `warning` (read with
 * a note), and a pattern its message must match.
 * @type {{ file: string, severity: 'error' | 'warning', message: RegExp }[]}
 */
export const FAULTS = [
	{ file: 'bad-image-url.txt', severity: 'warning', message: /not an absolute http\(s\) URL/ },
	{ file: 'date-1970.txt', severity: 'error', message: /outside the plausible window/ },
	{ file: 'date-2100.txt', severity: 'error', message: /outside the plausible window/ },
	{ file: 'date-list.txt', severity: 'error', message: /the date is a list/ },
	{
		file: 'outlier-2005.txt',
		severity: 'warning',
		message: /outside the main stretch of the corpus/
	},
	{ file: 'title-list.txt', severity: 'error', message: /the title is a list \(\["第一个标题"/ },
	{ file: 'title-mapping.txt', severity: 'error', message: /the title is a mapping/ },
	{ file: 'deep-spans.txt', severity: 'warning', message: /nested more than \d+ levels/ },
	{ file: 'deep-divs.txt', severity: 'warning', message: /nested more than \d+ levels/ },
	{ file: 'utf16-bom.txt', severity: 'warning', message: /UTF-16LE text/ },
	{
		file: 'utf16-no-bom.txt',
		severity: 'error',
		message: /UTF-16LE text without a byte-order mark/
	},
	{ file: 'locked.txt', severity: 'error', message: /cannot be read: permission denied/ },
	{
		file: 'locked-folder/',
		severity: 'error',
		message: /folder that cannot be read: permission denied/
	},
	{ file: 'dangling.txt', severity: 'error', message: /dangling link/ },
	{ file: 'loop/', severity: 'error', message: /already read \(a loop/ },
	{ file: 'pipe.txt', severity: 'error', message: /a FIFO/ },
	{ file: 'socket.txt', severity: 'error', message: /a socket/ },
	{ file: FORGED_NAME, severity: 'error', message: /has no title/ },
	{ file: ESCAPE_NAME, severity: 'error', message: /has no title/ },
	{ file: 'broken-yaml.txt', severity: 'error', message: /not valid YAML/ },
	{ file: 'notes.pdf', severity: 'error', message: /not an article file/ }
];

/** Files read as articles: the seeds, and the bad-but-readable ones. */
export const READABLE = [
	'bad-image-url.txt',
	'outlier-2005.txt',
	'deep-spans.txt',
	'deep-divs.txt',
	'utf16-bom.txt',
	'linked.txt'
];

/**
 * The command prefix that runs a program without the root user's permission override, or `[]`
 * when not root (permissions apply anyway); null when root and `setpriv` is missing.
 * @returns {string[] | null}
 */
export function withoutReadOverride() {
	if (process.getuid?.() !== 0) return [];
	try {
		execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
	} catch {
		return null;
	}
	return ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'];
}

/**
 * @param {string} root the project root
 * @returns {Promise<{ work: string, dir: string, seeds: string[], lockedPaths: string[], cleanup: () => Promise<void> }>}
 */
export async function makeHostileCorpus(root) {
	const work = await mkdtemp(path.join(tmpdir(), 'hostile-'));
	const dir = path.join(work, 'corpus');
	const fixtures = path.join(root, 'test/fixtures/hostile');
	await mkdir(dir);

	const seeds = (await readdir(path.join(root, 'seeds'))).sort();
	for (const f of seeds) await copyFile(path.join(root, 'seeds', f), path.join(dir, f));
	for (const f of await readdir(fixtures)) {
		if (f.endsWith('.txt') && f !== 'plain-article.txt')
			await copyFile(path.join(fixtures, f), path.join(dir, f));
	}
	await copyFile(
		path.join(root, 'test/fixtures/problems/broken-yaml.txt'),
		path.join(dir, 'broken-yaml.txt')
	);
	await writeFile(path.join(dir, 'notes.pdf'), '%PDF-1.4');

	// Generated from one plain article: the same text in each hostile form.
	const plain = await readFile(path.join(fixtures, 'plain-article.txt'), 'utf8');
	const [front, body] = [
		plain.slice(0, plain.lastIndexOf('---\n') + 4),
		plain.slice(plain.lastIndexOf('---\n') + 4)
	];
	const retitle = (/** @type {string} */ title) =>
		front.replace(/^title: .*$/m, `title: '${title}'`);
	await writeFile(
		path.join(dir, 'deep-spans.txt'),
		`${retitle('五千层嵌套的文章')}<p>${'<span><b>'.repeat(2500)}3月20日，正文。${'</b></span>'.repeat(2500)}</p>${body}`
	);
	await writeFile(
		path.join(dir, 'deep-divs.txt'),
		`${retitle('一万层嵌套的文章')}${'<div>'.repeat(10_000)}<p>3月20日，正文。</p>${'</div>'.repeat(10_000)}${body}`
	);
	const utf16 = Buffer.from(retitle('UTF-16编码的文章') + body, 'utf16le');
	await writeFile(
		path.join(dir, 'utf16-bom.txt'),
		Buffer.concat([Buffer.from([0xff, 0xfe]), utf16])
	);
	await writeFile(path.join(dir, 'utf16-no-bom.txt'), utf16);

	// Unreadable file and folder (each would otherwise be a good article).
	await writeFile(path.join(dir, 'locked.txt'), retitle('无权限读取的文章') + body);
	await mkdir(path.join(dir, 'locked-folder'));
	await writeFile(
		path.join(dir, 'locked-folder', 'inside.txt'),
		retitle('无权限目录中的文章') + body
	);
	await chmod(path.join(dir, 'locked.txt'), 0o000);
	await chmod(path.join(dir, 'locked-folder'), 0o000);

	// Links: one to an article outside the folder (read), one to nothing, one back to the folder.
	await mkdir(path.join(work, 'outside'));
	await writeFile(path.join(work, 'outside', 'article.txt'), retitle('通过链接读取的文章') + body);
	await symlink(path.join(work, 'outside', 'article.txt'), path.join(dir, 'linked.txt'));
	await symlink(path.join(work, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
	await symlink('.', path.join(dir, 'loop'));

	// A FIFO would block a naive read forever; a socket cannot be read at all.
	execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
	const server = createServer();
	await new Promise((resolve) => server.listen(path.join(dir, 'socket.txt'), () => resolve(null)));
	server.unref(); // the socket stays while this process lives; it keeps nothing alive

	// Names that would forge or wipe lines of the output if printed raw (files with no title).
	const untitled = front.replace(/^title: .*\n/m, '') + body;
	await writeFile(path.join(dir, FORGED_NAME), untitled);
	await writeFile(path.join(dir, ESCAPE_NAME), untitled);

	return {
		work,
		dir,
		seeds,
		lockedPaths: [path.join(dir, 'locked.txt'), path.join(dir, 'locked-folder')],
		cleanup: async () => {
			await new Promise((resolve) => server.close(() => resolve(null)));
			await chmod(path.join(dir, 'locked-folder'), 0o755);
			await rm(work, { recursive: true, force: true });
		}
	};
}
