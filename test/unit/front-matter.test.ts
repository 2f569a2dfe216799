/**
 * `readFrontMatter` hands gray-matter the front matter only; data, body and errors must be what
 * gray-matter gives for the whole file, on any arrangement of delimiters, language tags, line
 * breaks and YAML.
 */
import fc from 'fast-check';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/corpus/parse-article';

function whole(source: string) {
	try {
		const parsed = matter(source, {
			engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object }
		});
		return { data: { ...parsed.data }, body: parsed.content };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

function ours(source: string) {
	try {
		return readFrontMatter(source);
	} catch (error) {
		return { error: (error as Error).message };
	}
}

describe('readFrontMatter', () => {
	it.each([
		'---\ntitle: 一\n---\n<p>正文</p>\n---\n',
		'---\ntitle: 一\n---',
		'---\ntitle: 一',
		'----\ntitle: 一\n---\n<p>正文</p>',
		'---yaml\ntitle: 一\n---\r\n<p>正文</p>',
		'---\n---\n<p>正文</p>',
		'---\ntitle: [一\n---\n'
	])('reads %j as gray-matter does', (source) => {
		expect(ours(source)).toEqual(whole(source));
	});

	it('reads any arrangement as gray-matter does', () => {
		const piece = fc.constantFrom(
			'---',
			'----',
			'\n',
			'\r\n',
			'\r',
			'title: 一',
			'yaml',
			' ',
			'# 注',
			'date: 2022-04-01',
			'\n---\n',
			'x',
			': ',
			'- a',
			'{',
			'"'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
				const source = `---${pieces.join('')}`;
				expect(ours(source)).toEqual(whole(source));
			}),
			{ numRuns: 3000 }
		);
	});
});
