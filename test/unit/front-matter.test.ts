/**
 * `readFrontMatter` splits front matter as gray-matter does, without calling it: data, body and
 * errors must be what gray-matter (with the same YAML engine) gives for the whole file, on any
 * arrangement of delimiters, language tags, line breaks and YAML. A tag other than YAML is
 * refused (gray-matter would look for another engine, and for `js` evaluate the block).
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
		const message = (error as Error).message;
		return {
			error: /^gray-matter engine "[^]*" is not registered$/.test(message) ? 'tag' : message
		};
	}
}

function ours(source: string) {
	try {
		return readFrontMatter(source);
	} catch (error) {
		const message = (error as Error).message;
		return { error: /only YAML front matter is read$/.test(message) ? 'tag' : message };
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

	it.each(['js', 'javascript', 'json', 'coffee'])(
		'refuses a block tagged %s, and runs nothing',
		(tag) => {
			const globals = globalThis as { frontMatterRan?: boolean };
			const source = `---${tag}\n{ "title": (globalThis.frontMatterRan = true) }\n---\n<p>正文</p>`;
			expect(() => readFrontMatter(source)).toThrow(
				`tagged \`${tag}\`; only YAML front matter is read`
			);
			expect(globals.frontMatterRan).toBeUndefined();
		}
	);
});
