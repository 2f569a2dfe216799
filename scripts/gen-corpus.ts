/**
 * `npm run gen-corpus -- N <dir> [--seed S]`: write N synthetic articles in the seeds' format into
 * <dir>, for benchmarks only (see corpus-generator.ts for what they hold).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles, type RosterEntry } from './corpus-generator';

const HELP = `Usage: npm run gen-corpus -- N <dir> [--seed S]

Writes N synthetic articles (Hexo-style: YAML front matter + HTML body, Chinese) into <dir>, for
benchmarks: bulletins, meetings, inspections, press conferences, round-ups, personnel notes and
off-topic stories from ten outlets over March-April 2022, officials from data/roster.json.
The same N and seed always give the same files.`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: { seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return 2;
	}
	const [countArg, dir] = parsed.positionals;
	const count = Number(countArg);
	if (parsed.values.help) {
		console.log(HELP);
		return 0;
	}
	if (!dir || !Number.isInteger(count) || count < 1) {
		console.error(HELP);
		return 2;
	}
	const seed = Number(parsed.values.seed ?? 2022);
	const roster = JSON.parse(
		await readFile(path.resolve('data/roster.json'), 'utf8')
	) as RosterEntry[];
	await mkdir(dir, { recursive: true });
	for (const { name, text } of generateArticles(count, roster, seed))
		await writeFile(path.join(dir, name), text);
	console.error(`${count} articles -> ${dir} (seed ${seed})`);
	return 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	}
);
