/** Accessible names and short descriptions of chart items, in the UI language. */
import {
	formatDayLong,
	formatNumber,
	formatRange,
	formatRangeShort,
	kindLabel,
	messages,
	partLabel,
	personLabel,
	roleLabel,
	type Lang
} from '$lib/i18n';
import type { AppearanceItem, CaseItem, MeetingItem } from './items';

export type PinyinOf = (name: string) => string | undefined;

/** "Video conference, 12 March 2022, evening, chaired by 景俊海 Jing Junhai" */
export function meetingLabel(item: MeetingItem, lang: Lang, pinyinOf: PinyinOf): string {
	const m = messages(lang);
	const sep = lang === 'zh' ? '，' : ', ';
	const parts = [kindLabel(item.kind, lang)];
	if (item.end > item.date) {
		parts.push(
			item.recurrence === 'daily'
				? m.daily(formatDayLong(item.date, lang), formatDayLong(item.end, lang))
				: formatRange(item.date, item.end, lang)
		);
	} else parts.push(formatDayLong(item.date, lang));
	if (item.partOfDay) parts.push(partLabel(item.partOfDay, lang));
	if (item.chair) parts.push(m.chairedBy(personLabel(item.chair, pinyinOf(item.chair))));
	if (item.place) parts.push(item.place);
	if (item.confidence === 'inferred') parts.push(m.inferred);
	return parts.join(sep);
}

/** "Confirmed, 9 March 2022, 吉林省: 165 (0—6时 only)" */
export function caseLabel(
	item: CaseItem,
	series: 'confirmed' | 'asymptomatic',
	lang: Lang
): string {
	const m = messages(lang);
	const value = item[series];
	const sep = lang === 'zh' ? '，' : ', ';
	const parts = [
		series === 'confirmed' ? m.confirmed : m.asymptomatic,
		formatDayLong(item.date, lang),
		item.region
	];
	let text =
		parts.join(sep) +
		(lang === 'zh' ? '：' : ': ') +
		(value === null ? '—' : formatNumber(value, lang));
	if (item.window) text += `${sep}${m.partial} ${item.window}`;
	if (item.conflict) text += `${sep}${m.conflict}`;
	return text;
}

/** "景俊海 Jing Junhai, 3 March 2022: Chair, daily, 2–9 March (2 items)" */
export function appearanceLabel(item: AppearanceItem, lang: Lang): string {
	const m = messages(lang);
	const sep = lang === 'zh' ? '，' : ', ';
	return (
		personLabel(item.person, item.pinyin) +
		sep +
		formatDayLong(item.date, lang) +
		(lang === 'zh' ? '：' : ': ') +
		item.roles.map((r) => roleLabel(r, lang)).join(lang === 'zh' ? '、' : ', ') +
		(item.recurrence === 'daily' && item.recurrenceFrom && item.recurrenceTo
			? sep + m.dailySpan(formatRangeShort(item.recurrenceFrom, item.recurrenceTo, lang))
			: '') +
		((item.sourceCount ?? item.sources.length) > 1
			? ` (${m.nItems(item.sourceCount ?? item.sources.length)})`
			: '')
	);
}
