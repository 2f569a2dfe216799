/**
 * Which posts an ingest keeps: a window of Beijing publication days and a pattern over title and
 * text. Pure.
 */

export interface Selection {
	/** First day kept, `YYYY-MM-DD` (Beijing), inclusive. */
	from?: string;
	/** Last day kept, inclusive. */
	to?: string;
	/** Kept only when the title or text matches. */
	match?: RegExp;
}

export type Verdict = 'kept' | 'outside-window' | 'no-match';

/** Decide on one post by its day and its text (title first). */
export function select(post: { day: string; text: string }, selection: Selection): Verdict {
	if (selection.from && post.day < selection.from) return 'outside-window';
	if (selection.to && post.day > selection.to) return 'outside-window';
	if (selection.match && !selection.match.test(post.text)) return 'no-match';
	return 'kept';
}

/**
 * Check a `--from`/`--to` value: a real calendar day written `YYYY-MM-DD`.
 * @throws Error naming the option and the expected form.
 */
export function parseDayOption(value: string, option: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
	if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
		throw new Error(`${option} ${value}: expected a day written YYYY-MM-DD, e.g. 2022-03-01.`);
	}
	return m[0];
}

/**
 * Compile `--match`: a JavaScript regular expression (Unicode, case-insensitive), e.g. `吉林|长春`.
 * @throws Error naming the pattern and what is wrong with it.
 */
export function parseMatchOption(pattern: string): RegExp {
	try {
		return new RegExp(pattern, 'iu');
	} catch (error) {
		throw new Error(`--match ${pattern}: not a regular expression (${(error as Error).message}).`, {
			cause: error
		});
	}
}
