import { extractArticle } from '$lib/extract/index';
import type { Article, Paragraph } from '$lib/types';

export interface MakeArticleOptions {
	/** Beijing publication day, `YYYY-MM-DD` (default 2022-03-10). */
	day?: string;
	id?: string;
	title?: string;
	outlet?: string;
	/** Indexes of paragraphs that are photo captions. */
	captions?: number[];
}

/** A minimal Article around body paragraphs, for extraction tests. */
export function makeArticle(paragraphs: string[], opts: MakeArticleOptions = {}): Article {
	const day = opts.day ?? '2022-03-10';
	const id = opts.id ?? 'test_article';
	return {
		id,
		file: `${id}.txt`,
		title: opts.title ?? '测试文章',
		published: `${day}T20:00:00+08:00`,
		day,
		outlet: opts.outlet ?? '新浪财经',
		categories: [],
		paragraphs: paragraphs.map((text, i): Paragraph => ({
			id: `p-${i}`,
			text,
			html: text,
			kind: opts.captions?.includes(i) ? 'caption' : 'body'
		})),
		images: [],
		sources: [],
		credits: [],
		encoding: 'utf-8'
	};
}

/** A case-report row: date, region, confirmed, asymptomatic and, for a partial day, its window. */
export type CaseRow = [string, string, number | null, number | null, string?];

/** The case reports `extractArticle` finds in one article, as rows. */
export function caseRows(paragraphs: string[], day: string): CaseRow[] {
	return extractArticle(makeArticle(paragraphs, { day })).caseReports.map((r) => {
		const row: CaseRow = [r.date, r.region, r.confirmed, r.asymptomatic];
		if (r.window) row.push(r.window);
		return row;
	});
}
