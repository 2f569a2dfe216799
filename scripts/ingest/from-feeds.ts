/**
 * `ingest --feed`: RSS 2.0, Atom and JSON Feed files (one, or a folder of them) to corpus files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readFeed } from '../../src/lib/ingest/feed';
import { Ledger } from '../../src/lib/ingest/ledger';
import type { Selection } from '../../src/lib/ingest/select';
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

export interface FeedIngestOptions {
	/** A feed file, or a folder searched recursively for .xml, .rss, .atom, .json and .feed files. */
	input: string;
	out: string;
	/** The outlet to credit instead of each feed's title. */
	outlet?: string;
	selection?: Selection;
	progress?: boolean;
}

const FEED_FILE = /\.(xml|rss|atom|json|feed)$/i;

export async function ingestFeeds(options: FeedIngestOptions): Promise<IngestReport> {
	const files = listFeeds(options.input);
	prepareOut(options.out);
	const report = emptyReport(options.out);
	const { manifest, restored } = loadManifest(options.out);
	report.restored = restored;
	// feed files in name order: when one item has the same time in two snapshots, the later wins
	const ledger = new Ledger(manifest, options.selection ?? {}, 'later');
	const writer = new ArticleWriter(options.out);
	const progress = new Progress(options.progress ?? true);

	for (const { full, label } of files) {
		const result = readFeed(label, readFileSync(full), { outlet: options.outlet });
		report.problems.push(...result.problems);
		report.read++;
		report.scanned += result.items;
		for (const article of result.articles) {
			const decision = ledger.offer(article);
			switch (decision.kind) {
				case 'add':
				case 'update':
					await writer.write(decision.entry.file, article.fileText);
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
		}
		progress.update(
			() =>
				`ingest: ${count(report.read)}/${count(files.length)} feeds, ${count(report.scanned)} items, ` +
				`${count(ledger.added.size)} added`
		);
	}
	progress.done();
	await writer.flush();
	report.added = [...ledger.added];
	report.updated = [...ledger.updated];
	report.edited = ledger.edited().length;
	saveManifest(options.out, ledger.manifest(manifest.git));
	report.seconds = progress.elapsed();
	report.peakMB = peakMB();
	return report;
}

/** The feed files to read, with the names problems give them (relative to the folder given). */
function listFeeds(input: string): { full: string; label: string }[] {
	let stats;
	try {
		stats = statSync(input);
	} catch (error) {
		throw new Error(
			`Cannot read ${input}: ${(error as Error).message}. Give --feed a feed file or a folder of them.`,
			{ cause: error }
		);
	}
	if (stats.isFile()) return [{ full: input, label: path.basename(input) }];
	const files = walk(input)
		.filter((rel) => FEED_FILE.test(rel))
		.sort();
	if (!files.length) {
		throw new Error(
			`${input} holds no feed files (.xml, .rss, .atom, .json or .feed). Give --feed a feed file or a folder of them.`
		);
	}
	return files.map((rel) => ({ full: path.join(input, rel), label: rel }));
}

function walk(dir: string, prefix = ''): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) out.push(...walk(dir, rel));
		else if (entry.isFile()) out.push(rel);
	}
	return out;
}
