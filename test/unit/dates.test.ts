import { describe, expect, it } from 'vitest';
import { findDates, resolveMonthDay, shiftDay, type DateMention } from '$lib/extract/dates';

const ctx = { articleDay: '2022-03-10' };

/** The mention's fields that matter, without offsets. */
function summary(m: DateMention): Partial<DateMention> {
	const rest: Partial<DateMention> = { ...m };
	delete rest.start;
	delete rest.end;
	return rest;
}

describe('resolveMonthDay', () => {
	it.each([
		[3, 9, '2022-03-10', '2022-03-09'],
		[3, 10, '2022-03-10', '2022-03-10'],
		[12, 30, '2022-03-10', '2021-12-30'],
		[4, 2, '2022-04-15', '2022-04-02'],
		// later in the publication month: the article's future, which dates nothing (`将于4月10日召开`)
		[3, 12, '2022-03-10', null],
		[4, 10, '2022-04-09', null],
		// a month after the publication month: the previous year
		[4, 24, '2022-03-10', '2021-04-24'],
		[4, 25, '2022-03-10', '2021-04-25'],
		[11, 1, '2022-03-10', '2021-11-01'],
		// an earlier month: the same year, even in December
		[1, 5, '2022-12-31', '2022-01-05'],
		[1, 5, '2022-12-20', '2022-01-05'],
		[2, 30, '2022-03-10', null],
		[2, 29, '2022-03-10', null],
		[2, 29, '2021-03-10', '2020-02-29'],
		[13, 1, '2022-03-10', null]
	])('%i月%i日 published %s -> %s', (month, day, articleDay, expected) => {
		expect(resolveMonthDay(month, day, articleDay)).toBe(expected);
	});
});

describe('shiftDay', () => {
	it.each([
		['2022-03-10', -1, '2022-03-09'],
		['2022-03-01', -1, '2022-02-28'],
		// 13 March 2022 is the DST switch in New York: must not matter
		['2022-03-12', 1, '2022-03-13'],
		['2022-03-13', 1, '2022-03-14'],
		['2022-12-31', 1, '2023-01-01']
	])('%s %+i -> %s', (day, n, expected) => {
		expect(shiftDay(day, n)).toBe(expected);
	});
});

describe('findDates: nothing in the future of the publication', () => {
	it('a later day of the publication month dates nothing', () => {
		expect(
			findDates('第五十一场新闻发布会将于4月10日上午召开', { articleDay: '2022-04-09' })
		).toEqual([]);
	});
});

describe('findDates: one mention', () => {
	it.each<[string, string, Partial<DateMention>]>([
		['3月8日', '3月8日，', { text: '3月8日', date: '2022-03-08' }],
		['3月9日', '3月9日，全省新增本地确诊病例165例', { text: '3月9日', date: '2022-03-09' }],
		['三月九日', '三月九日，省委书记', { text: '三月九日', date: '2022-03-09' }],
		['二月二十八日', '二月二十八日上午，', { date: '2022-02-28', partOfDay: 'morning' }],
		['full-width', '３月９日，', { text: '３月９日', date: '2022-03-09' }],
		['with year', '2022年3月12日，', { text: '2022年3月12日', date: '2022-03-12' }],
		['Chinese year', '二〇二二年三月一日', { date: '2022-03-01' }],
		['号', '3月8号下午开会', { text: '3月8号下午', date: '2022-03-08', partOfDay: 'afternoon' }],
		[
			'晚',
			'3月9日晚，吉林省委书记景俊海',
			{ text: '3月9日晚', date: '2022-03-09', partOfDay: 'evening' }
		],
		['上午', '3月2日上午，省委书记', { date: '2022-03-02', partOfDay: 'morning' }],
		['下午', '3月10日下午，据“吉林发布”消息', { date: '2022-03-10', partOfDay: 'afternoon' }],
		['凌晨', '3月5日凌晨，', { date: '2022-03-05', partOfDay: 'early-morning' }],
		['中午', '3月5日中午', { date: '2022-03-05', partOfDay: 'noon' }],
		['深夜', '3月5日深夜', { date: '2022-03-05', partOfDay: 'night' }],
		['晚上', '3月5日晚上', { text: '3月5日晚上', partOfDay: 'evening' }],
		[
			'part + time',
			'3月5日上午10时30分，',
			{ text: '3月5日上午10时30分', partOfDay: 'morning', time: '10时30分' }
		],
		[
			'cut-off time',
			'截至3月9日24时，全省累计',
			{ text: '3月9日24时', date: '2022-03-09', time: '24时' }
		],
		[
			'window 0—6时',
			'3月1日0—6时，延边州珲春市报告',
			{ text: '3月1日0—6时', date: '2022-03-01', window: '0—6时' }
		],
		['window 0—24时', '3月9日0—24时，全省', { date: '2022-03-09', window: '0—24时' }],
		['window 0时至24时', '3月9日0时至24时，', { text: '3月9日0时至24时', window: '0—24时' }],
		['window 8时至24时', '3月9日8时至24时，', { window: '8—24时' }],
		['window ASCII dash', '3月9日0-24时，', { window: '0—24时' }],
		['window as clock times', '4月9日0:00-12:00，吉林市新增', { window: '0—12时' }],
		['window full-width', '３月９日０－６时', { date: '2022-03-09', window: '0—6时' }],
		['range 至 month', '3月2日至3月9日，', { date: '2022-03-02', dateEnd: '2022-03-09' }],
		['range 至', '3月2日至9日，', { text: '3月2日至9日', dateEnd: '2022-03-09' }],
		['range —', '3月2日—9日', { date: '2022-03-02', dateEnd: '2022-03-09' }],
		['range -', '3月2日-9日', { dateEnd: '2022-03-09' }],
		['range 到', '3月2日到9日', { dateEnd: '2022-03-09' }],
		['range over months', '2月28日至3月2日', { date: '2022-02-28', dateEnd: '2022-03-02' }],
		['range day rolls over', '2月27日至2日', { date: '2022-02-27', dateEnd: '2022-03-02' }],
		[
			'range + 每天',
			'报道显示，3月2日至3月9日，吉林省委书记景俊海，每天在北京以视频形式主持召开',
			{ date: '2022-03-02', dateEnd: '2022-03-09', recurrence: 'daily' }
		],
		['range + 每日', '3月2日至9日每日调度', { recurrence: 'daily' }],
		['range + 连续N天', '3月2日至3日，景俊海连续两天以视频形式主持', { recurrence: 'daily' }],
		['今天', '今天，省委书记景俊海在长春', { text: '今天', date: '2022-03-10', relative: 'today' }],
		['今日', '今日，', { date: '2022-03-10', relative: 'today' }],
		['今天上午', '今天上午，', { text: '今天上午', relative: 'today', partOfDay: 'morning' }],
		['今晚', '今晚召开', { date: '2022-03-10', partOfDay: 'evening' }],
		['昨天', '昨天，', { date: '2022-03-09', relative: 'yesterday' }],
		[
			'昨日 + window',
			'昨日0—24时，全省新增',
			{ date: '2022-03-09', relative: 'yesterday', window: '0—24时' }
		],
		['当天 (no context)', '当天，', { date: '2022-03-10', relative: 'same-day' }],
		['Traditional 時', '3月1日0—6時，', { text: '3月1日0—6時', window: '0—6时' }],
		[
			'Traditional 當天',
			'當天下午',
			{ text: '當天下午', relative: 'same-day', partOfDay: 'afternoon' }
		],
		['day only', '吉林省委10日召开', { text: '10日', date: '2022-03-10' }],
		[
			'relative day restated in brackets',
			'昨天（3月8日）下午，省委书记景俊海主持召开',
			{ text: '昨天（3月8日）下午', date: '2022-03-08', partOfDay: 'afternoon' }
		],
		['今日（N日）', '吉林省卫健委今日（10日）通报', { text: '今日（10日）', date: '2022-03-10' }],
		['day only, Xinhua', '记者9日从吉林省卫健委获悉', { text: '9日', date: '2022-03-09' }],
		['day only, 本月', '本月8日起', { text: '8日', date: '2022-03-08' }],
		['day only, previous month', '，28日晚，', { date: '2022-02-28', partOfDay: 'evening' }]
	])('%s', (_name, text, expected) => {
		const found = findDates(text, ctx);
		expect(found).toHaveLength(1);
		expect(summary(found[0])).toMatchObject(expected);
		expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
	});
});

describe('findDates: no date', () => {
	it.each([
		['此前', '据《吉林日报》此前报道，'],
		['month only', '3月份以来，全省'],
		['month with 份 and year', '2022年3月份'],
		['24小时', '24小时值班值守'],
		['一主六双', '共同落实落细“一主六双”高质量发展战略'],
		['一把手', '各级党政“一把手”要深入摸清实际情况'],
		['duration', '连续3日无新增，近7日内'],
		['house number', '吉大文昌路55号院'],
		['每月', '每月10日'],
		['夜以继日', '夜以继日、连续奋战'],
		['次日 without a date', '次日，'],
		['invalid', '2月30日']
	])('%s', (_name, text) => {
		expect(findDates(text, ctx)).toEqual([]);
	});
});

describe('findDates: several mentions, in order', () => {
	it('keeps the announcement day and the figures day apart', () => {
		const text = '3月10日，吉林省卫健委通报，3月9日，全省新增本地确诊病例165例。';
		expect(findDates(text, ctx).map((m) => [m.text, m.date, m.start])).toEqual([
			['3月10日', '2022-03-10', 0],
			['3月9日', '2022-03-09', 15]
		]);
	});

	it('resolves 当天 to the last date before it in the text', () => {
		const text = '3月8日，长春市召开会议。当天下午，景俊海到现场。次日，';
		const found = findDates(text, ctx);
		expect(found.map(summary)).toEqual([
			{ text: '3月8日', date: '2022-03-08' },
			{ text: '当天下午', date: '2022-03-08', relative: 'same-day', partOfDay: 'afternoon' },
			{ text: '次日', date: '2022-03-09', relative: 'next-day' }
		]);
	});

	it('resolves 当天 from ctx.lastDate when the text has no date', () => {
		const found = findDates('当日，全省新增', { articleDay: '2022-03-10', lastDate: '2022-03-07' });
		expect(found[0]).toMatchObject({ date: '2022-03-07', relative: 'same-day' });
	});

	it('reads a day alone in the month of the date before it', () => {
		const found = findDates('3月2日，…，5日，', { articleDay: '2022-04-01' });
		expect(found.map((m) => m.date)).toEqual(['2022-03-02', '2022-03-05']);
	});

	it('reads photo captions after a 今天 lead (seed 000)', () => {
		const text =
			'4月15日，省委书记景俊海在长春实地检查指导疫情防控工作，到宽城区为圆满完成包保支援任务的四平工作队送行。';
		expect(findDates(text, { articleDay: '2022-04-15' }).map(summary)).toEqual([
			{ text: '4月15日', date: '2022-04-15' }
		]);
	});

	it('reads a Xinhua dateline and the day-only dates after it', () => {
		const text =
			'新华社长春3月14日电 吉林省卫生健康委员会14日通报，13日0时至24时，吉林省新增本地确诊病例。';
		expect(findDates(text, { articleDay: '2022-03-14' }).map(summary)).toEqual([
			{ text: '3月14日', date: '2022-03-14', dispatch: true },
			{ text: '14日', date: '2022-03-14' },
			{ text: '13日0时至24时', date: '2022-03-13', window: '0—24时' }
		]);
	});

	it.each<[string, string, boolean[]]>([
		[
			'wire dateline',
			'新华社长春4月5日电（记者 张建、段续）记者从吉林省卫生健康委员会获悉',
			[true]
		],
		[
			'dateline, day-only after',
			'中新网长春3月26日电 吉林省委书记景俊海25日在吉林市',
			[true, false]
		],
		['电视电话会议 is no dateline', '4月5日电视电话会议召开', [false]],
		['a date before 电 with a time is no dateline', '3月5日0—24时电力供应', [false]]
	])('dispatch: %s', (_name, text, expected) => {
		expect(findDates(text, { articleDay: '2022-04-05' }).map((m) => m.dispatch === true)).toEqual(
			expected
		);
	});

	it('is independent of the machine time zone', () => {
		expect(findDates('今天', { articleDay: '2022-03-13' })[0].date).toBe('2022-03-13');
		expect(findDates('昨天', { articleDay: '2022-03-14' })[0].date).toBe('2022-03-13');
	});
});
