import type { Article, Credit, Paragraph } from '$lib/types';

export interface ArticleSpec {
	/** Beijing publication day, `YYYY-MM-DD` (default 2022-03-10). */
	day?: string;
	id?: string;
	/** Indexes of paragraphs that are photo captions. */
	captions?: number[];
	/** Credits by name: the first occurrence of the name in the paragraphs is pointed at. */
	credits?: Array<{ name: string; role: Credit['role'] }>;
	editor?: string;
}

/** A small Article around paragraphs of real text, for event and people tests. */
export function articleOf(paragraphs: string[], spec: ArticleSpec = {}): Article {
	const day = spec.day ?? '2022-03-10';
	const id = spec.id ?? 'test_b';
	const credits: Credit[] = (spec.credits ?? []).map(({ name, role }) => {
		const paragraph = paragraphs.findIndex((p) => p.includes(name));
		if (paragraph < 0) throw new Error(`credit ${name} is in no paragraph`);
		const start = paragraphs[paragraph].indexOf(name);
		return { name, role, paragraph, start, end: start + name.length };
	});
	return {
		id,
		file: `${id}.txt`,
		title: '测试',
		published: `${day}T20:00:00+08:00`,
		day,
		outlet: '吉林日报',
		categories: [],
		paragraphs: paragraphs.map((text, i): Paragraph => ({
			id: `p-${i}`,
			text,
			html: text,
			kind: spec.captions?.includes(i) ? 'caption' : 'body'
		})),
		images: [],
		sources: [],
		credits,
		editor: spec.editor,
		encoding: 'utf-8'
	};
}
