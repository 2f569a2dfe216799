import type { Problem } from '../types';
import { terminalSafe } from './terminal-safe';

/**
 * Every problem as one line for a terminal: `skipped: <message> Fix: <hint>`. File names are part of
 * the messages, and a file name can hold a newline or a terminal escape: those are printed escaped,
 * so one line is one problem and nothing can redraw the terminal.
 */
export function formatProblem(problem: Problem): string {
	const line = `${problem.severity === 'error' ? 'skipped' : 'note'}: ${problem.message} Fix: ${problem.hint}`;
	return terminalSafe(line);
}
