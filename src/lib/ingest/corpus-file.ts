/**
 * The text of one corpus file in the seeds' format: YAML front matter, then the HTML body.
 * Pure.
 */
import yaml from 'js-yaml';

export interface CorpusFileFields {
	title: string;
	categories: string[];
	/** The outlet. */
	author: string;
	/** ISO 8601 with its offset: `2022-04-15T22:51:18+08:00`. */
	date: string;
	/** The original address (http or https). */
	link?: string;
	/** The feed's id for the item (RSS guid, Atom id, JSON Feed id). */
	guid?: string;
	headimg?: string;
}

/** Front matter (fields in a fixed order, absent ones left out) and the body in a `<div>`. */
export function corpusFileText(fields: CorpusFileFields, bodyHtml: string): string {
	const data: Record<string, unknown> = {
		title: fields.title,
		categories: fields.categories,
		author: fields.author,
		date: fields.date
	};
	if (fields.link) data.link = fields.link;
	if (fields.guid) data.guid = fields.guid;
	if (fields.headimg) data.headimg = fields.headimg;
	// lineWidth -1: long titles stay on one line; the core schema matches how the corpus reads it
	const front = yaml.dump(data, { lineWidth: -1, schema: yaml.CORE_SCHEMA, noRefs: true });
	return `---\n${front}---\n\n<div>\n${bodyHtml.trim()}\n</div>\n`;
}
