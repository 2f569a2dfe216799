import { formatProblem } from '../dataset/build-dataset';
import type { Dataset } from '../types';
import { corpusDir, loadDataset } from './corpus';

let cached: Promise<Dataset> | undefined;

/**
 * The dataset of `CORPUS_DIR` (default `seeds/`), read once per build or dev server.
 * With `STRICT=1` any problem fails the build, listing them all.
 */
export function getDataset(): Promise<Dataset> {
	cached ??= loadDataset(corpusDir()).then((dataset) => {
		const { problems } = dataset.corpus;
		if (problems.length && process.env.STRICT === '1') {
			throw new Error(
				`STRICT=1: ${problems.length} problem(s) in ${corpusDir()}:\n` +
					problems.map(formatProblem).join('\n')
			);
		}
		// Quiet when all is well; one line per skipped file otherwise.
		for (const problem of problems) console.warn(formatProblem(problem));
		return dataset;
	});
	return cached;
}
