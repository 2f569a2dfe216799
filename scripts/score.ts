/**
 * `npm run score -- <dataset.json> <truth.json> [-v]`: precision, recall and F1 of a dataset
 * against a hand reading (see src/lib/dataset/score.ts for the keys).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatScore, scoreDataset, type TruthArticle } from '../src/lib/dataset/score';
import type { Dataset } from '../src/lib/types';

const HELP = `Usage: npm run score -- <dataset.json> <truth.json> [-v]

Scores a dataset written by \`npm run extract\` against a hand reading (an array of
{file, subject, events[], caseReports[], people[]}, one per article), for the dataset's focus
region: precision, recall and F1 of
  event-days     (file, date, kind); a range counts as its start day
  case reports   (file, date, confirmed, asymptomatic); also a stricter line with the region
  people         (file, name), in articles whose subject is the focus region

Options:
  -v, --verbose   list every miss and false positive with its file
  -h, --help      show this help`;

async function readJson<T>(file: string, what: string): Promise<T> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new Error(`Cannot read the ${what} ${file}: ${(error as Error).message}`, {
			cause: error
		});
	}
	try {
		return JSON.parse(text) as T;
	} catch (error) {
		throw new Error(`The ${what} ${file} is not JSON: ${(error as Error).message}`, {
			cause: error
		});
	}
}

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: {
				verbose: { type: 'boolean', short: 'v', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			},
			allowPositionals: true
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return 2;
	}
	if (parsed.values.help) {
		console.log(HELP);
		return 0;
	}
	if (parsed.positionals.length !== 2) {
		console.error(`Give a dataset and a truth file.\n\n${HELP}`);
		return 2;
	}
	const [datasetFile, truthFile] = parsed.positionals;
	const dataset = await readJson<Dataset>(datasetFile, 'dataset');
	const truth = await readJson<TruthArticle[]>(truthFile, 'truth file');
	if (!Array.isArray(truth)) throw new Error(`The truth file ${truthFile} must hold an array.`);
	console.log(formatScore(scoreDataset(dataset, truth), parsed.values.verbose));
	return 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
);
