import { describe, expect, it } from 'vitest';
import { readBreakdown } from '$lib/extract/breakdown';
import { regionAtEnd } from '$lib/extract/regions';

/** Jilin's regions as a report names them (`长春` -> 长春市), as the case reader uses them. */
const regionOf = (phrase: string) =>
	regionAtEnd(phrase, { province: '吉林省', inBreakdown: true, lastNamed: () => undefined });

/** The text after the figure, with the caller's masks: `□` another figure, `，` a conversion. */
function items(after: string, total?: number, bare = false) {
	const { items } = readBreakdown(after, 0, { regionOf, total, bare });
	return items.map((i) => [i.region, i.value, after.slice(i.start, i.end)]);
}

describe('readBreakdown: the clause grammar after a figure', () => {
	it.each<[string, string, number | undefined, Array<[string, number, string]>]>([
		[
			'a bracket list',
			'（长春市70例、吉林市8例）。',
			undefined,
			[
				['长春市', 70, '长春市70例'],
				['吉林市', 8, '吉林市8例']
			]
		],
		[
			'a note bracket of clinical types, then a 其中 list with a note after each item',
			'（轻型81例、普通型2例），其中长春市60例（含4例无症状感染者转为确诊病例）、吉林市20例（含1例）、四平市3例；',
			83,
			[
				['长春市', 60, '长春市60例'],
				['吉林市', 20, '吉林市20例'],
				['四平市', 3, '四平市3例']
			]
		],
		[
			'a press-conference 包括 list with ， separators and a conversion masked as its own clause',
			'，包括长春市52例，，，，，，，，，，，，吉林市17例，延边州2例，□',
			71,
			[
				['长春市', 52, '长春市52例'],
				['吉林市', 17, '吉林市17例'],
				['延边州', 2, '延边州2例']
			]
		],
		[
			'a spaced comma before 其中 (scraped pages)',
			' ， 其中九台区31例、双阳区4例 。',
			35,
			[
				['九台区', 31, '九台区31例'],
				['双阳区', 4, '双阳区4例']
			]
		],
		[
			'均在 gives the whole figure to one region, its note included',
			'（普通型1例，轻型2例），均在长春市（，，，，，，，，，，，，）；',
			3,
			[['长春市', 3, '长春市']]
		],
		['a lone region in brackets', '（吉林市）。', 1, [['吉林市', 1, '吉林市']]],
		[
			'各N例 shares one figure among the regions before it',
			'，其中长春市5例、辽源市、通化市各2例。',
			9,
			[
				['长春市', 5, '长春市5例'],
				['辽源市', 2, '辽源市'],
				['通化市', 2, '通化市各2例']
			]
		],
		[
			'a copy that lost some numbers: the blank items are skipped, the list goes on',
			'，其中宽城区例、绿园区例、二道区38例、农安县2例。',
			undefined,
			[
				['二道区', 38, '二道区38例'],
				['农安县', 2, '农安县2例']
			]
		],
		[
			'a list ends at the first part that is not an item',
			'，其中长春市6例、其他县区3例，以上感染者均已转运。',
			9,
			[['长春市', 6, '长春市6例']]
		],
		[
			'a list ends where a new report starts',
			'，其中长春市6例，新增本地无症状感染者10例，其中吉林市10例。',
			6,
			[['长春市', 6, '长春市6例']]
		],
		[
			'a thousands comma is not a separator',
			'（长春市1,240例、吉林市32例）',
			undefined,
			[
				['长春市', 1240, '长春市1,240例'],
				['吉林市', 32, '吉林市32例']
			]
		],
		['an estimate is not a share', '，其中长春市约90例。', 100, []],
		['no list: a note only', '（轻型7例）。', 7, []]
	])('%s', (_name, after, total, expected) => {
		expect(items(after, total)).toEqual(expected);
	});

	it('a bare list (after `确诊病例中，`) starts at once', () => {
		expect(items('，绿园区12例、宽城区9例。', undefined, true)).toEqual([
			['绿园区', 12, '绿园区12例'],
			['宽城区', 9, '宽城区9例']
		]);
	});

	it('says where the breakdown ends, and the notes it skipped when there is none', () => {
		const text = '（轻型7例），新增本地无症状感染者3例。';
		expect(readBreakdown(text, 0, { regionOf, total: 7 })).toEqual({
			items: [],
			end: '（轻型7例）'.length
		});
	});
});
