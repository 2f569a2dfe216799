/**
 * Timeline events from one article: meetings, video conferences, inspections, on-site offices,
 * written instructions. Pure: an Article in, events with their sentences out.
 *
 * The article is read sentence by sentence, in order. A sentence becomes an event when a leader
 * (or, with a stated date, an organisation) does one of the event verbs (`以视频形式主持召开`,
 * `实地检查指导`, `现场办公`, `主持召开…会`, `作出批示`) and the verb is not reported speech or an
 * instruction (`要求…深入一线`, `按照…电视电话会议精神`). Sentences that repeat an event (a
 * caption, `今天，…` after `3月28日，…`) or continue it (`在…驻地，景俊海看望慰问…`, `随后，
 * 景俊海主持召开…反馈会`) add sources to it instead of making a new one.
 */
import type { Article, EventKind, Evidence, PartOfDay, TimelineEvent } from '../types';
import { findDates, type DateFrame, type DateMention } from './dates';
import {
	addKnownNames,
	findShapedMentions,
	knownNames,
	withKnownNames,
	type PersonMention
} from './people';
import { articleRegion, eventRegion, officialProvince } from './regions';
import { foldedArticle, toSimplified } from './script';
import { isWhiteSpace } from '../white-space';
import {
	allMatches,
	opened,
	openedMatches,
	presentLists,
	wordLists,
	type OpenedRegex
} from './matches';

/** An event before merging across articles (ids are given by `mergeEvents`). */
export type ArticleEvent = Omit<TimelineEvent, 'id'>;

/** One sentence of a paragraph with what was found in it; offsets are paragraph offsets. */
export interface Sentence {
	paragraph: number;
	start: number;
	end: number;
	/** The sentence as written. */
	text: string;
	/** The sentence folded to Simplified, same length as `text`. */
	folded: string;
	dates: DateMention[];
	people: PersonMention[];
	/** The last date mentioned before this sentence (in the article), for undated sentences. */
	lastDate?: string;
	/** When the last date before this sentence was a range (`3月27日至28日`), that range. */
	lastRange?: { date: string; dateEnd: string };
	caption: boolean;
	/**
	 * The sentence continues the one before after a `；` with no subject of its own
	 * (`…主持召开调度会；到长春市…现场办公`): same actor, same day.
	 */
	continues?: boolean;
}

/** Paragraph lines that are metadata, never events or people (`责任编辑：…`, `（来源：…）`, `原標題：…`). */
const FOOTER =
	/^[（(]?\s*(?:来源|來源|责任编辑|責任編輯|编辑|編輯|原标题|原標題|作者|记者|記者|审核|審核|校对|校對|监制|監製|監制)[：:]/;

/** A day opening a clause: `3月16日`, `１６日`, `三月十六日`. */
const CLAUSE_DATE = String.raw`(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日`;
/** Verbs that open a clause whose subject is the one before (`；到长春市…现场办公`). */
const ELLIPTIC_VERB = '(?:到|赴|前往|来到|深入|又到|随后到|随后赴)';
/**
 * A sentence ends at 。！？ (with its closing quotes), or at a ； that opens another dated clause
 * (`3月15日，景俊海到长春市检查…；3月16日，韩俊以视频方式调度…` tells two activities) or a clause
 * of the same actor's next activity (`…主持召开调度会；到长春市…现场办公`). As a regex, one
 * sentence is
 * `(?:[^。！？!?；]|[!?](?=[A-Za-zÀ-ɏ])|；(?!CLAUSE_DATE|ELLIPTIC_VERB))*(?:[。！？!?]+[”’"」』）)]*|；|$)`;
 * `sentenceEnd` reads it by hand, as that regex cost more than anything else per paragraph.
 */
const CLAUSE_OPENING = new RegExp(`${CLAUSE_DATE}|${ELLIPTIC_VERB}`, 'y');
/** `。！？!?` and closing quotes `”’"」』）)` by UTF-16 code: no string made per character. */
const FULL_STOP = 1;
const CLOSING_QUOTE = 2;
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?') SENTENCE_END[c.charCodeAt(0)] = FULL_STOP;
for (const c of '”’"」』）)') SENTENCE_END[c.charCodeAt(0)] = CLOSING_QUOTE;

/** Where a sentence may end: a full stop or a ；, found fast; the rest is read around it. */
const STOP = /[。！？!?；]/g;

/** The end of the sentence that starts at `from` (see CLAUSE_OPENING). */
function sentenceEnd(text: string, from: number): number {
	let i = text.length;
	STOP.lastIndex = from;
	while (STOP.test(text)) {
		const at = STOP.lastIndex - 1;
		const c = text.charCodeAt(at);
		if (c === 0x21 || c === 0x3f) {
			// `!`, `?` inside Latin text (`Yahoo!Japan`) go on.
			if (isLatinLetter(text.charCodeAt(at + 1))) continue;
		} else if (c === 0xff1b) {
			// A ； ends the sentence only before another clause's day or verb.
			CLAUSE_OPENING.lastIndex = at + 1;
			if (!CLAUSE_OPENING.test(text)) continue;
			STOP.lastIndex = 0;
			return at + 1;
		}
		i = at;
		break;
	}
	STOP.lastIndex = 0;
	while (i < text.length && SENTENCE_END[text.charCodeAt(i)] === FULL_STOP) i++;
	while (i < text.length && SENTENCE_END[text.charCodeAt(i)] === CLOSING_QUOTE) i++;
	return i;
}

/** `[A-Za-zÀ-ɏ]` (NaN, past the end: false). */
function isLatinLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

const ELLIPTIC_START = new RegExp(`^${ELLIPTIC_VERB}`);
/**
 * A sentence with no subject that goes on with the actor of the one before, after its full stop:
 * `…主持召开座谈会。在长春实地检查指导工作，…`, `随后到…`.
 */
const ELLIPTIC_SENTENCE = new RegExp(
	`^(?:随后|之后|会后|其间|此后)?[，,]?(?:${ELLIPTIC_VERB}|在[^，。；]{1,14}?(?=实地|检查|调研|察看|看望|慰问|现场办公|考察))`
);

/**
 * Split paragraphs into sentences (at 。！？, keeping closing quotes) and find dates and people.
 * Names found anywhere in the article are then found bare in every sentence (`韩俊强调`).
 */
export function readSentences(article: Article, frame?: DateFrame): Sentence[] {
	const sentences: Sentence[] = [];
	const { plain: plainParagraphs } = foldedArticle(article);
	article.paragraphs.forEach((paragraph, index) => {
		if (FOOTER.test(paragraph.text.trim())) return;
		const text = paragraph.text;
		const plain = plainParagraphs[index];
		for (let from = 0; from < text.length;) {
			const to = sentenceEnd(text, from);
			let start = from;
			let end = to;
			from = to;
			while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
			while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
			if (start === end) continue;
			const body = text.slice(start, end);
			const previous = sentences.at(-1);
			const folded = plain ? body : toSimplified(body);
			const continues =
				previous?.paragraph === index &&
				(previous.text.endsWith('；')
					? ELLIPTIC_START.test(folded)
					: ELLIPTIC_SENTENCE.test(folded));
			// Every field from the start, in one order: one object shape keeps the rules' reads fast.
			sentences.push({
				paragraph: index,
				start,
				end: start + body.length,
				text: body,
				folded,
				dates: [],
				people: [],
				lastDate: undefined,
				lastRange: undefined,
				caption: paragraph.kind === 'caption',
				continues
			});
		}
	});

	let lastDate: string | undefined;
	let lastRange: Sentence['lastRange'];
	/** A dateline's day (`本报5月10日讯`): what `今天` means in the story after it. */
	let today: string | undefined;
	sentences.forEach((s) => {
		s.lastDate = lastDate;
		s.lastRange = lastRange;
		const ctx = { articleDay: article.day, lastDate, today, frame };
		// The rules are handed the folded sentence as its own folded form: folding is idempotent.
		s.dates = findDates(s.folded, ctx, s.folded);
		const last = s.dates.at(-1);
		if (last) {
			for (let k = s.dates.length - 1; k >= 0; k--) {
				if (s.dates[k].dispatch) {
					today = s.dates[k].date;
					break;
				}
			}
			lastDate = last.dateEnd ?? last.date;
			lastRange = last.dateEnd ? { date: last.date, dateEnd: last.dateEnd } : undefined;
		}
	});

	const editor = article.editor ? toSimplified(article.editor.trim()) : undefined;
	// Each sentence is read twice (to learn the article's names, then to find them bare): the shape
	// rules, which do not depend on the names, run once.
	const shaped = sentences.map((s) => findShapedMentions(s.folded, s.folded));
	// Names are looked for only if the article has them somewhere (no name spans a line break).
	const allText = shaped.map((s) => s.folded).join('\n');
	const roster = knownNames({}, allText);
	const names = new Set<string>();
	for (const found of shaped) {
		for (const p of withKnownNames(found, roster)) names.add(p.name);
	}
	if (editor) names.delete(editor);
	const known = addKnownNames(roster, names, allText);
	sentences.forEach((s, i) => {
		s.people = withKnownNames(shaped[i], known).filter((p) => p.name !== editor);
	});
	return sentences;
}

interface Trigger {
	kind: EventKind;
	start: number;
	end: number;
	rule: string;
	/** Told through a speech at the event (`在…会议上强调`): the subject speaks, not chairs. */
	speech?: boolean;
}

/** A press conference (`新闻发布会`, `新闻通气会`, `记者招待会`) held, attended or reported from. */
const PRESS_NOUN = '(?:新闻发布会|新闻通气会|记者招待会|记者见面会|发布会)';
const PRESS_CONFERENCE = new RegExp(
	`(?:召开|举行|举办)[^，。；]{0,30}?${PRESS_NOUN}|${PRESS_NOUN}[^，。；]{0,24}?(?:召开|举行|举办)|` +
		`在[^，。；在]{0,40}?${PRESS_NOUN}上|(?:从|据)[^，。；]{0,40}?${PRESS_NOUN}上?(?:获悉|消息|了解到)|` +
		`来自[^，。；]{0,40}?${PRESS_NOUN}|${PRESS_NOUN}上?(?:通报|介绍|发布|披露|透露|表示|称)|` +
		`主持[^，。；]{0,12}?${PRESS_NOUN}`,
	'g'
);

/** The first two characters of each alternative of the inspection trigger (see TRIGGERS). */
const INSPECTION_OPENINGS = [
	'实地',
	'检查',
	'督导',
	'督查',
	'调研',
	'视察',
	'考察',
	'看望',
	'慰问',
	'走访',
	'暗访',
	'深入',
	'察看',
	'查看'
];

/**
 * Event verbs, most specific kind first; the first kind with a valid occurrence wins. `needs`:
 * words one of which every match of `re` contains, looked for in one pass for all the kinds (see
 * `presentLists`), which spares most sentences most patterns. `openings`: what every match of
 * `re` starts with, where alone it is tried (see `opened`).
 */
const TRIGGERS: Array<{
	kind: EventKind;
	rule: string;
	re: RegExp;
	needs: readonly string[];
	openings?: readonly string[];
}> = [
	{
		// Every press conference is `other`, national ones and those held by video link too:
		// `召开…新闻发布会`, `新闻发布会…以视频连线的形式召开`, `在…新闻发布会上表示`, `从…发布会上获悉`,
		// `来自…新闻发布会的消息`, `3月9日…新闻发布会通报`.
		kind: 'other',
		rule: 'event:press-conference',
		re: PRESS_CONFERENCE,
		needs: ['发布会', '通气会', '招待会', '见面会']
	},
	{
		kind: 'video-conference',
		rule: 'event:video',
		// `在市政府视频会议室召开会议`: a room named for video is the venue, not the meeting's form.
		re: /以(?:视频|视讯|视像)(?:会议)?(?:形式|方式)|通过(?:视频|视讯|视像)(?:会议)?(?:形式|方式)?|(?:视频|视讯|视像)(?:座谈|调度|推进|部署|专题|工作)?会(?:议)?(?![议见室厅]|中心|系统|终端)|视频连线|视频调度|电视电话会议|远程视频/g,
		// Not `视` alone: `重视`, `视察` are common and name no video.
		needs: ['视频', '视讯', '视像', '电视电话']
	},
	{ kind: 'onsite-office', rule: 'event:onsite-office', re: /现场办公/g, needs: ['现场办公'] },
	{
		kind: 'meeting',
		rule: 'event:meeting',
		// `连夜召集…紧急会议`: convening is holding.
		re: /主持召开|召开|召集|主持|举行|出席/g,
		needs: ['主持', '召开', '召集', '举行', '出席']
	},
	{
		// `4月12日，省委书记景俊海在全省疫情防控工作会议上强调`: the meeting told through a speech
		// at it; the speaker is not its chair.
		kind: 'meeting',
		rule: 'event:meeting-speech',
		re: /在[^，。；在]{2,40}?会议?上[，,]?(?=[^，。；]{0,32}?(?:强调|指出|讲话|表示|要求|说|介绍))/g,
		needs: ['会上', '会议上']
	},
	{
		// `某某一行先后深入某区、某集团进行座谈`: talks held by a visiting group are a meeting (its
		// first official chairs); `参加座谈会` is attendance, `座谈会` after 召开 is read above.
		// Talks at a stop of an inspection are the inspection (see `findTrigger`).
		kind: 'meeting',
		rule: 'event:talks',
		re: /(?<!参加|出席|列席|陪同)(?:进行|开展|召开|举行)?座谈(?!会)/g,
		needs: ['座谈']
	},
	{
		// The look-behinds are tried only where their verb starts (the look-ahead before each).
		kind: 'field-inspection',
		rule: 'event:inspection',
		re: /实地(?:检查|察看|查看|调研|考察|督导)|检查指导|督导检查|调研指导|调研|视察|考察|看望慰问|慰问|走访|督导(?!组)|督查(?!组)|暗访|深入[^，。；]{0,10}(?:一线|基层)|(?=检查|察看|查看)(?<=(?:到|赴|来到|前往|深入)[^，。；]{1,24}?)(?:检查|察看|查看)|(?=检查)(?<=在[^，。；在]{1,16}?)检查(?=[^，。；]{0,16}?(?:工作|情况))/g,
		// Every match opens with one of its openings: `检测`, `排查`, `研究`, `深化` need no look.
		needs: INSPECTION_OPENINGS,
		openings: INSPECTION_OPENINGS
	},
	{
		// `景俊海在省疫情防控指挥部调度疫情防控工作`, `…到长春市疫情防控指挥部，扁平化指挥部署…工作`,
		// `调度指挥某市疫情防控三大战役`: a working session in person (a 视频调度 is read above as a video conference; `参加调度` is
		// attendance).
		kind: 'meeting',
		rule: 'event:dispatch',
		re: /(?<!视频|参加|陪同|参与)(?:调度|指挥部署)(?![会室中心])[^，。；]{0,16}?(?:工作|战役|攻坚战)/g,
		needs: ['调度', '指挥部署']
	},
	{
		// `韩俊在长春会见国家卫生健康委专家组一行`: a meeting with a delegation (`参加会见` is attendance).
		kind: 'meeting',
		rule: 'event:meeting-with',
		re: /(?<!参加|陪同|参与)(?:会见|会晤|接见)/g,
		needs: ['会见', '会晤', '接见']
	},
	{
		kind: 'other',
		rule: 'event:instruction',
		re: /作出[^，。；]{0,6}(?:批示|指示)|批示指示|签批|(?:举行|出席)[^，。；]{0,20}(?:仪式|揭牌)/g,
		needs: ['批示', '指示', '签批', '仪式', '揭牌']
	}
];

/** Meeting words a `召开`/`主持` must reach within its clause to be a meeting. */
const MEETING_NOUN = /会议|[^社机学协工体约理]会(?![上后前中场期间])/;
/** A leader reported as instructing or saying something before the verb: speech, not an event. */
const SPEECH_BETWEEN =
	/要求|[^主重需只]要|必须|应当|应该|希望|强调|指出|表示|[^小解]说|号召|督促|提出|推动|确保/;
/** Words that make the verb a reference (`按照…电视电话会议精神`, `贯彻…批示`). */
const REFERENCE_BEFORE = /(?:按照|贯彻|落实|学习|遵照|根据|传达)[^，。；]{0,30}$/;
const REFERENCE_AFTER = /^[^，。；]{0,30}?(?:精神|要求|部署)/;
/** An announced or planned gathering (`将于4月10日上午召开`, `即将举行`): not (yet) an event. */
const PLANNED_BEFORE = /(?:将于|即将|拟于|拟在|定于|计划于|将在|预计于?)[^，。；]{0,24}$|将$/;
/** The subject only attends (`景俊海在吉林分会场参加…视频会议`): another presides, not they. */
const ATTENDS_BETWEEN = /参加|列席|陪同|分会场/;
/** Vague times: the event is not on a day we can name. */
const VAGUE_TIME = /此前|之前|日前|近日|近期|前不久|连日来|近段时间|以来|曾经|曾/;
/** Personnel decisions are not events even when they mention a ceremony-like verb. */
const PERSONNEL = /决定[^。]*(?:兼任|免去|任命|担任|任职|不再担任)|免去[^。]*职务|任命/;
/** What every match of PERSONNEL contains. */
const PERSONNEL_NEEDS = ['决定', '免去', '任命'];
const DAILY = /每天|每日|天天|逐日|连续[0-9一二两三四五六七八九十]+(?:天|日)/;
/** A sentence that opens with what came next (`随后，…`): a new activity, not the one just told. */
const SEQUENCE = /^(?:随后|之后|接着|紧接着|其后|会后)/;
/** A sentence that only says who attended (`…通过视频方式参加会议。`). */
const ATTENDANCE_END = /(?:参加|出席|列席)(?:了)?(?:会议|活动|有关活动)?[。！]?$/;

/** People in a sentence who act (not `习近平总书记关于…`, `按照孙春兰副总理部署要求`). */
export function isReferencedMention(folded: string, mention: PersonMention): boolean {
	const before = folded.slice(Math.max(0, mention.start - 6), mention.start);
	if (/(?:贯彻|按照|落实|学习|遵照|根据|传达|关于)$/.test(before)) return true;
	const after = folded.slice(mention.end);
	const title = /^(?:总书记|副总理|总理|委员长|副主席|主席|同志)/.exec(after);
	if (title) {
		return /^的?(?:关于|重要|指示|批示|部署|讲话|精神|嘱托|号召|思想|要求|来信|贺信|的)/.test(
			after.slice(title[0].length)
		);
	}
	return /^的?(?:关于|重要讲话|重要指示|重要批示|讲话精神|指示精神|批示精神|嘱托)/.test(after);
}

/** Each trigger's regex with its openings, when it has them. */
const OPENED: Array<OpenedRegex | undefined> = TRIGGERS.map((t) =>
	t.openings ? opened(t.re, t.openings) : undefined
);

/** Each trigger's `needs` (bit `1 << t` for `TRIGGERS[t]`), then PERSONNEL's. */
const NEEDS = wordLists([...TRIGGERS.map((t) => t.needs), PERSONNEL_NEEDS]);
const PERSONNEL_BIT = 1 << TRIGGERS.length;

function findTrigger(s: Sentence): Trigger | undefined {
	const f = s.folded;
	const present = presentLists(NEEDS, f);
	if (present & PERSONNEL_BIT && PERSONNEL.test(f)) return undefined;
	for (let t = 0; t < TRIGGERS.length; t++) {
		if ((present & (1 << t)) === 0) continue;
		const { kind, rule, re } = TRIGGERS[t];
		const openedRe = OPENED[t];
		for (const m of openedRe ? openedMatches(openedRe, f) : allMatches(re, f)) {
			const start = m.index;
			const end = start + m[0].length;
			if (REFERENCE_BEFORE.test(f.slice(0, start))) continue;
			// `新闻发布会（第五十一场）将于4月10日上午召开`: the plan may sit inside the match.
			const verbAt = /(?:召开|举行|举办)$/.test(m[0]) ? end - 2 : start;
			if (PLANNED_BEFORE.test(f.slice(0, verbAt))) continue;
			if (kind !== 'other' && REFERENCE_AFTER.test(f.slice(end)) && !/召开|主持/.test(m[0])) {
				continue;
			}
			if (kind === 'video-conference') {
				// The form alone is not an act: someone must hold, chair or join it.
				if (!/主持|召开|举行|参加|出席|连线|调度|部署/.test(f)) continue;
				if (/^[^，。；]{0,2}精神/.test(f.slice(end))) continue;
			}
			if (isAttributive(s, end)) continue;
			// `对督查组一行来沪督查指导表示欢迎`: what others did, as the object of thanks or welcome.
			if (/对[^，。；]*$/.test(f.slice(0, start)) && /^[^，。；]{0,12}?表示/.test(f.slice(end))) {
				continue;
			}
			// `深入某市一线检查督导…，与工作组座谈`: talks at a stop of a visit are the visit; talks
			// told with a time of their own (`3月13日至14日…调研指导，3月13日晚…座谈`) are a meeting.
			if (rule === 'event:talks') {
				const visit = allMatches(VISIT_ALL, f.slice(0, start)).at(-1);
				const visitEnd = visit ? visit.index + visit[0].length : -1;
				if (visit && !s.dates.some((d) => d.start >= visitEnd && d.start < start)) continue;
			}
			// `在某市调度部署…，出席…视频会议并讲话，深入乡村实地调研指导`: a meeting the leader only
			// attends in the course of a visit does not make the visit a meeting.
			if ((kind === 'video-conference' || rule === 'event:meeting') && attendedOnVisit(f, end)) {
				continue;
			}
			if (rule === 'event:meeting-speech') {
				if (REFERENCE_BEFORE.test(f.slice(0, start))) continue;
				// `在正在召开的某省两会上，某某表示`: a statement at a legislature's session.
				if (SESSION.test(m[0])) continue;
				const video = /视频|电视电话/.test(m[0]);
				return {
					kind: video ? 'video-conference' : kind,
					start,
					end,
					rule,
					speech: true
				};
			}
			if (rule === 'event:meeting') {
				const clause = f.slice(end).split(/[，。；！？]/)[0];
				// `全省疫情防控工作会议在长春召开`: the meeting is named before the verb.
				const named =
					MEETING_NOUN.test(clause) ||
					(/召开|举行/.test(m[0]) && meetingBefore(f, start)) ||
					// `…会议召开。景俊海出席并讲话，韩俊主持。`: presiding over the meeting just told.
					(m[0] === '主持' && clause === '');
				if (!named) continue;
				// A company's board or shareholders' meeting is not part of the response.
				if (CORPORATE.test(f)) continue;
				// `韩俊出席会议(并讲话)` is attendance at the meeting already told; a named one is an event.
				if (/出席|参加/.test(m[0]) && ATTENDING_TOLD.test(clause)) continue;
				if (/^[^，。；]*会议?精神/.test(f.slice(end))) continue;
			}
			return { kind, start, end, rule };
		}
	}
	return undefined;
}

/** The inspection verbs (see TRIGGERS), to tell a visit in a sentence. */
const VISIT = new RegExp(TRIGGERS.find((t) => t.rule === 'event:inspection')!.re.source);
const VISIT_ALL = new RegExp(VISIT.source, 'g');

/** The clause up to `end` attends (出席, 参加) and does not hold a meeting, and the sentence visits. */
function attendedOnVisit(folded: string, end: number): boolean {
	const clause = folded
		.slice(0, end)
		.split(/[，。；]/)
		.at(-1)!;
	return /出席|参加|列席/.test(clause) && !/主持|召开/.test(clause) && VISIT.test(folded);
}

/** A name followed by its presiding verb: `孙春兰副总理主持召开的`, `景俊海以视频形式主持`. */
const PRESIDES =
	/^(?:同志|总书记|副总理|总理|副主席|主席)?(?:[在于](?:(?!参加|出席|列席|陪同)[^，。；主]){1,10})?(?:以视频(?:会议)?(?:形式|方式)|通过视频(?:形式|方式)?)?主持/;

/** Sessions of a legislature or advisory body: what is said there is no meeting of the response. */
const SESSION = /两会|人民代表大会|人代会|人大[^，。；]{0,8}次会议|政协[^，。；]{0,10}全体会议/;

/** Company meetings (`第十届董事会第五次会议`, `年度股东大会`). */
const CORPORATE = /董事会|股东大会|股东会|监事会|业绩说明会/;

/** What follows `出席`/`参加` when it is attendance at the meeting already told. */
const ATTENDING_TOLD =
	/^(?:了)?(?:会议?|(?:新闻)?发布会|座谈会|有关活动|活动)?(?:并[^，。；]{1,16})?$|^有关|^活动/;

/** `全省疫情防控工作会议在长春召开`: a meeting noun in the clause before `召开`/`举行`. */
function meetingBefore(folded: string, start: number): boolean {
	const clauseStart = Math.max(
		...[...'，。；：！？'].map((c) => folded.lastIndexOf(c, start - 1) + 1)
	);
	const lead = folded.slice(clauseStart, start);
	// `会议在长春召开`, `座谈会今天召开`: the noun, then at most a time or a place.
	return /(?:会议|[^社机学协工体约理]会)[^，。；会]{0,12}$/.test(lead);
}

/**
 * `正在吉林调研指导疫情防控工作的国务院副总理孙春兰来到…`: a verb inside a clause that describes
 * a person (it ends in 的 before the name) says who they are, not what they did here.
 */
function isAttributive(s: Sentence, end: number): boolean {
	const rest = s.folded.slice(end);
	const stop = rest.search(/[，。；！？]/);
	const clause = stop < 0 ? rest : rest.slice(0, stop);
	const de = clause.lastIndexOf('的');
	if (de < 0) return false;
	return s.people.some((p) => p.start > end + de && p.start <= end + clause.length);
}

/** The first person named in the clause after a `在…会上` trigger: who speaks at the meeting. */
function speakerAt(s: Sentence, trigger: Trigger): PersonMention | undefined {
	const rest = s.folded.slice(trigger.end);
	const stop = rest.search(/[，。；！？]/);
	const clauseEnd = trigger.end + (stop < 0 ? rest.length : stop);
	return s.people.find(
		(p) => p.start >= trigger.end && p.end <= clauseEnd && !isReferencedMention(s.folded, p)
	);
}

/** A name in a byline's bracket (`本报讯（记者 某某 某某）3月13日…`): who wrote, not who acted. */
function isCredited(folded: string, p: PersonMention): boolean {
	const before = folded.slice(0, p.start);
	const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
	if (open < 0 || /[）)]/.test(before.slice(open))) return false;
	return /记者|通讯员|摄影|撰文|文\/|文／/.test(before.slice(open));
}

/** The acting leader: the first person before the verb who is not merely referenced. */
function findChair(s: Sentence, trigger: Trigger): PersonMention | undefined {
	const acting = s.people.filter(
		(p) => !isReferencedMention(s.folded, p) && !isCredited(s.folded, p)
	);
	// `景俊海在长春参加孙春兰副总理主持召开的…视频会议`: the one who 主持 chairs, not the subject.
	const presiding = acting.find(
		(p) => p.start < trigger.end && PRESIDES.test(s.folded.slice(p.end, trigger.end + 4))
	);
	if (trigger.speech) return presiding;
	// A press conference's speakers are not its chair: only one who 主持s it is, wherever the
	// sentence says so (`…召开新闻发布会，省政府新闻办主任某某主持发布会`).
	if (trigger.rule === 'event:press-conference') {
		return (
			presiding ??
			acting.find((p) =>
				new RegExp(`^(?:同志)?主持(?:${PRESS_NOUN}|会议|$|[，。；])`).test(s.folded.slice(p.end))
			)
		);
	}
	return (
		presiding ??
		acting.find(
			(p) => p.end <= trigger.start && !ATTENDS_BETWEEN.test(s.folded.slice(p.end, trigger.start))
		) ??
		// `省疫情防控领导小组召开会议，省委书记景俊海主持会议`: the one who 主持 chairs.
		acting.find((p) => /^(?:同志)?主持/.test(s.folded.slice(p.end)))
	);
}

/** The meeting's name: from `召开` to the last `会`/`会议` of the clause. */
function meetingTitle(folded: string, trigger: Trigger, text: string): string | undefined {
	const clauseStart = Math.max(
		...[...'，。；：'].map((c) => folded.lastIndexOf(c, trigger.start) + 1)
	);
	const lead = folded.slice(clauseStart, trigger.start);
	const verb = /主持召开|召开|召集|举行|主持|出席|参加/g;
	if (folded.slice(trigger.start, trigger.end).endsWith('会议') && lead && !verb.test(lead)) {
		// `全省疫情防控工作电视电话会议召开`: the name is the clause up to the trigger.
		return text.slice(clauseStart, trigger.end);
	}
	verb.lastIndex = clauseStart;
	const m = verb.exec(folded);
	if (!m) return undefined;
	const from = m.index + m[0].length;
	const clause = folded.slice(from).split(/[，。；！？]/)[0];
	let end = clause.lastIndexOf('会');
	if (end < 0) return undefined;
	end += clause[end + 1] === '议' ? 2 : 1;
	const title = text.slice(from, from + end).replace(/^(?:了|的)/, '');
	// `主持会议` names no meeting.
	if (/^(?:会议|会)$/.test(toSimplified(title))) return undefined;
	return title.length >= 2 && title.length <= 40 ? title : undefined;
}

/** `在长春`, `到长春新区管委会`, `继续在吉林市`, `正在北京`: the place before the verb. */
const PLACE =
	/(?:在|到|赴|来到|前往)([^，。；在到的“”]{2,20}?)(?=以视频|通过视频|以|分别|现场办公|实地|检查|调研|主持|召开|看望|慰问|督导|考察|视察|出席|参加|准备|为|听取|走访|深入|会见|调度|，|$)/g;

/** The place before the trigger: the last PLACE in the sentence's head. */
function findPlace(s: Sentence, trigger: Trigger): string | undefined {
	const head = s.folded.slice(0, trigger.start);
	let place: string | undefined;
	for (const m of allMatches(PLACE, head)) {
		const start = m.index + m[0].length - m[1].length;
		const candidate = s.text.slice(start, start + m[1].length);
		if (/^(?:各|全)|会场|期间|过程|时候|之际|关头/.test(m[1])) continue;
		place = candidate;
	}
	return place;
}

/** Evidence for a whole sentence. */
export function sentenceEvidence(article: Article, s: Sentence, rule: string): Evidence {
	return {
		article: article.id,
		paragraph: s.paragraph,
		quote: s.text,
		start: s.start,
		end: s.end,
		rule
	};
}

/** Kinds that one gathering can be reported as (a caption may drop `以视频形式`). */
function family(kind: EventKind): string {
	if (kind === 'meeting' || kind === 'video-conference') return 'meeting';
	if (kind === 'field-inspection' || kind === 'onsite-office') return 'visit';
	return kind;
}

/** The analysis shared by events and appearances: events, and which event each sentence is in. */
export interface ArticleAnalysis {
	sentences: Sentence[];
	events: ArticleEvent[];
	/** `sentenceEvent[i]`: index in `events` of the event sentence `i` belongs to, if any. */
	sentenceEvent: Array<number | undefined>;
}

/**
 * Read an article once for events and for who was where (see `extractEvents`). `region` is the
 * article's region (`articleRegion`), the last resort for an event's own.
 */
export function analyzeArticle(
	article: Article,
	region: string | undefined = articleRegionOf(article),
	/** The corpus's period, for a page that re-posts an earlier story (see `DateFrame`). */
	frame?: DateFrame
): ArticleAnalysis {
	const sentences = readSentences(article, frame);
	const foldedParagraphs = foldedArticle(article).paragraphs;
	/** The paragraph's text before a sentence (its lead), Simplified. */
	const leadOf = (s: Sentence) => foldedParagraphs[s.paragraph].slice(0, s.start);
	const events: ArticleEvent[] = [];
	const sentenceEvent: Array<number | undefined> = [];
	let current: number | undefined;
	/**
	 * Events told before the story gave any date (a headline or sub-headline line: `某某连夜召开
	 * 会议部署攻坚`): dated by the publication day only until the story dates them.
	 */
	const undatedLeads = new Set<number>();

	sentences.forEach((s, i) => {
		const trigger = findTrigger(s);
		// A wire dateline (`新华社长春4月5日电`) dates the story, not an event in it: `day` is the
		// last other date, `dated` the last one before the verb (`新闻发布会4月5日在长春召开`: a
		// passive verb may follow its own date), `contextDate` the last dateline's (before it).
		let day: DateMention | undefined;
		let dated: DateMention | undefined;
		let contextDate: string | undefined;
		for (const d of s.dates) {
			if (d.dispatch) {
				if (!trigger || d.start < trigger.start) contextDate = d.date;
			} else {
				day = d;
				if (!trigger || d.start < trigger.end) dated = d;
			}
		}
		contextDate ??= s.lastDate;

		if (!trigger) {
			// A sentence about another day ends the current event (`3月1日0—6时，珲春市报告…`).
			const ev = current === undefined ? undefined : events[current];
			if (day && ev && !(day.date >= ev.date && day.date <= (ev.dateEnd ?? ev.date))) {
				current = undefined;
			}
			sentenceEvent[i] = current;
			if (current !== undefined) addParticipants(events[current], s);
			return;
		}

		// `某某通过视频方式参加会议` after an event: attendance at it, not a new event.
		if (!dated && current !== undefined && ATTENDANCE_END.test(s.folded)) {
			sentenceEvent[i] = current;
			const ev = events[current];
			// `某某出席会议并讲话，某某主持会议，某某出席会议。`: who presides chairs the meeting just told.
			const presides = /主持/.test(s.folded.slice(trigger.start, trigger.end));
			const presider = presides ? findChair(s, trigger) : undefined;
			if (presider && !ev.chair && family(ev.kind) === 'meeting') {
				ev.chair = presider.name;
				ev.region = officialProvince(presider.name) ?? ev.region;
				ev.sources.push(sentenceEvidence(article, s, `${trigger.rule}:continued`));
			}
			addParticipants(ev, s);
			return;
		}
		let chairMention = findChair(s, trigger);
		let chair = chairMention?.name;
		// `…主持召开调度会；到长春市…现场办公`: the clause's actor and day are the sentence's before.
		const elliptic =
			s.continues && !chairMention && current !== undefined ? events[current] : undefined;
		if (elliptic) {
			chair = elliptic.chair;
			chairMention = undefined;
		}
		if (chairMention && SPEECH_BETWEEN.test(s.folded.slice(chairMention.end, trigger.start))) {
			sentenceEvent[i] = current;
			return;
		}
		// `3月28日，…。在对接会上，某区主任某某介绍…`: a meeting told through a speaker at it (who
		// does not chair), on the day the story has given.
		const speaker = trigger.speech && contextDate ? speakerAt(s, trigger) : undefined;
		if (
			!elliptic &&
			!chairMention &&
			!speaker &&
			(!dated || SPEECH_BETWEEN.test(s.folded.slice(0, trigger.start)))
		) {
			// No one acts and no day is given: an instruction or background, not an event.
			sentenceEvent[i] = current;
			return;
		}
		if (!dated && VAGUE_TIME.test(s.folded.slice(0, trigger.start))) {
			sentenceEvent[i] = current;
			return;
		}

		const place = findPlace(s, trigger);
		const title =
			trigger.kind === 'meeting' || trigger.kind === 'video-conference'
				? meetingTitle(s.folded, trigger, s.text)
				: undefined;

		// Same event again: a dated repeat anywhere in the article, or an undated continuation.
		let target: number | undefined;
		if (elliptic) {
			const sameKind = family(elliptic.kind) === family(trigger.kind);
			if (sameKind) target = current;
		} else if (dated) {
			target = events.findIndex(
				(e) =>
					family(e.kind) === family(trigger.kind) &&
					e.chair === chair &&
					((e.date === dated.date && e.dateEnd === dated.dateEnd) ||
						// `4月3日至4日…调研` then `4月4日，某某在某镇检查…`: a stop on one day of a visit.
						(family(e.kind) === 'visit' &&
							!dated.dateEnd &&
							e.dateEnd !== undefined &&
							e.date <= dated.date &&
							dated.date <= e.dateEnd))
			);
			if (target < 0) target = undefined;
			// `…连夜召开会议部署攻坚` (no date yet), then `3月20日深夜，…召集…紧急会议`: one event.
			if (target === undefined && chair) {
				const lead = [...undatedLeads].find(
					(k) => family(events[k].kind) === family(trigger.kind) && events[k].chair === chair
				);
				if (lead !== undefined) {
					undatedLeads.delete(lead);
					const ev = events[lead];
					ev.date = dated.date;
					if (dated.dateEnd) ev.dateEnd = dated.dateEnd;
					ev.confidence = 'stated';
					target = lead;
				}
			}
		} else if (current !== undefined) {
			const ev = events[current];
			// `省委常委会召开会议…。省委书记景俊海主持会议。`: the chair of an event told without one.
			// A speaker at the meeting just told (no chair named) is at that meeting.
			const sameChair =
				ev.chair === chair || ev.chair === undefined || (speaker !== undefined && !chair);
			// `随后，韩俊通过视频连线…` after a 会见: a next activity in a more specific form is not the
			// same one (`随后，景俊海主持召开…反馈会` after a video conference only drops the form).
			const next = SEQUENCE.test(s.folded) && SPECIFIC[ev.kind] === trigger.kind;
			if (family(ev.kind) === family(trigger.kind) && sameChair && !next) target = current;
			// `在某隔离点，孙春兰…并与隔离人员视频连线`: a video link at a stop of the visit is the visit.
			const linkOnVisit =
				family(ev.kind) === 'visit' &&
				trigger.kind === 'video-conference' &&
				/连线/.test(s.folded.slice(trigger.start, trigger.end)) &&
				ev.chair === chair;
			if (linkOnVisit) target = current;
		}

		const rule = dated
			? trigger.rule
			: `${trigger.rule}:${target !== undefined ? 'continued' : 'inferred-date'}`;
		const evidence = sentenceEvidence(article, s, rule);
		if (target !== undefined) {
			const ev = events[target];
			ev.sources.push(evidence);
			if (ev.kind === 'meeting' && trigger.kind === 'video-conference') ev.kind = trigger.kind;
			ev.partOfDay ??= dated?.partOfDay;
			ev.place ??= place;
			ev.title ??= title;
			if (chair && !ev.chair) {
				ev.chair = chair;
				// A chair the roster ties to a province settles whose the event is.
				ev.region = officialProvince(chair) ?? ev.region;
			}
			current = target;
		} else {
			// `3月27日至28日，孙春兰在吉林市…。孙春兰来到…实地考察`: a visit told after a range spans it.
			const range = !dated && !elliptic && current === undefined ? s.lastRange : undefined;
			const date =
				elliptic?.date ??
				dated?.date ??
				range?.date ??
				(current !== undefined ? events[current].date : contextDate);
			const ev: ArticleEvent = {
				date: date ?? article.day,
				kind: trigger.kind,
				participants: [],
				confidence: dated || elliptic?.confidence === 'stated' ? 'stated' : 'inferred',
				sources: [evidence]
			};
			const whose = eventRegion({
				sentence: s.folded,
				verbEnd: trigger.end,
				chair,
				before: leadOf(s),
				article: region
			});
			if (whose) ev.region = whose;
			if (dated?.dateEnd) ev.dateEnd = dated.dateEnd;
			else if (range) ev.dateEnd = range.dateEnd;
			if (dated?.dateEnd && (dated.recurrence === 'daily' || DAILY.test(s.folded))) {
				ev.recurrence = 'daily';
			}
			const partOfDay: PartOfDay | undefined = dated?.partOfDay;
			if (partOfDay) ev.partOfDay = partOfDay;
			if (title) ev.title = title;
			if (place) ev.place = place;
			if (chair) ev.chair = chair;
			events.push(ev);
			current = events.length - 1;
			if (date === undefined) undatedLeads.add(current);
		}
		sentenceEvent[i] = current;
		// Co-actors in the event sentence (`景俊海，省委副书记、省长韩俊第一时间作出批示`).
		const ev = events[current];
		for (const p of s.people) {
			if (p.name === ev.chair || isReferencedMention(s.folded, p)) continue;
			if (!ev.participants.includes(p.name)) ev.participants.push(p.name);
		}
		addParticipants(ev, s);
	});
	return { sentences, events, sentenceEvent };
}

/** Attendance phrases that make the names before them participants. */
export const ATTENDANCE_CUE =
	/(?:在各会场|在主会场|在分会场|分别)?(?:参加会议|出席会议|列席会议|参加有关活动|参加活动|参加调研|参加检查|陪同调研|陪同检查|参会|出席|列席|陪同|参加)/;

/** What every match of ATTENDANCE_CUE contains: a quick test, as most sentences have none. */
const ATTENDANCE_WORD = /参加|出席|列席|陪同|参会/;

function addParticipants(ev: ArticleEvent, s: Sentence): void {
	if (!ATTENDANCE_WORD.test(s.folded)) return;
	const cue = ATTENDANCE_CUE.exec(s.folded);
	if (!cue) return;
	for (const p of s.people) {
		if (p.start >= cue.index || p.name === ev.chair) continue;
		if (isReferencedMention(s.folded, p)) continue;
		if (!ev.participants.includes(p.name)) ev.participants.push(p.name);
	}
}

/**
 * The events one article reports, each with the sentences that state it.
 * @example
 *   // 3月12日晚，吉林省委书记景俊海继续在吉林市以视频形式主持召开省疫情防控领导小组会议。
 *   // -> { date: '2022-03-12', partOfDay: 'evening', kind: 'video-conference', chair: '景俊海',
 *   //      place: '吉林市', title: '省疫情防控领导小组会议', ... }
 */
export function extractEvents(article: Article): ArticleEvent[] {
	return analyzeArticle(article).events;
}

function mergeKey(e: ArticleEvent): string {
	return [e.date, e.dateEnd ?? '', e.kind, e.chair ?? '', e.region ?? ''].join('|');
}

/**
 * The region an article is about, read from its Simplified title and paragraphs; when they name
 * no place, body or official, the outlet's own place (`某市人民政府网` writes about its city).
 */
export function articleRegionOf(
	article: Pick<Article, 'title' | 'paragraphs'> & { outlet?: string }
): string | undefined {
	const folded = foldedArticle(article);
	return (
		articleRegion(folded.title, folded.paragraphs) ??
		(article.outlet ? articleRegion(toSimplified(article.outlet), []) : undefined)
	);
}

/**
 * Merge events across articles (same date, range end, kind and chair; a generic kind folds into a
 * more specific one, see `foldGenericKinds`) and give stable ids
 * `ev-<date>-<kind>-<n>`, n counting from 1 in (date, kind, chair) order.
 * `index[i]` is the position in the result of input event `i`.
 */
export function mergeEventsWithIndex(
	events: ArticleEvent[],
	/** Id prefix: `ev` for the focus region's events, another for the ones set aside. */
	prefix = 'ev'
): {
	events: TimelineEvent[];
	index: number[];
} {
	const groups = new Map<string, { event: ArticleEvent; inputs: number[] }>();
	events.forEach((e, i) => {
		const key = mergeKey(e);
		const group = groups.get(key);
		if (!group) {
			groups.set(key, {
				event: { ...e, participants: [...e.participants], sources: [...e.sources] },
				inputs: [i]
			});
			return;
		}
		const m = group.event;
		group.inputs.push(i);
		m.sources.push(...e.sources);
		for (const p of e.participants) if (!m.participants.includes(p)) m.participants.push(p);
		m.partOfDay ??= e.partOfDay;
		m.place ??= e.place;
		m.title ??= e.title;
		m.recurrence ??= e.recurrence;
		if (e.confidence === 'stated') m.confidence = 'stated';
	});
	foldGenericKinds(groups);
	const sorted = [...groups.values()].sort(
		(a, b) =>
			a.event.date.localeCompare(b.event.date) ||
			a.event.kind.localeCompare(b.event.kind) ||
			(a.event.dateEnd ?? '').localeCompare(b.event.dateEnd ?? '') ||
			(a.event.chair ?? '').localeCompare(b.event.chair ?? '') ||
			(a.event.region ?? '').localeCompare(b.event.region ?? '') ||
			a.inputs[0] - b.inputs[0]
	);
	const index: number[] = [];
	const counts = new Map<string, number>();
	const merged = sorted.map((group, position) => {
		const stem = `${prefix}-${group.event.date}-${group.event.kind}`;
		const n = (counts.get(stem) ?? 0) + 1;
		counts.set(stem, n);
		for (const i of group.inputs) index[i] = position;
		return { id: `${stem}-${n}`, ...group.event };
	});
	return { events: merged, index };
}

/** The more specific kind one outlet may give where another says only `召开…会议` or `检查`. */
const SPECIFIC: Partial<Record<EventKind, EventKind>> = {
	meeting: 'video-conference',
	'field-inspection': 'onsite-office'
};

function articlesOf(e: ArticleEvent): Set<string> {
	return new Set(e.sources.map((s) => s.article));
}

/**
 * One outlet writes `3月28日，景俊海主持召开…会议`, another `…以视频会议形式主持召开…会议`: the same
 * gathering. A generic group (meeting, field inspection) folds into the one group of the specific
 * kind with the same date, range end and chair, when they come from different articles (one article
 * telling both kinds tells two activities) and do not name different parts of the day.
 */
function foldGenericKinds(groups: Map<string, { event: ArticleEvent; inputs: number[] }>): void {
	for (const [key, group] of [...groups]) {
		const generic = group.event;
		const specificKind = SPECIFIC[generic.kind];
		if (!specificKind || !generic.chair) continue;
		const target = groups.get(mergeKey({ ...generic, kind: specificKind }));
		if (!target) continue;
		const specific = target.event;
		const shared = articlesOf(specific);
		if ([...articlesOf(generic)].some((a) => shared.has(a))) continue;
		if (generic.partOfDay && specific.partOfDay && generic.partOfDay !== specific.partOfDay) {
			continue;
		}
		target.inputs.push(...group.inputs);
		specific.sources.push(...generic.sources);
		for (const p of generic.participants) {
			if (!specific.participants.includes(p)) specific.participants.push(p);
		}
		specific.partOfDay ??= generic.partOfDay;
		specific.place ??= generic.place;
		specific.title ??= generic.title;
		specific.recurrence ??= generic.recurrence;
		if (generic.confidence === 'stated') specific.confidence = 'stated';
		groups.delete(key);
	}
}

/** Merge events across articles; see `mergeEventsWithIndex`. */
export function mergeEvents(events: ArticleEvent[]): TimelineEvent[] {
	return mergeEventsWithIndex(events).events;
}
