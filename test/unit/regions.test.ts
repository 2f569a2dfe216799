import { describe, expect, it } from 'vitest';
import {
	articleRegion,
	eventRegion,
	inFocus,
	normaliseRegion,
	provinceOf,
	regionTies
} from '$lib/extract/regions';

describe('regionTies: one pass over places, officials and national bodies', () => {
	it.each<[string, string, Array<[string, string]>]>([
		[
			'full and short province names, a Jilin city, longest name first',
			'吉林省长春市与上海、山东省交流',
			[
				['吉林省', 'place'],
				['长春市', 'place'],
				['上海市', 'place'],
				['山东省', 'place']
			]
		],
		['a roster official is Jilin’s', '省委书记景俊海强调', [['吉林省', 'official']]],
		['a national body', '国家卫健委新闻发言人表示', [['全国', 'national']]],
		['a national body named as the source of an order is no tie', '按照国务院联防联控机制部署', []],
		[
			'a national body’s team posted in a province is the province’s',
			'国务院联防联控机制综合组吉林工作组组长',
			[['吉林省', 'place']]
		],
		[
			'a district other cities share is no evidence of Jilin',
			'北京市朝阳区',
			[['北京市', 'place']]
		],
		['`上海南站` is 上海, not 海南', '上海南站', [['上海市', 'place']]]
	])('%s', (_name, text, expected) => {
		expect(regionTies(text).map((t) => [t.region, t.kind])).toEqual(expected);
	});
});

describe('articleRegion: what an article is about', () => {
	it.each<[string, string, string[], string | undefined]>([
		['Jilin places and officials', '测试', ['省委书记景俊海到长春市检查。'], '吉林省'],
		[
			'another province named once, no Jilin tie (a meeting report from its own paper)',
			'省委专题会召开',
			['省委书记某某主持召开会议。', '他强调，要坚决守牢山西阵地。'],
			'山西省'
		],
		[
			'a story that opens on a national body is national, however much it then says of Jilin',
			'吉林疫情仍处于高位',
			['3月5日，国务院联防联控机制举行新闻发布会。', '吉林省疫情处于高位，长春市、吉林市……'],
			'全国'
		],
		[
			'a national leader visiting a province: a body in a title is no national subject',
			'测试',
			['4月1日至2日，中共中央政治局委员、国务院副总理某某在吉林市检查指导。'],
			'吉林省'
		],
		[
			'a national press conference whose speaker mentions a province',
			'测试',
			['国家卫健委一级巡视员某某5日在国务院联防联控机制新闻发布会上表示，吉林省疫情趋稳。'],
			'全国'
		],
		['the title counts three times', '上海新增本土病例', ['长春市援沪队伍出发。'], '上海市'],
		['nothing named', '测试', ['今天天气很好。'], undefined]
	])('%s', (_name, title, paragraphs, expected) => {
		expect(articleRegion(title, paragraphs)).toBe(expected);
	});
});

describe('eventRegion: whose an event is', () => {
	const region = (sentence: string, verb: string, chair?: string, article?: string) =>
		eventRegion({
			sentence,
			verbEnd: sentence.indexOf(verb) + verb.length,
			chair,
			article
		});
	it.each<[string, string, string, string | undefined, string | undefined, string | undefined]>([
		[
			'a Jilin official is Jilin’s even in Beijing',
			'3月6日，省委书记景俊海在北京以视频形式主持召开会议',
			'主持召开',
			'景俊海',
			undefined,
			'吉林省'
		],
		[
			'a province named before the verb',
			'4月3日，上海举行第九十场疫情防控新闻发布会',
			'举行',
			undefined,
			'吉林省',
			'上海市'
		],
		[
			'a national leader in a province acts in it',
			'孙某某主持召开吉林省疫情防控座谈会',
			'主持召开',
			'孙春兰',
			undefined,
			'吉林省'
		],
		[
			'a national leader in Beijing acts nationally',
			'孙某某在北京主持召开电视电话会议',
			'主持召开',
			'孙春兰',
			undefined,
			'全国'
		],
		[
			'a national body before the verb',
			'国家卫健委发言人在国务院联防联控机制新闻发布会上表示，吉林省……',
			'新闻发布会上',
			undefined,
			'吉林省',
			'全国'
		],
		[
			'no tie in the sentence: the article’s region',
			'省委书记某某主持召开专题会',
			'主持召开',
			'某某',
			'山西省',
			'山西省'
		],
		['no tie at all: none', '省委书记某某主持召开专题会', '主持召开', '某某', undefined, undefined]
	])('%s', (_name, sentence, verb, chair, article, expected) => {
		expect(region(sentence, verb, chair, article)).toBe(expected);
	});
});

describe('focus membership and settings', () => {
	it.each<[string | undefined, string, string | undefined, boolean]>([
		['吉林省', '吉林省', undefined, true],
		['长春市', '吉林省', undefined, true],
		['莲花山区', '吉林省', undefined, true],
		['某某新区', '吉林省', '吉林省', true],
		['浦东新区', '吉林省', '上海市', false],
		['上海市', '吉林省', undefined, false],
		['全国', '吉林省', undefined, false],
		[undefined, '吉林省', undefined, false],
		['全国', '全国', undefined, true]
	])('%s in focus %s (read under %s): %s', (region, focus, province, expected) => {
		expect(inFocus(region, focus, province)).toBe(expected);
	});

	it.each<[string, string | null]>([
		['吉林', '吉林省'],
		['吉林省', '吉林省'],
		[' 上海 ', '上海市'],
		['广西', '广西壮族自治区'],
		['全国', '全国'],
		['长春', null],
		['Jilin', null]
	])('normaliseRegion(%s) = %s', (name, expected) => {
		expect(normaliseRegion(name)).toBe(expected);
	});

	it('provinceOf knows the province of Jilin’s subdivisions only', () => {
		expect([provinceOf('延边州'), provinceOf('吉林省'), provinceOf('浦东新区')]).toEqual([
			'吉林省',
			'吉林省',
			undefined
		]);
	});
});
