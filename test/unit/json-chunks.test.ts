import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/lib/dataset/json-chunks';

const dataset = JSON.parse(readFileSync('test/fixtures/sample-dataset.json', 'utf8'));
const odd = {
	a: [1, undefined, () => 1, { b: undefined, c: [] }],
	d: {},
	e: [[], {}],
	f: null,
	g: 'two\nlines "quoted"',
	h: { i: { j: [1, { k: 2 }] } }
};

describe('jsonChunks', () => {
	it.each([0, 1, 2, 3, 6])('joins to JSON.stringify at depth %i, compact and indented', (depth) => {
		for (const value of [dataset, odd, [], {}, 1, 'text', null, [1, [2, [3, [4]]]]])
			for (const indent of ['', '\t', '  '])
				expect([...jsonChunks(value, { depth, indent })].join('')).toBe(
					JSON.stringify(value, null, indent)
				);
	});

	it('writes a dataset in one piece per article', () => {
		const pieces = [...jsonChunks(dataset, { depth: 2 })];
		for (const article of dataset.articles) expect(pieces).toContain(JSON.stringify(article));
	});
});
