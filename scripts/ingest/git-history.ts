/**
 * Read a git repository's history without checking anything out: one `git log` streams every
 * added or changed file under a folder, in all refs, newest commit first; one `git cat-file
 * --batch` streams the blobs asked for. Both run as long-lived child processes, so memory does not
 * grow with the length of the history.
 *
 * Why plain git and not a library: `git log --raw` and `cat-file --batch` are git's own streaming
 * interfaces (C, packfile-aware, delta caches); isomorphic-git would inflate every tree in
 * JavaScript, and simple-git buffers each command's whole output.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** One file version in the history: this blob appeared at this path in this commit. */
export interface FileVersion {
	commit: string;
	/** Committer time, Unix seconds. */
	time: number;
	path: string;
	blob: string;
}

/** Check that `repo` is a git repository; the error says what to pass instead. */
export function checkRepository(repo: string): void {
	const run = spawnSync('git', ['-C', repo, 'rev-parse', '--git-dir'], { encoding: 'utf8' });
	if (run.error) throw new Error(`Cannot run git (${run.error.message}). Install git.`);
	if (run.status !== 0) {
		throw new Error(
			`${repo} is not a git repository (${run.stderr.trim()}). ` +
				'Give --git the folder of a clone of the archive (a bare clone is fine: `git clone --bare <url>`).'
		);
	}
}

/**
 * The commits every ref points at now (annotated tags peeled; refs to trees or blobs left out),
 * to read from and to record for the next run.
 */
export function refTips(repo: string): string[] {
	const run = spawnSync(
		'git',
		[
			'-C',
			repo,
			'for-each-ref',
			'--format=%(objecttype) %(objectname) %(*objecttype) %(*objectname)'
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (run.status !== 0) throw new Error(`git for-each-ref failed in ${repo}: ${run.stderr.trim()}`);
	const tips = run.stdout.split('\n').flatMap((line) => {
		const [type, id, peeledType, peeled] = line.split(' ');
		if (type === 'commit') return [id];
		return type === 'tag' && peeledType === 'commit' ? [peeled] : [];
	});
	return [...new Set(tips)].sort();
}

/** The revisions for `--stdin`: the tips to read from, and those whose history was read. */
function revisions(include: string[], exclude: string[]): string {
	return [...include, ...exclude.map((c) => `^${c}`)].map((r) => `${r}\n`).join('');
}

/** How many commits `fileVersions` will walk (for progress), from the same revisions. */
export function countCommits(repo: string, include: string[], exclude: string[] = []): number {
	if (!include.length) return 0;
	const run = spawnSync('git', ['-C', repo, 'rev-list', '--count', '--stdin'], {
		encoding: 'utf8',
		input: revisions(include, exclude)
	});
	return run.status === 0 ? Number(run.stdout.trim()) || 0 : 0;
}

/**
 * Every file added or modified under `folder` in any commit reachable from `include` (the ref
 * tips) but not from `exclude`, newest commit first. Merges are diffed against their first
 * parent, and history is not simplified, so every version in every commit's tree appears at least
 * once.
 */
export async function* fileVersions(
	repo: string,
	folder: string,
	include: string[],
	exclude: string[] = []
): AsyncGenerator<FileVersion> {
	if (!include.length) return; // no refs: an empty repository
	const args = [
		'-C',
		repo,
		'-c',
		'core.quotePath=false',
		'log',
		'--stdin',
		'--date-order',
		'--full-history',
		'--root',
		'--diff-merges=first-parent',
		'--raw',
		'--no-renames',
		'--no-abbrev',
		'-z',
		'--diff-filter=AM',
		'--format=commit %H %ct',
		...(folder ? ['--', folder] : [])
	];
	const git = spawn('git', args, { stdio: ['pipe', 'pipe', 'pipe'] });
	const stderr: Buffer[] = [];
	git.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	const exited = new Promise<number>((resolve, reject) => {
		git.on('error', reject);
		git.on('close', (code) => resolve(code ?? 1));
	});
	git.stdin.end(revisions(include, exclude));

	let commit = '';
	let time = 0;
	let pendingBlob: string | null = null;
	let rest = Buffer.alloc(0);
	try {
		for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
			const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
			let start = 0;
			for (let nul = data.indexOf(0, start); nul >= 0; nul = data.indexOf(0, start)) {
				const token = data.subarray(start, nul);
				start = nul + 1;
				if (pendingBlob !== null) {
					yield { commit, time, path: decodePath(token), blob: pendingBlob };
					pendingBlob = null;
					continue;
				}
				// `commit <id> <time>`, or a raw line `:100644 100644 <old> <new> M` (after a newline)
				const text = token.toString('latin1').replace(/^\n/, '');
				if (text.startsWith('commit ')) {
					const [, id, seconds] = text.split(' ');
					commit = id;
					time = Number(seconds);
				} else if (text.startsWith(':')) {
					const fields = text.slice(1).split(' ');
					// gitlinks (submodules, mode 160000) have no blob to read
					pendingBlob = fields[1] === '160000' ? '' : fields[3];
				}
			}
			rest = Buffer.from(data.subarray(start));
		}
	} finally {
		if (git.exitCode === null) git.kill();
	}
	const code = await exited;
	if (code !== 0 && code !== null) {
		throw new Error(`git log failed in ${repo}: ${Buffer.concat(stderr).toString().trim()}`);
	}
}

/** Paths are bytes in git: UTF-8 almost always; GB18030 from old Windows tools; else Latin-1. */
function decodePath(bytes: Uint8Array): string {
	for (const encoding of ['utf-8', 'gb18030']) {
		try {
			return new TextDecoder(encoding, { fatal: true }).decode(bytes);
		} catch {
			// try the next
		}
	}
	return Buffer.from(bytes).toString('latin1');
}

/**
 * Blob contents by id through one `git cat-file --batch`: requests are written as they come and
 * answered in order, so many can be in flight while the caller works on earlier ones.
 */
export class BlobReader {
	private readonly git: ChildProcessWithoutNullStreams;
	private readonly waiting: {
		id: string;
		resolve: (b: Buffer) => void;
		reject: (e: Error) => void;
	}[] = [];
	private buffer: Buffer = Buffer.alloc(0);
	private failed: Error | null = null;

	constructor(private readonly repo: string) {
		this.git = spawn('git', ['-C', repo, 'cat-file', '--batch'], {
			stdio: ['pipe', 'pipe', 'pipe']
		});
		this.git.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
		const stderr: Buffer[] = [];
		this.git.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		this.git.on('error', (error) => this.fail(error));
		this.git.on('close', (code) => {
			if (this.waiting.length)
				this.fail(
					new Error(`git cat-file exited (${code}): ${Buffer.concat(stderr).toString().trim()}`)
				);
		});
	}

	/** The blob's bytes. */
	read(id: string): Promise<Buffer> {
		if (this.failed) return Promise.reject(this.failed);
		return new Promise((resolve, reject) => {
			this.waiting.push({ id, resolve, reject });
			// requests made in one turn of the event loop go to git in one write
			if (!this.git.stdin.writableCorked) {
				this.git.stdin.cork();
				process.nextTick(() => this.git.stdin.uncork());
			}
			this.git.stdin.write(`${id}\n`);
		});
	}

	close(): void {
		this.git.stdin.end();
	}

	private receive(chunk: Buffer): void {
		this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
		while (this.waiting.length) {
			const eol = this.buffer.indexOf(10);
			if (eol < 0) return;
			const header = this.buffer.subarray(0, eol).toString('latin1');
			const [id, type, size] = header.split(' ');
			if (type === 'missing' || type === 'ambiguous') {
				this.buffer = this.buffer.subarray(eol + 1);
				this.waiting.shift()!.reject(new Error(`blob ${id} is ${type} in ${this.repo}`));
				continue;
			}
			const length = Number(size);
			if (this.buffer.length < eol + 1 + length + 1) return;
			const body = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + length));
			this.buffer = this.buffer.subarray(eol + 1 + length + 1);
			this.waiting.shift()!.resolve(body);
		}
	}

	private fail(error: Error): void {
		this.failed = error;
		for (const w of this.waiting.splice(0)) w.reject(error);
	}
}
