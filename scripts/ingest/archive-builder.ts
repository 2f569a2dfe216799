/**
 * Build a git repository shaped like an RSSHub-to-Hexo archive from a sequence of snapshots of its
 * posts folder (each commit replaces the folder, as the archive's job does). Used by the ingest
 * tests and `npm run bench:ingest`; streams into `git fast-import`, so a thousand commits take
 * seconds and the snapshots can be generated lazily.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface Snapshot {
	/** Every file of the folder at this commit: path → content. Paths absent are deleted. */
	files: Map<string, string | Uint8Array>;
	/** Committer time, Unix seconds. */
	time: number;
	/** Branch to commit on; default `main`. A new branch starts from `from` (default `main`). */
	branch?: string;
	from?: string;
	/** A branch merged into this commit (its second parent). */
	merge?: string;
	message?: string;
}

/**
 * Create `dir` as a repository holding the snapshots' commits (and nothing checked out).
 * `rewrite` does what the archive's job does, deleting every file and writing all of them again
 * in each commit; `diff` writes only what changed, which gives the same trees, faster.
 */
export async function buildArchive(
	dir: string,
	snapshots: Iterable<Snapshot> | AsyncIterable<Snapshot>,
	mode: 'rewrite' | 'diff' = 'diff'
): Promise<void> {
	const init = spawnSync('git', ['init', '-q', '-b', 'main', dir], { encoding: 'utf8' });
	if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`);
	const git = spawn('git', ['-C', dir, 'fast-import', '--quiet'], {
		stdio: ['pipe', 'ignore', 'pipe']
	});
	const stderr: Buffer[] = [];
	git.stderr.on('data', (c: Buffer) => stderr.push(c));
	const done = new Promise<number>((resolve, reject) => {
		git.on('error', reject);
		git.on('close', (code) => resolve(code ?? 1));
	});
	const write = (chunk: string | Uint8Array) =>
		git.stdin.write(chunk) ? Promise.resolve() : new Promise((r) => git.stdin.once('drain', r));

	/** The last tree of each branch, to write only what changed. */
	const trees = new Map<string, Map<string, string | Uint8Array>>();
	let n = 0;
	for await (const snap of snapshots as AsyncIterable<Snapshot>) {
		const branch = snap.branch ?? 'main';
		const started = trees.has(branch);
		const before = trees.get(branch) ?? trees.get(snap.from ?? 'main') ?? new Map();
		let text = `commit refs/heads/${branch}\n`;
		text += `committer Archive Bot <bot@example.invalid> ${snap.time} +0000\n`;
		const message = snap.message ?? `snapshot ${++n}`;
		text += `data ${Buffer.byteLength(message)}\n${message}\n`;
		if (!started && branch !== (snap.from ?? 'main') && trees.has(snap.from ?? 'main'))
			text += `from refs/heads/${snap.from ?? 'main'}\n`;
		if (snap.merge) text += `merge refs/heads/${snap.merge}\n`;
		await write(text);
		if (mode === 'rewrite') await write('deleteall\n');
		else for (const path of before.keys()) if (!snap.files.has(path)) await write(`D ${path}\n`);
		for (const [path, content] of snap.files) {
			const old = before.get(path);
			if (mode === 'diff' && old !== undefined && same(old, content)) continue;
			const bytes = typeof content === 'string' ? Buffer.from(content) : content;
			await write(`M 100644 inline ${path}\ndata ${bytes.length}\n`);
			await write(bytes);
			await write('\n');
		}
		trees.set(branch, snap.files);
	}
	git.stdin.end();
	const code = await done;
	if (code !== 0) throw new Error(`git fast-import failed: ${Buffer.concat(stderr).toString()}`);
}

function same(a: string | Uint8Array, b: string | Uint8Array): boolean {
	if (typeof a === 'string' && typeof b === 'string') return a === b;
	return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}
