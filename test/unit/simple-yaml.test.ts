/**
 * `readSimpleYaml` reads the common front matter shapes without js-yaml's parser. Whenever it
 * answers, the answer must be exactly js-yaml's (core schema); on anything else it must step aside
 * (null), never guess.
 */
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/lib/corpus/simple-yaml';

const CORE = { schema: yaml.CORE_SCHEMA };

/** Keys, values and prototype (an own `constructor` key defeats a plain deep comparison). */
function shape(data: object) {
	return { entries: Object.entries(data), plain: Object.getPrototypeOf(data) === Object.prototype };
}

function jsYaml(block: string): { data: unknown } | { error: true } {
	try {
		return { data: shape({ ...(yaml.load(block, CORE) as object) }) };
	} catch {
		return { error: true };
	}
}

describe('readSimpleYaml', () => {
	it.each([
		"\ntitle: '蔡东检查指导时强调 扎实做好物资保供'\ncategories: \n - 新媒体\n - 观察者网\nauthor: 观察者网\ncomments: false\ndate: Sat, 02 Apr 2022 07:44:59 GMT",
		"\ntitle: '一''二'\ncategories:\n- 松花江网\nauthor: 松花江网\ndate: 2022-03-19 12:06:00\nlink: 'http://example.com/a_1.html'",
		'title: "双引号"\nviews: 1200\nrate: 1.5\nempty:\nnone: ~\nyes: True\nguid: 0x1F',
		'title: 标题　\nauthor: a:b\nsource: 半角 (括号) [1] {2}, 100%'
	])('reads %j as js-yaml does', (block) => {
		const fast = readSimpleYaml(block);
		expect(fast).not.toBeNull();
		expect({ data: shape(fast!) }).toStrictEqual(jsYaml(block));
	});

	it.each([
		'title: a # note',
		'title: |\n  一',
		'title: 一\n  二',
		'tags: [a, b]',
		'a:\n  b: 1',
		'title: "a\\tb"',
		'title: a\ntitle: b',
		'true: 1',
		'__proto__: x',
		'# note\ntitle: a',
		'title: a\r',
		'list:\n - a\n  - b'
	])('leaves %j to js-yaml', (block) => {
		expect(readSimpleYaml(block)).toBeNull();
	});

	it('answers only what js-yaml answers, on any arrangement of lines', () => {
		const char = fc.constantFrom(
			...[...'\':# -019.eE+xob_a~\\"\u3000\u00a0标題,[]{}&*!|>%@`?\tnultrfsNTFiI\u2028\ufeff\r']
		);
		const word = fc.array(char, { maxLength: 10 }).map((cs) => cs.join(''));
		const value = fc.oneof(
			word,
			word.map((w) => `'${w}'`),
			word.map((w) => `"${w}"`),
			fc.constantFrom(
				'12',
				'-3',
				'0x1F',
				'0o17',
				'1_000',
				'.5',
				'1e3',
				'.inf',
				'.NaN',
				'true',
				'False',
				'null',
				'~',
				'Sat, 02 Apr 2022 07:44:59 GMT',
				'2022-03-19 12:06:00',
				"'a''b'",
				"''",
				'""',
				'观察者网'
			)
		);
		const key = fc.oneof(
			fc.constantFrom(
				'title',
				'date',
				'categories',
				'true',
				'Null',
				'constructor',
				'__proto__',
				'a-b',
				'x1',
				'_k',
				'0',
				'1e3'
			),
			word
		);
		const pad = fc.constantFrom('', ' ', '  ');
		const line = fc.oneof(
			fc.tuple(key, fc.constantFrom(':', ': ', ':  ', ' :'), value, pad).map((p) => p.join('')),
			fc.tuple(key, fc.constantFrom(':', ': ')).map((p) => p.join('')),
			fc.tuple(pad, fc.constantFrom('- ', '-', '-  '), value, pad).map((p) => p.join('')),
			fc.constantFrom('', ' ', '# 注', '...', '  - - a', '  b: 1'),
			fc.tuple(pad, value).map((p) => p.join(''))
		);
		const block = fc
			.tuple(fc.boolean(), fc.array(line, { maxLength: 8 }))
			.map(([lead, lines]) => (lead ? '\n' : '') + lines.join('\n'));
		let answered = 0;
		fc.assert(
			fc.property(block, (text) => {
				const fast = readSimpleYaml(text);
				if (fast === null) return;
				answered++;
				expect({ data: shape(fast) }).toStrictEqual(jsYaml(text));
			}),
			{ numRuns: 20000 }
		);
		// the fast path must actually be exercised, or the test proves nothing
		expect(answered).toBeGreaterThan(2000);
	});
});
