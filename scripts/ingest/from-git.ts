/**
 * `ingest --git`: every version of every post in an archive's history, each blob read once, the
 * newest version of each article written to the corpus folder.
 */
import { realpathSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { archivePost, normaliseRoot } from '../../src/lib/ingest/archive-path';
import { Ledger, type Manifest } from '../../src/lib/ingest/ledger';
import { readPost } from '../../src/lib/ingest/read-post';
import type { Selection } from '../../src/lib/ingest/select';
import type { Problem } from '../../src/lib/types';
import { BlobReader, checkRepository, countCommits, fileVersions, refTips } from './git-history';
import {
	emptyReport,
	loadManifest,
	peakMB,
	prepareOut,
	saveManifest,
	ArticleWriter,
	type IngestReport
} from './output';
import { count, Progress } from './progress';

export interface GitOptions {
	repo: string;
	/** The posts folder in the repository; default `source/_posts`. */
	folder?: string;
	out: string;
	selection?: Selection;
	/** Read the whole history even if an earlier run into `out` read part of it. */
	full?: boolean;
	progress?: boolean;
}

/** Blobs requested from `git cat-file` ahead of the one being handled. */
const WINDOW = 128;

export async function ingestGit(options: GitOptions): Promise<IngestReport> {
	const folder = normaliseRoot(options.folder ?? 'source/_posts');
	const selection = options.selection ?? {};
	checkRepository(options.repo);
	const repoKey = realpathSync(options.repo);
	prepareOut(options.out);
	const report = emptyReport(options.out);
	const { manifest, restored } = loadManifest(options.out);
	report.restored = restored;

	// Only commits new since the last run, when it read this repository with the same options and
	// no article file it wrote has since been deleted.
	const signature = JSON.stringify({
		folder,
		from: selection.from,
		to: selection.to,
		match: selection.match?.source
	});
	const previous = manifest.git?.[repoKey];
	const exclude =
		!options.full && !restored && previous?.selection === signature
			? existingCommits(options.repo, previous.tips)
			: [];
	report.incremental = exclude.length > 0;
	const tips = refTips(options.repo);
	report.commits = countCommits(options.repo, tips, exclude);

	const ledger = new Ledger(manifest, selection, 'first');
	const writer = new ArticleWriter(options.out);
	const progress = new Progress(options.progress ?? true);
	const blobs = new BlobReader(options.repo);
	/** Blobs already decided, by the first 52 bits of their id (a number: 8 bytes, not a string). */
	const seen = new Set<number>();
	/** Problems per post path; `recovered` once an older version was readable. */
	const broken = new Map<string, { problems: Problem[]; recovered: boolean }>();
	let commits = 0;
	let lastCommit = '';

	type Pending = {
		rel: string;
		source?: string;
		label: string;
		version: { commit: string; time: number; blob: string };
		bytes: Promise<Buffer>;
	};
	const queue: Pending[] = [];

	const handle = async (p: Pending) => {
		const bytes = await p.bytes;
		report.read++;
		const result = readPost(p.label, bytes, { text: !!selection.match });
		if (!result.ok) {
			const entry = broken.get(p.rel) ?? { problems: [], recovered: false };
			entry.problems.push(result.problem);
			broken.set(p.rel, entry);
			return;
		}
		const b = broken.get(p.rel);
		if (b) b.recovered = true;
		const post = result.post;
		const decision = ledger.offer({
			id: `archive:${p.rel}@${post.day}`,
			outlet: post.outlet || p.source || '',
			title: post.title,
			day: post.day,
			origin: p.label,
			hash: p.version.blob,
			time: p.version.time,
			text: post.text
		});
		switch (decision.kind) {
			case 'add':
			case 'update':
				await writer.write(decision.entry.file, post.converted ?? bytes);
				break;
			case 'skipped':
				if (decision.verdict === 'outside-window') report.outsideWindow++;
				else report.noMatch++;
				break;
			case 'duplicate':
				report.duplicates++;
				break;
			default:
				report[decision.kind]++;
		}
	};

	try {
		// exactly the tips recorded for the next run, whatever is pushed meanwhile
		for await (const version of fileVersions(options.repo, folder, tips, exclude)) {
			if (version.commit !== lastCommit) {
				lastCommit = version.commit;
				commits++;
			}
			const post = archivePost(version.path, folder);
			if (!post || !version.blob) {
				report.otherFiles++;
				continue;
			}
			report.scanned++;
			// a blob seen before (the post came back, or the same bytes sit at another path) is
			// already decided
			const key = parseInt(version.blob.slice(0, 13), 16);
			if (seen.has(key)) continue;
			seen.add(key);
			queue.push({
				rel: post.rel,
				source: post.source,
				label: `${version.path}@${version.commit.slice(0, 12)}`,
				version,
				bytes: blobs.read(version.blob)
			});
			if (queue.length >= WINDOW) await handle(queue.shift()!);
			progress.update(
				() =>
					`ingest: commit ${count(commits)}/${count(report.commits ?? 0)}, ` +
					`${count(report.scanned)} post versions scanned, ${count(report.read)} read, ` +
					`${count(ledger.added.size)} added (${count(Math.round(report.scanned / progress.elapsed()))}/s)`
			);
		}
		while (queue.length) await handle(queue.shift()!);
		await writer.flush();
	} finally {
		blobs.close();
		progress.done();
	}

	for (const [rel, entry] of [...broken].sort(([a], [b]) => (a < b ? -1 : 1))) {
		// a newer readable version was handled before the broken one: the ledger knows it
		entry.recovered ||= ledger.knows(`archive:${rel}@`);
		for (const problem of entry.problems) {
			report.problems.push(
				entry.recovered
					? {
							...problem,
							severity: 'warning',
							message: `${problem.message} Another version of this post was kept.`
						}
					: problem
			);
		}
	}
	report.added = [...ledger.added];
	report.updated = [...ledger.updated];
	report.edited = ledger.edited().length;
	const git: Manifest['git'] = { ...manifest.git, [repoKey]: { tips, selection: signature } };
	saveManifest(options.out, ledger.manifest(git));
	report.seconds = progress.elapsed();
	report.peakMB = peakMB();
	return report;
}

/** The tips that still exist (a rewritten history drops some; their commits are read again). */
function existingCommits(repo: string, ids: string[]): string[] {
	if (!ids.length) return [];
	const run = spawnSync('git', ['-C', repo, 'cat-file', '--batch-check'], {
		input: ids.join('\n') + '\n',
		encoding: 'utf8'
	});
	if (run.status !== 0) return [];
	const present = run.stdout
		.split('\n')
		.filter((line) => / commit \d+$/.test(line))
		.map((line) => line.split(' ')[0]);
	// if any tip is gone, read everything: the manifest still stops duplicates
	return present.length === ids.length ? present : [];
}
