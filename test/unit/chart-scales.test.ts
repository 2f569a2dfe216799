import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayAt,
	dayCount,
	daysBetween,
	dayTicks,
	dayX,
	makeTimeScale,
	overlaps
} from '../../src/lib/chart/time';
import { estimateTextWidth } from '../../src/lib/chart/text.svelte';
import { wrapText } from '../../src/lib/chart/frame';
import { assignPersonColours, personClass } from '../../src/lib/chart/palette';

describe('day arithmetic (time-zone independent)', () => {
	it.each([
		['2022-03-31', 1, '2022-04-01'],
		['2022-03-01', -1, '2022-02-28'],
		['2022-03-13', 1, '2022-03-14'] // US DST change: still one day
	])('addDays(%s, %i) = %s', (day, n, expected) => {
		expect(addDays(day, n)).toBe(expected);
	});
	it('counts days inclusively', () => {
		expect(dayCount('2022-03-01', '2022-04-30')).toBe(61);
		expect(dayCount('2022-03-02', '2022-03-09')).toBe(8);
		expect(daysBetween('2022-03-30', '2022-04-02')).toEqual([
			'2022-03-30',
			'2022-03-31',
			'2022-04-01',
			'2022-04-02'
		]);
		expect(daysBetween('2022-04-02', '2022-03-30')).toEqual([]);
	});
	it('overlaps inclusive spans', () => {
		expect(overlaps('2022-03-02', '2022-03-09', '2022-03-09', '2022-03-20')).toBe(true);
		expect(overlaps('2022-03-02', '2022-03-09', '2022-03-10', '2022-03-20')).toBe(false);
	});
});

describe('shared time scale', () => {
	const x = makeTimeScale('2022-03-01', '2022-04-30', [0, 610]);
	it('gives each day an equal band, first day at 0, the day after the last at the right edge', () => {
		expect(dayX(x, '2022-03-01')).toBe(0);
		expect(dayX(x, '2022-03-02')).toBeCloseTo(10);
		expect(dayX(x, '2022-05-01')).toBeCloseTo(610);
	});
	it('inverts a pixel to the day under it', () => {
		expect(dayAt(x, 0)).toBe('2022-03-01');
		expect(dayAt(x, 15)).toBe('2022-03-02');
		expect(dayAt(x, 609.9)).toBe('2022-04-30');
	});
	it('chooses tick steps that keep labels apart', () => {
		const daily = dayTicks('2022-03-10', '2022-03-16', 700);
		expect(daily.map((t) => t.day)).toEqual(daysBetween('2022-03-10', '2022-03-16'));
		expect(daily[0].major).toBe(true);
		const weekly = dayTicks('2022-03-01', '2022-04-30', 600);
		expect(weekly.map((t) => t.day)).toEqual([
			'2022-03-01',
			'2022-03-08',
			'2022-03-15',
			'2022-03-22',
			'2022-04-01',
			'2022-04-08',
			'2022-04-15',
			'2022-04-22'
		]);
		expect(weekly.filter((t) => t.major).map((t) => t.day)).toEqual(['2022-03-01', '2022-04-01']);
		const monthly = dayTicks('2022-01-01', '2022-12-31', 300);
		expect(monthly.every((t) => t.day.endsWith('-01'))).toBe(true);
	});
});

describe('text measurement fallback', () => {
	it('counts a CJK character as 1 em', () => {
		expect(estimateTextWidth('景俊海', 12)).toBe(36);
		expect(estimateTextWidth('视频会议', 10)).toBe(40);
	});
	it('counts Latin narrower than CJK', () => {
		expect(estimateTextWidth('Jing Junhai', 12)).toBeLessThan(11 * 12 * 0.7);
	});
	it('wraps Chinese between characters and Latin at spaces', () => {
		const zh = wrapText('按数字所指的日期，而非通报日期。', 60, 12);
		expect(zh.join('')).toBe('按数字所指的日期，而非通报日期。');
		expect(zh.every((l) => estimateTextWidth(l, 12) <= 60 + 12)).toBe(true);
		expect(zh.some((l) => l.startsWith('，'))).toBe(false);
		expect(wrapText('one two three four', 70, 12)).toEqual(['one two', 'three four']);
	});
});

describe('person palette', () => {
	it('gives colours to chairs first, then by appearances, the rest neutral', () => {
		const colours = assignPersonColours(
			[{ chair: '景俊海' }, { chair: '景俊海' }, { chair: '韩俊' }],
			[
				{ person: '李斌', role: 'participant' },
				{ person: '李斌', role: 'participant' },
				{ person: '习近平', role: 'referenced' }
			]
		);
		expect(colours['景俊海']).toBe(0);
		expect(colours['韩俊']).toBe(1);
		expect(colours['李斌']).toBe(2);
		expect(personClass(colours, '习近平')).toBe('pn');
		expect(personClass(colours, undefined)).toBe('pn');
	});
});
