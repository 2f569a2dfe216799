/**
 * `npm run extract -- --corpus <dir> --out <file.json>`: build the dataset from a corpus folder.
 */
import { constants, createWriteStream } from 'node:fs';
import { access, stat, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseWindow, WINDOW_START } from '../src/lib/corpus/dates';
import { formatProblem, terminalSafe } from '../src/lib/dataset/build-dataset';
import { explainDataset } from '../src/lib/dataset/explain';
import { jsonChunks } from '../src/lib/dataset/json-chunks';
import { focusRegion, loadDataset } from '../src/lib/server/corpus';

const HELP = `Usage: npm run extract -- [--corpus <dir>] [--out <file.json>] [--focus <region>]
                           [--strict] [--explain] [--date-window <from>..<to>]

Reads a folder of Hexo-style news articles (YAML front matter + HTML body, Chinese) and writes the
dataset: articles with their paragraphs, and the events, case reports, people and appearances
extracted from them, each tied to the sentence it came from. The format is described in README.md.

Options:
  --corpus <dir>   folder of articles (.txt, .md, .html; searched recursively, links followed)
                   default: $CORPUS_DIR, else seeds/
  --out <file>     where to write the dataset JSON; default: standard output
                   (checked before the corpus is read)
  --strict         exit with status 1 if any file has a problem (all problems are listed),
                   or if the folder holds no article
  --focus <region> the region whose events, case reports and appearances fill the main lists
                   (a province: 吉林省, 吉林, 上海市…; or 全国); the rest, each with its region,
                   goes to setAside. Default: $FOCUS_REGION, else 吉林省
  --explain        print, for each extracted item, the rule that produced it and its quote
  --date-window <from>..<to>
                   publication days accepted, e.g. 2019-12-01..2023-12-31 (either end may be
                   left out); default: $DATE_WINDOW, else 2000-01-01 to a year after the build
  -h, --help       show this help

Files that cannot be read are skipped and listed on standard error, one line each, with the fix;
the rest of the corpus is still written. The build time in the dataset is $SOURCE_DATE_EPOCH when
set, else the newest article file's modification time, so the same files give the same output.`;

/** Why `--out` cannot be written, checked before the (long) extraction; null when it can. */
async function outProblem(out: string): Promise<string | null> {
	const target = path.resolve(out);
	const folder = path.dirname(target);
	const existing = await stat(target).catch(() => null);
	if (existing?.isDirectory())
		return `--out ${out} is a folder. Give a file name, e.g. --out ${path.join(out, 'dataset.json')}`;
	const parent = await stat(folder).catch(() => null);
	if (!parent)
		return `--out ${out}: the folder ${folder} does not exist. Create it (mkdir -p ${folder}) or choose another path.`;
	if (!parent.isDirectory()) return `--out ${out}: ${folder} is not a folder. Choose another path.`;
	try {
		await access(existing ? target : folder, constants.W_OK);
	} catch {
		return `--out ${out}: ${existing ? 'the file' : `the folder ${folder}`} is not writable. Choose another path, or change its permissions.`;
	}
	return null;
}

/** A failed write, in words: what happened and what to do. */
function writeFailure(out: string, error: NodeJS.ErrnoException): string {
	if (error.code === 'ENOSPC' || error.code === 'EDQUOT')
		return `Cannot write ${out}: the disk is full. Free some space, or write elsewhere with --out.`;
	if (error.code === 'EACCES' || error.code === 'EPERM')
		return `Cannot write ${out}: permission denied. Choose another path with --out.`;
	return `Cannot write ${out}: ${error.message}. Choose another path with --out.`;
}

async function main(): Promise<number> {
	let args;
	try {
		args = parseArgs({
			options: {
				corpus: { type: 'string' },
				out: { type: 'string' },
				focus: { type: 'string' },
				strict: { type: 'boolean', default: false },
				explain: { type: 'boolean', default: false },
				'date-window': { type: 'string' },
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
	// An empty --corpus would read the current folder (node_modules and all): refuse it.
	if (args.corpus !== undefined && !args.corpus.trim()) {
		console.error('--corpus needs a folder; it was given an empty value. Example: --corpus seeds');
		return 2;
	}
	if (args.out !== undefined && !args.out.trim()) {
		console.error(
			'--out needs a file name; it was given an empty value. Example: --out dataset.json'
		);
		return 2;
	}
	if (args.out) {
		const problem = await outProblem(args.out);
		if (problem) {
			console.error(terminalSafe(problem));
			return 2;
		}
	}
	const dateWindow = args['date-window'] ?? process.env.DATE_WINDOW;
	if (dateWindow) {
		const window = parseWindow(dateWindow, { from: WINDOW_START, to: '9999-12-31' });
		if (typeof window === 'string') {
			console.error(`DATE_WINDOW: ${window}. Write it as FROM..TO, e.g. 2019-12-01..2023-12-31.`);
			return 2;
		}
	}
	const dir = path.resolve(args.corpus ?? (process.env.CORPUS_DIR || 'seeds'));
	let focus: string;
	try {
		focus = focusRegion(args.focus ?? process.env.FOCUS_REGION);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const dataset = await loadDataset(dir, { dateWindow, focus });
	const { problems } = dataset.corpus;
	for (const problem of problems) console.error(formatProblem(problem));
	const empty = dataset.corpus.articles === 0;
	if (empty)
		console.error(
			terminalSafe(
				`warning: the corpus folder ${dir} has no articles. Point --corpus (or CORPUS_DIR) at a folder of Hexo-style .txt, .md or .html posts.`
			)
		);

	// in pieces: a large corpus's JSON does not fit one string
	function* pieces() {
		yield* jsonChunks(dataset, { depth: 2, indent: '\t' });
		yield '\n';
	}
	if (args.out) {
		const existed = await stat(args.out).catch(() => null);
		try {
			await pipeline(Readable.from(pieces()), createWriteStream(args.out));
		} catch (error) {
			console.error(terminalSafe(writeFailure(args.out, error as NodeJS.ErrnoException)));
			// Leave no half-written dataset behind (only a file this run created).
			if (!existed) await unlink(args.out).catch(() => {});
			return 1;
		}
		console.error(
			`${dataset.corpus.articles} articles, ${dataset.events.length} events, ` +
				`${dataset.caseReports.length} case reports, ${dataset.people.length} people, ` +
				`${dataset.appearances.length} appearances (focus ${focus}; ` +
				`${dataset.setAside.events.length} events, ${dataset.setAside.caseReports.length} case reports set aside) -> ${terminalSafe(args.out)}`
		);
	} else if (!args.explain) {
		await pipeline(Readable.from(pieces()), process.stdout, { end: false });
	}
	if (args.explain) console.log(explainDataset(dataset));
	if (args.strict && (problems.length || empty)) {
		console.error(
			`--strict: ${problems.length} problem(s)${empty ? ', no articles' : ''}; failing.`
		);
		return 1;
	}
	return 0;
}

// exitCode, not exit(): output piped to another program must be flushed first.
main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(terminalSafe(error instanceof Error ? error.message : String(error)));
		process.exitCode = 1;
	}
);
