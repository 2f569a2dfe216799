/**
 * The dataset format: what the pure core produces and every page, chart and export reads.
 * Fields may be added; none may be renamed (users keep their own tools on top of this JSON).
 */

/** A build problem: one file that could not be read, and how to fix it. */
export interface Problem {
	file: string;
	field: string;
	message: string;
	hint: string;
	/** `error` skips the file; `warning` keeps it with a note (e.g. decoded as GB18030). */
	severity: 'error' | 'warning';
}

export interface Paragraph {
	/** Stable id within the article: `p-0`, `p-1`, ... (also the anchor in the reading view). */
	id: string;
	/** Plain text: entities decoded, inline tags joined, indentation trimmed. */
	text: string;
	/** Allowlisted inline HTML (only text and <strong>/<em>/<br>), safe to render. */
	html: string;
	/** `caption` for a photo caption paragraph; `body` otherwise. */
	kind: 'body' | 'caption';
}

export interface ArticleImage {
	src: string;
	alt: string;
	caption: string;
	/** The paragraph that follows the image (its caption or the next body text), if any. */
	before?: string;
}

/** A photo or reporter credit (`邹乃硕 摄`, `（黄鹭）`). It stays in the paragraph text; this points at it. */
export interface Credit {
	name: string;
	role: 'photo' | 'reporter';
	/** Paragraph index; `text.slice(start, end) === name`. */
	paragraph: number;
	start: number;
	end: number;
}

export interface Article {
	/** Stable, unique, URL-safe id from the file name (`000_c7f3a7c78d50caf9`). */
	id: string;
	/** File name relative to the corpus folder. */
	file: string;
	title: string;
	/** ISO 8601 instant in Beijing time, e.g. `2022-04-15T22:51:18+08:00`. */
	published: string;
	/** The Beijing calendar day of publication, `YYYY-MM-DD`. */
	day: string;
	/** The outlet (front matter `author`). */
	outlet: string;
	categories: string[];
	headImage?: string;
	/** The original address (front matter `link`, http or https only). */
	link?: string;
	/** The feed's id for the item (front matter `guid`). */
	guid?: string;
	paragraphs: Paragraph[];
	images: ArticleImage[];
	editor?: string;
	originalTitle?: string;
	/** `来源：...` lines. */
	sources: string[];
	credits: Credit[];
	/** Character encoding the bytes were read as. */
	encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
	/**
	 * The region the article is about: a province's full name (`吉林省`), `全国` for a national
	 * story, absent when it names none. Set by extraction.
	 */
	region?: string;
}

/** Where an item came from: `quote === paragraphs[paragraph].text.slice(start, end)`. */
export interface Evidence {
	article: string;
	/** Paragraph index in `article.paragraphs`. */
	paragraph: number;
	quote: string;
	start: number;
	end: number;
	/** The rule that produced the item (shown by `extract --explain`). */
	rule?: string;
}

export type EventKind =
	'video-conference' | 'field-inspection' | 'onsite-office' | 'meeting' | 'other';

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night' | 'early-morning' | 'noon';

export interface TimelineEvent {
	id: string;
	/** `YYYY-MM-DD` (Beijing). */
	date: string;
	dateEnd?: string;
	recurrence?: 'daily';
	partOfDay?: PartOfDay;
	kind: EventKind;
	/**
	 * Whose event it is: a province (`吉林省`), `全国`, or absent when the text ties it to none.
	 * Only the focus region's events are in `Dataset.events`; others are in `setAside`.
	 */
	region?: string;
	title?: string;
	place?: string;
	chair?: string;
	participants: string[];
	/** `inferred` when the date is not stated but deduced (e.g. 第一时间 after a dated report). */
	confidence?: 'stated' | 'inferred';
	sources: Evidence[];
}

export interface CaseReport {
	id: string;
	/** The day the figures refer to (not the day they were announced). */
	date: string;
	/** The province, city or prefecture the figures are for (`吉林省`, `长春市`, `全国`). */
	region: string;
	confirmed: number | null;
	asymptomatic: number | null;
	/** A partial-day window such as `0—6时`: never a daily total. */
	window?: string;
	/** Asymptomatic cases reclassified as confirmed, when stated (含N例无症状感染者转为确诊病例). */
	converted?: number;
	/** Set when another report gives different figures for the same day and region. */
	conflict?: boolean;
	sources: Evidence[];
}

export interface CumulativeReport {
	id: string;
	/** The day the total runs to (截至...). */
	date: string;
	region: string;
	confirmed: number | null;
	asymptomatic: number | null;
	sources: Evidence[];
}

export type Level = 'national' | 'provincial' | 'city';

export interface Person {
	/** URL-safe id (pinyin, e.g. `jing-junhai`). */
	id: string;
	name: string;
	pinyin: string;
	titles: string[];
	level?: Level;
}

export type Role = 'chair' | 'participant' | 'speaker' | 'credit' | 'referenced';

export interface Appearance {
	/** The person's name (as in `people[].name`). */
	person: string;
	/** Article id. */
	article: string;
	date: string;
	role: Role;
	/** Event id, when the appearance belongs to one. */
	event?: string;
	evidence: Evidence;
}

/** Items of regions other than the focus, each with its region; never shown on the dashboard. */
export interface SetAside {
	events: TimelineEvent[];
	caseReports: CaseReport[];
	cumulativeReports: CumulativeReport[];
	appearances: Appearance[];
	/** People who appear only in set-aside items. */
	people: Person[];
}

export interface Dataset {
	version: number;
	corpus: {
		dir: string;
		/** Files found in the folder (articles + skipped). */
		files: number;
		/** Articles read. */
		articles: number;
		problems: Problem[];
		/**
		 * ISO timestamp of the build: `SOURCE_DATE_EPOCH` when set, else the newest article file's
		 * modification time (so the same files give the same dataset).
		 */
		built: string;
		/** The focus region: the province (or `全国`) whose items fill the main lists. */
		focus: string;
		/** Publication days accepted (`DATE_WINDOW`; default 2000-01-01 to a year after `built`). */
		window?: { from: string; to: string };
		/**
		 * The days the corpus is about: every article, item and date except outliers (articles far
		 * from all the others, reported as problems). The dashboard's default period.
		 */
		period?: { from: string; to: string };
	};
	articles: Article[];
	events: TimelineEvent[];
	caseReports: CaseReport[];
	cumulativeReports: CumulativeReport[];
	people: Person[];
	appearances: Appearance[];
	/** Everything extracted for other regions (or for none), kept out of the main lists. */
	setAside: SetAside;
}
