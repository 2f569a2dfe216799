/**
 * One golden file per seed article: the parsed Article, byte for byte. On a mismatch the actual
 * result is written beside the expected file as `<id>.actual.json` (never over it); run with
 * UPDATE_GOLDEN=1 to accept a deliberate change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/corpus/parse-article';

const SEEDS = path.resolve('seeds');
const GOLDEN = path.resolve('test/golden/articles');

it.each(readdirSync(SEEDS).sort())('%s matches its golden file', (file) => {
	const { article, problems } = parseArticle(file, readFileSync(path.join(SEEDS, file)));
	expect(problems).toEqual([]);
	const actual = JSON.stringify(article, null, '\t') + '\n';
	const expectedFile = path.join(GOLDEN, `${article!.id}.json`);
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedFile)) {
		if (process.env.CI) throw new Error(`Missing golden file ${expectedFile}`);
		writeFileSync(expectedFile, actual);
	}
	const expected = readFileSync(expectedFile, 'utf8');
	if (actual !== expected) writeFileSync(expectedFile.replace(/\.json$/, '.actual.json'), actual);
	expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
});
