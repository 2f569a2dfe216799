/**
 * English and Simplified Chinese UI strings and the date and number formats of each language.
 * Dates in the data are Beijing calendar days (`YYYY-MM-DD`); they are formatted from their parts,
 * never through `Date` in the viewer's time zone.
 */
import type { EventKind, PartOfDay, Role } from '$lib/types';

export type Lang = 'en' | 'zh';
export const LANGS: Lang[] = ['en', 'zh'];

/** `zh`, `zh-CN`, `zh-Hans-SG` → `zh`; anything else → `en`. */
export function pickLang(value: string | null | undefined): Lang | null {
	if (!value) return null;
	const v = value.toLowerCase();
	if (v.startsWith('zh')) return 'zh';
	if (v.startsWith('en')) return 'en';
	return null;
}

/** The first supported language in the browser's list, else English. */
export function browserLang(languages: readonly string[] | undefined): Lang {
	for (const l of languages ?? []) {
		const p = pickLang(l);
		if (p) return p;
	}
	return 'en';
}

const MONTHS_EN = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
const MONTHS_EN_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function parts(day: string): [number, number, number] {
	const [y, m, d] = day.split('-').map(Number);
	return [y, m, d];
}

/** Short day: `12 Mar` / `3月12日`. */
export function formatDay(day: string, lang: Lang): string {
	const [, m, d] = parts(day);
	return lang === 'zh' ? `${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]}`;
}

/** Long day: `12 March 2022` / `2022年3月12日`. */
export function formatDayLong(day: string, lang: Lang): string {
	const [y, m, d] = parts(day);
	return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN_LONG[m - 1]} ${y}`;
}

/** Day with weekday: `Sat 12 Mar 2022` / `2022年3月12日 周六`. */
export function formatDayWeekday(day: string, lang: Lang): string {
	const [y, m, d] = parts(day);
	const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	return lang === 'zh'
		? `${y}年${m}月${d}日 ${WEEKDAYS_ZH[wd]}`
		: `${WEEKDAYS_EN[wd]} ${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** Month label for axes: `Mar` / `3月`. */
export function formatMonth(month: number, lang: Lang): string {
	return lang === 'zh' ? `${month}月` : MONTHS_EN[month - 1];
}

/** A day range: `2–9 Mar 2022` / `3月2日至9日`. */
export function formatRange(from: string, to: string, lang: Lang): string {
	if (from === to) return formatDayLong(from, lang);
	const [y1, m1, d1] = parts(from);
	const [y2, m2, d2] = parts(to);
	if (lang === 'zh') {
		const a = `${y1}年${m1}月${d1}日`;
		const b = y1 === y2 ? (m1 === m2 ? `${d2}日` : `${m2}月${d2}日`) : `${y2}年${m2}月${d2}日`;
		return `${a}至${b}`;
	}
	if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS_EN_LONG[m1 - 1]} ${y1}`;
	if (y1 === y2) return `${d1} ${MONTHS_EN[m1 - 1]} – ${d2} ${MONTHS_EN[m2 - 1]} ${y2}`;
	return `${formatDayLong(from, lang)} – ${formatDayLong(to, lang)}`;
}

/** A day range without the year: `2–9 March` / `3月2日至9日`. */
export function formatRangeShort(from: string, to: string, lang: Lang): string {
	const [, m1, d1] = parts(from);
	const [, m2, d2] = parts(to);
	if (lang === 'zh')
		return from === to ? `${m1}月${d1}日` : `${m1}月${d1}日至${m1 === m2 ? '' : `${m2}月`}${d2}日`;
	if (from === to) return `${d1} ${MONTHS_EN_LONG[m1 - 1]}`;
	if (m1 === m2) return `${d1}–${d2} ${MONTHS_EN_LONG[m1 - 1]}`;
	return `${d1} ${MONTHS_EN_LONG[m1 - 1]} – ${d2} ${MONTHS_EN_LONG[m2 - 1]}`;
}

/** One formatter per language: building one per call shows up in every chart and page render. */
const NUMBER_FORMATS: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Integer with grouping: `1,234` in both languages (Chinese news also writes 1,234 or 1234). */
export function formatNumber(n: number, lang: Lang): string {
	const format = (NUMBER_FORMATS[lang] ??= new Intl.NumberFormat(
		lang === 'zh' ? 'zh-CN' : 'en-GB'
	));
	return format.format(n);
}

const KIND: Record<Lang, Record<EventKind, string>> = {
	en: {
		'video-conference': 'Video conference',
		'field-inspection': 'Field inspection',
		'onsite-office': 'On-site office',
		meeting: 'Other meeting',
		other: 'Other'
	},
	zh: {
		'video-conference': '视频会议',
		'field-inspection': '实地检查',
		'onsite-office': '现场办公',
		meeting: '其他会议',
		other: '其他'
	}
};

const ROLE: Record<Lang, Record<Role, string>> = {
	en: {
		chair: 'Chair',
		participant: 'Participant',
		speaker: 'Speaker',
		credit: 'Credit (photo/reporter)',
		referenced: 'Referenced'
	},
	zh: {
		chair: '主持',
		participant: '出席',
		speaker: '讲话',
		credit: '署名（摄影/记者）',
		referenced: '被提及'
	}
};

const PART: Record<Lang, Record<PartOfDay, string>> = {
	en: {
		'early-morning': 'early morning',
		morning: 'morning',
		noon: 'noon',
		afternoon: 'afternoon',
		evening: 'evening',
		night: 'night'
	},
	zh: {
		'early-morning': '凌晨',
		morning: '上午',
		noon: '中午',
		afternoon: '下午',
		evening: '晚上',
		night: '夜间'
	}
};

export const kindLabel = (k: EventKind, lang: Lang) => KIND[lang][k];
export const roleLabel = (r: Role, lang: Lang) => ROLE[lang][r];
export const partLabel = (p: PartOfDay, lang: Lang) => PART[lang][p];

const en = {
	siteTitle: 'Jilin COVID-19 response timeline',
	siteSubtitle: 'Meetings, case counts and officials in the news, March–April 2022',
	language: 'Language',
	overview: 'Articles per day',
	overviewSub: 'Drag across the chart to choose a period; double-click to show everything.',
	meetings: 'Meetings and inspections',
	meetingsSub: 'One lane per kind of event; colour shows who chaired it.',
	cases: 'New local cases',
	casesSub: 'By the day the figures refer to, not the day they were announced.',
	appearances: 'Who appears, and how',
	appearancesSub: 'People named in the articles, by day; the shape shows their role.',
	region: 'Region',
	province: 'Jilin province',
	confirmed: 'Confirmed',
	asymptomatic: 'Asymptomatic',
	partial: 'Partial-day window',
	partialNote: 'Outlined, hatched bars are partial-day windows (e.g. 0—6时), not daily totals.',
	conflict: 'Sources disagree',
	conflictNote:
		'A ! marks a day for which reports give different figures; a – on the baseline, a figure not reported.',
	eventsRule:
		'Faint dashed rules mark meetings and inspections; a grey band, meetings over several days.',
	table: 'Table',
	chart: 'Chart',
	showTable: 'Show as table',
	hideTable: 'Show as chart',
	date: 'Date',
	kind: 'Kind',
	chair: 'Chair',
	place: 'Place',
	source: 'Source',
	sources: 'Sources',
	person: 'Person',
	role: 'Role',
	figure: 'Figure',
	articles: 'Articles',
	reset: 'Show all dates',
	from: 'From',
	to: 'To',
	filters: 'Filters',
	kinds: 'Kinds',
	people: 'People',
	outlets: 'Outlets',
	search: 'Search titles and quotes',
	searchPlaceholder: 'e.g. 长春, 视频',
	clearFilters: 'Clear filters',
	keepOneKind: 'At least one kind stays selected; use “Clear filters” to show all kinds.',
	datesSwapped: (range: string) => `“From” was after “To”, so the dates were swapped: ${range}.`,
	legendBand: 'Daily or multi-day meetings (band)',
	legendRule: 'Meetings (dashed rule)',
	topOf: (n: number, total: number) => `${n} of ${total} people shown (most appearances).`,
	all: 'All',
	showReferenced: 'Show “referenced” mentions',
	showAll: (n: number) => `Show all ${n} people`,
	showTop: (n: number) => `Show top ${n}`,
	noItems: 'Nothing in this period with these filters.',
	sourceLine: 'Source: news articles in the corpus; every mark links to its sentence.',
	chairedBy: (name: string) => `chaired by ${name}`,
	daily: (from: string, to: string) => `daily, ${from} to ${to}`,
	dailySpan: (range: string) => `daily, ${range}`,
	inferred: 'date inferred',
	dailyWord: 'every day',
	none: 'None reported.',
	event: 'Event',
	caseFigure: 'Case figure',
	legendInferred: 'Date inferred (hollow)',
	legendDaily: 'Daily meetings (a dot per day)',
	legendEvening: 'Evening or night (notched)',
	others: 'Others',
	viewDay: 'Open this day',
	dayPage: 'Day',
	personPage: 'Person',
	events: 'Events',
	caseFigures: 'Case figures',
	coAppearing: 'Appears with',
	timelineByRole: 'Appearances by role',
	sentencesAbout: 'Sentences about this day',
	backToDashboard: 'Back to the dashboard',
	nArticles: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
	nItems: (n: number) => (n === 1 ? '1 item' : `${n} items`),
	range: 'Period',
	skip: 'Skip to the charts',
	withCount: (n: number) => `${n} times`,
	keyboardHint:
		'Tab into a chart, then use the arrow keys to move between marks and Enter to open.',
	dataBuilt: 'Dataset built',
	downloadData: 'Download the dataset (JSON)',
	report: 'Build report',
	noCases: 'No case figures for this region in this period.',
	window: 'Window',
	note: 'Note',
	of: 'of',
	more: (n: number) => `+${n} more`,
	showAllArticles: (n: number) => `Show all ${n} articles`,
	loading: 'Loading…',
	loadFailed: 'Could not load the rest',
	articleNav: 'Article navigation',
	previousArticle: 'Previous article',
	nextArticle: 'Next article',
	extracted: 'Extracted from this article',
	legend: 'Legend',
	markEvent: 'meeting',
	markCases: 'case figures',
	markPerson: 'person',
	markDate: 'date',
	markTarget: 'cited sentence',
	images: (n: number) => `Images (${n})`,
	loadImage: (host: string) => `Load image from ${host}`,
	file: 'File',
	original: (host: string) => `Original at ${host}`,
	nothingExtracted: 'Nothing was extracted from this article.',
	beijingTime: 'Beijing time',
	inCharts: 'Show in the charts',
	profile: 'profile',
	paragraph: (n: number) => `paragraph ${n}`
};

export type Messages = typeof en;

const zh: Messages = {
	siteTitle: '吉林抗疫时间线',
	siteSubtitle: '2022年3—4月新闻中的会议、病例数与官员',
	language: '语言',
	overview: '每日文章数',
	overviewSub: '在图上拖动以选择时段；双击显示全部。',
	meetings: '会议与检查',
	meetingsSub: '每类活动一行；颜色表示主持人。',
	cases: '新增本土病例',
	casesSub: '按数字所指的日期，而非通报日期。',
	appearances: '人物出现情况',
	appearancesSub: '文章中提到的人物，按日期排列；形状表示角色。',
	region: '地区',
	province: '吉林省',
	confirmed: '确诊',
	asymptomatic: '无症状',
	partial: '非全天时段',
	partialNote: '描边加斜线的柱为非全天时段（如0—6时），并非全天总数。',
	conflict: '来源数字不一致',
	conflictNote: '“!”表示该日各报道给出的数字不同；基线上的“–”表示未报道该数字。',
	eventsRule: '浅色虚线标出会议和检查；灰色色带表示持续多日的会议。',
	table: '表格',
	chart: '图表',
	showTable: '以表格显示',
	hideTable: '以图表显示',
	date: '日期',
	kind: '类型',
	chair: '主持',
	place: '地点',
	source: '来源',
	sources: '来源',
	person: '人物',
	role: '角色',
	figure: '数字',
	articles: '文章',
	reset: '显示全部日期',
	from: '起',
	to: '止',
	filters: '筛选',
	kinds: '类型',
	people: '人物',
	outlets: '媒体',
	search: '搜索标题和引文',
	searchPlaceholder: '如：长春、视频',
	clearFilters: '清除筛选',
	keepOneKind: '至少保留一种类型；如需显示全部类型，请点“清除筛选”。',
	datesSwapped: (range: string) => `“起”晚于“止”，已交换日期：${range}。`,
	legendBand: '每日或多日会议（色带）',
	legendRule: '会议（虚线）',
	topOf: (n: number, total: number) => `显示出现次数最多的${n}人（共${total}人）。`,
	all: '全部',
	showReferenced: '显示“被提及”',
	showAll: (n: number) => `显示全部${n}人`,
	showTop: (n: number) => `只显示前${n}人`,
	noItems: '此时段内没有符合筛选条件的内容。',
	sourceLine: '来源：语料库中的新闻报道；每个标记都链接到原句。',
	chairedBy: (name: string) => `${name}主持`,
	daily: (from: string, to: string) => `${from}至${to}每天`,
	dailySpan: (range: string) => `${range}每天`,
	inferred: '日期为推断',
	dailyWord: '每天',
	none: '没有报道。',
	event: '活动',
	caseFigure: '病例数字',
	legendInferred: '日期为推断（空心）',
	legendDaily: '每日会议（每天一个点）',
	legendEvening: '晚上或夜间（缺口）',
	others: '其他人',
	viewDay: '打开这一天',
	dayPage: '日期',
	personPage: '人物',
	events: '活动',
	caseFigures: '病例数字',
	coAppearing: '共同出现',
	timelineByRole: '按角色的出现情况',
	sentencesAbout: '关于这一天的句子',
	backToDashboard: '返回总览',
	nArticles: (n: number) => `${n}篇文章`,
	nItems: (n: number) => `${n}项`,
	range: '时段',
	skip: '跳到图表',
	withCount: (n: number) => `${n}次`,
	keyboardHint: '用Tab键进入图表，方向键在标记间移动，回车键打开。',
	dataBuilt: '数据生成于',
	downloadData: '下载数据集（JSON）',
	report: '生成报告',
	noCases: '此时段内该地区没有病例数字。',
	window: '时段',
	note: '说明',
	of: '/',
	more: (n: number) => `另有${n}条`,
	showAllArticles: (n: number) => `显示全部${n}篇文章`,
	loading: '正在加载…',
	loadFailed: '其余内容加载失败',
	articleNav: '文章导航',
	previousArticle: '上一篇',
	nextArticle: '下一篇',
	extracted: '从本文提取的内容',
	legend: '图例',
	markEvent: '会议',
	markCases: '病例数字',
	markPerson: '人物',
	markDate: '日期',
	markTarget: '引用的句子',
	images: (n: number) => `图片（${n}）`,
	loadImage: (host: string) => `从 ${host} 加载图片`,
	file: '文件',
	original: (host: string) => `原文（${host}）`,
	nothingExtracted: '未从本文提取到内容。',
	beijingTime: '北京时间',
	inCharts: '在图表中查看',
	profile: '人物页',
	paragraph: (n: number) => `第${n}段`
};

const MESSAGES: Record<Lang, Messages> = { en, zh };

/** The UI strings of a language. */
export function messages(lang: Lang): Messages {
	return MESSAGES[lang];
}

/** A person's label: `景俊海 Jing Junhai` (Chinese first in both languages; pinyin helps non-readers). */
export function personLabel(name: string, pinyin: string | undefined): string {
	return pinyin ? `${name} ${pinyin}` : name;
}

const REGIONS_EN: Record<string, string> = {
	吉林省: 'Jilin province',
	长春市: 'Changchun',
	吉林市: 'Jilin City',
	四平市: 'Siping',
	辽源市: 'Liaoyuan',
	通化市: 'Tonghua',
	白山市: 'Baishan',
	松原市: 'Songyuan',
	白城市: 'Baicheng',
	延边州: 'Yanbian',
	延边朝鲜族自治州: 'Yanbian',
	延吉市: 'Yanji',
	珲春市: 'Hunchun',
	敦化市: 'Dunhua',
	梅河口市: 'Meihekou',
	公主岭市: 'Gongzhuling'
};

/** A region as named in the sources, with its English name in the English UI: `长春市 Changchun`. */
export function regionLabel(region: string, lang: Lang): string {
	const en = REGIONS_EN[region];
	return lang === 'en' && en ? `${region} ${en}` : region;
}
