/**
 * `npm run ingest -- --git <repo> --out <dir>` or `--feed <file-or-dir> --out <dir>`: turn an
 * RSSHub-to-Hexo archive's history, or saved feeds, into a corpus folder.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, terminalSafe } from '../src/lib/dataset/build-dataset';
import { parseDayOption, parseMatchOption, type Selection } from '../src/lib/ingest/select';
import { MANIFEST, type IngestReport } from './ingest/output';
import { count } from './ingest/progress';

const HELP = `Usage: npm run ingest -- --git <repo> [--path source/_posts] [options] --out <dir>
       npm run ingest -- --feed <file-or-dir> [--outlet <name>] [options] --out <dir>

Writes a corpus folder (one Hexo-style post per article, the format CORPUS_DIR reads) from
  --git <repo>        a clone of an RSSHub-to-Hexo archive (e.g. Rock-Candy-Tea/RSSHUB-PAGE): every
                      version of every post in the history of all its refs, read without checkout
  --feed <path>       an RSS 2.0, Atom or JSON Feed file, or a folder searched for .xml, .rss,
                      .atom, .json and .feed files; each item's link and guid are kept

Options:
  --out <dir>         the corpus folder to write (created if missing); required
  --path <folder>     with --git: the posts folder in the repository; default source/_posts
                      (posts are <folder>/<group>/<source>/<feed>/<title>.md)
  --from <day>        keep articles published on or after this Beijing day (YYYY-MM-DD)
  --to <day>          keep articles published on or before this Beijing day (YYYY-MM-DD)
  --match <regex>     keep articles whose title or text matches (case-insensitive), e.g. 吉林|长春
  --outlet <name>     with --feed: the outlet to credit; default each feed's title
  --full              with --git: read the whole history again, not only commits new since the
                      last run into the same folder
  --quiet             no progress lines (the summary and problems are still printed)
  -h, --help          show this help

An article edited across commits is written once, in its newest version (the versions seen are
listed in <out>/${MANIFEST}). The same story in several feeds of one outlet is written once; in
feeds of different outlets, once per outlet. Running again into the same folder adds only what is
new (and rewrites articles that have a newer version); the files written are listed on standard
output, progress and the summary on standard error. Posts or items that cannot be read are named
with the fix, and the rest is still written.

Then build the dashboard from it:  CORPUS_DIR=<dir> npm start`;

async function main(): Promise<number> {
	let args;
	try {
		args = parseArgs({
			options: {
				git: { type: 'string' },
				feed: { type: 'string' },
				out: { type: 'string' },
				path: { type: 'string' },
				from: { type: 'string' },
				to: { type: 'string' },
				match: { type: 'string' },
				outlet: { type: 'string' },
				full: { type: 'boolean', default: false },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			},
			allowPositionals: false
		}).values;
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return 2;
	}
	if (args.help) {
		console.log(HELP);
		return 0;
	}
	const usage = (message: string) => {
		console.error(`${message}\n\n${HELP}`);
		return 2;
	};
	if (!args.git === !args.feed) return usage('Give one of --git <repo> or --feed <file-or-dir>.');
	if (!args.out) return usage('Give --out <dir>: the corpus folder to write.');
	if (args.git && args.outlet)
		return usage('--outlet goes with --feed (archive posts name their outlet).');
	if (args.feed && (args.path || args.full)) return usage('--path and --full go with --git.');

	let selection: Selection;
	try {
		selection = {
			from: args.from ? parseDayOption(args.from, '--from') : undefined,
			to: args.to ? parseDayOption(args.to, '--to') : undefined,
			match: args.match ? parseMatchOption(args.match) : undefined
		};
	} catch (error) {
		return usage((error as Error).message);
	}
	if (selection.from && selection.to && selection.from > selection.to)
		return usage(`--from ${selection.from} is after --to ${selection.to}.`);

	const out = path.resolve(args.out);
	const progress = !args.quiet;
	// each mode loads only what it needs (the feed parser and cheerio stay out of a git run)
	const report = args.git
		? await (
				await import('./ingest/from-git')
			).ingestGit({
				repo: args.git,
				folder: args.path,
				out,
				selection,
				full: args.full,
				progress
			})
		: await (
				await import('./ingest/from-feeds')
			).ingestFeeds({ input: args.feed!, out, outlet: args.outlet, selection, progress });

	await print([
		...report.added.map((e) => line('added', e.file, e.outlet, e.title)),
		...report.updated.map((e) => line('updated', e.file, e.outlet, e.title))
	]);
	for (const problem of report.problems) console.error(formatProblem(problem));
	console.error(summary(report, selection, terminalSafe(args.out)));
	return 0;
}

/** One tab-separated line; a title or outlet holding a control character cannot forge lines. */
function line(...fields: string[]): string {
	return fields.map(terminalSafe).join('\t') + '\n';
}

/**
 * Lines to standard output in large chunks, waiting for the reader: a pipe is written
 * asynchronously, and tens of thousands of separate writes would queue up in memory.
 */
async function print(lines: string[]): Promise<void> {
	for (let i = 0; i < lines.length; i += 2000) {
		if (!process.stdout.write(lines.slice(i, i + 2000).join('')))
			await new Promise((resolve) => process.stdout.once('drain', resolve));
	}
}

/** The closing lines on standard error. */
export function summary(report: IngestReport, selection: Selection, outArg: string): string {
	const rate = report.seconds > 0 ? Math.round(report.scanned / report.seconds) : report.scanned;
	const source =
		report.commits === undefined
			? `${count(report.read)} feed file(s), ${count(report.scanned)} items`
			: `${count(report.commits)} commit(s)${report.incremental ? ' new since the last run' : ''}, ` +
				`${count(report.scanned)} post versions scanned, ${count(report.read)} read`;
	const lines = [
		`ingest: ${source} in ${report.seconds.toFixed(1)} s (${count(rate)}/s, peak ${report.peakMB} MB)`,
		`  added ${count(report.added.length)}, updated ${count(report.updated.length)}` +
			`${report.unchanged ? `, already there ${count(report.unchanged)}` : ''} -> ${outArg}`
	];
	if (report.restored) lines.push(`  ${count(report.restored)} deleted file(s) written again`);
	if (report.edited)
		lines.push(
			`  ${count(report.edited)} article(s) edited across versions: the newest kept (versions in ${MANIFEST})`
		);
	if (report.duplicates)
		lines.push(
			`  ${count(report.duplicates)} copies of a story already kept for the same outlet (another feed, or the same bytes): not written again`
		);
	const window = [selection.from ?? '…', selection.to ?? '…'].join(' to ');
	if (report.outsideWindow) lines.push(`  ${count(report.outsideWindow)} outside ${window}`);
	if (report.noMatch)
		lines.push(`  ${count(report.noMatch)} not matching /${selection.match?.source}/`);
	const errors = report.problems.filter((p) => p.severity === 'error').length;
	if (report.problems.length)
		lines.push(
			`  ${count(errors)} skipped with a problem, ${count(report.problems.length - errors)} note(s) (listed above)`
		);
	return lines.join('\n');
}

// exitCode, not exit(): output piped to another program must be flushed first.
main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
);
