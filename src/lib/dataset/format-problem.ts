import type { Problem } from '../types';

/** Every problem as one line for a terminal: `file: message (hint)`. */
export function formatProblem(problem: Problem): string {
	return `${problem.severity === 'error' ? 'skipped' : 'note'}: ${problem.message} Fix: ${problem.hint}`;
}
