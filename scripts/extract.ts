/**
 * `npm run extract -- --corpus <dir> --out <file.json>`: build the dataset from a corpus folder.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/dataset/build-dataset';
import { explainDataset } from '../src/lib/dataset/explain';
import { focusRegion, loadDataset } from '../src/lib/server/corpus';

const HELP = `Usage: npm run extract -- [--corpus <dir>] [--out <file.json>] [--focus <region>]
                           [--strict] [--explain]

Reads a folder of Hexo-style news articles (YAML front matter + HTML body, Chinese) and writes the
dataset: articles with their paragraphs, and the events, case reports, people and appearances
extracted from them, each tied to the sentence it came from. The format is described in README.md.

Options:
  --corpus <dir>   folder of articles (.txt, .md, .html; searched recursively)
                   default: $CORPUS_DIR, else seeds/
  --out <file>     where to write the dataset JSON; default: standard output
  --focus <region> the region whose events, case reports and appearances fill the main lists
                   (a province: 吉林省, 吉林, 上海市…; or 全国); the rest, each with its region,
                   goes to setAside. Default: $FOCUS_REGION, else 吉林省
  --strict         exit with status 1 if any file has a problem (all problems are listed)
  --explain        print, for each extracted item, the rule that produced it and its quote
  -h, --help       show this help

Files that cannot be read are skipped and listed on standard error, one line each, with the fix;
the rest of the corpus is still written.`;

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
	const dir = path.resolve(args.corpus ?? (process.env.CORPUS_DIR || 'seeds'));
	let focus: string;
	try {
		focus = focusRegion(args.focus ?? process.env.FOCUS_REGION);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const dataset = await loadDataset(dir, focus);
	const { problems } = dataset.corpus;
	for (const problem of problems) console.error(formatProblem(problem));

	const json = JSON.stringify(dataset, null, '\t') + '\n';
	if (args.out) {
		await writeFile(args.out, json);
		console.error(
			`${dataset.corpus.articles} articles, ${dataset.events.length} events, ` +
				`${dataset.caseReports.length} case reports, ${dataset.people.length} people, ` +
				`${dataset.appearances.length} appearances (focus ${focus}; ` +
				`${dataset.setAside.events.length} events, ${dataset.setAside.caseReports.length} case reports set aside) -> ${args.out}`
		);
	} else if (!args.explain) {
		process.stdout.write(json);
	}
	if (args.explain) console.log(explainDataset(dataset));
	if (args.strict && problems.length) {
		console.error(`--strict: ${problems.length} problem(s); failing.`);
		return 1;
	}
	return 0;
}

// exitCode, not exit(): output piped to another program must be flushed first.
main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
);
