/**
 * Who appears in an article, in which role, at which event.
 *
 * Every person mention is given one role from its sentence:
 * - `referenced`: named but not there (`贯彻习近平总书记…精神`, `按照孙春兰副总理部署要求`, the
 *   subject of a personnel decision `决定…岳强兼任…`, `免去张立峰的…职务`);
 * - `speaker`: the name opens a statement (`景俊海强调`, `李斌对长春提出…要求`,
 *   `张志军作表态发言`; `他强调` goes to the last acting person);
 * - `participant`: in an attendance phrase (`…在各会场参加会议`, `韩俊出席会议`) or named beside
 *   the chair in the event's own sentence;
 * - `chair`: the event's chair, in a sentence of that event;
 * - `credit`: photo and reporter credits (`邹乃硕 摄`, `（黄鹭）`) from `article.credits`.
 * One appearance per (person, role, event), with the first sentence as evidence.
 */
import type { Appearance, Article, Evidence, Person, Role } from '../types';
import {
	ATTENDANCE_CUE,
	analyzeArticle,
	isReferencedMention,
	sentenceEvidence,
	type ArticleAnalysis,
	type Sentence
} from './events';
import {
	findBylineCredits,
	findCreditLine,
	findInlinePhotoCredits,
	isSurnamedName,
	makePeople,
	type RosterEntry,
	ROSTER
} from './people';
import { foldedArticle, toSimplified } from './script';
import { allMatches } from './matches';

/** An appearance before events get their final ids: `eventIndex` points into the article's events. */
export type ArticleAppearance = Omit<Appearance, 'event'> & { eventIndex?: number };

export interface ArticlePeople {
	/** Everyone named in the article (editors excluded), with titles stated in it. */
	people: Person[];
	appearances: ArticleAppearance[];
}

/** Sentences that decide appointments: the people in them are their subject, not actors. */
const PERSONNEL = /决定|任命|免去|免职|兼任|提名|当选|辞去|不再担任|任职/;
/** A statement after a name (`强调`, `作表态发言`, `对长春提出具体工作要求`). */
const SPEECH_AFTER =
	/^(?:同志)?(?:在[^，。；]{1,40}?[上中][，,]?(?=强调|指出|讲话|表示|要求))?(?:分别|都|均)?(?:汇报|作[^，。；]{0,8}汇报|强调|指出|表示|说|要求|提出|认为|介绍|讲话|致辞|发言|作[^，。；]{0,8}(?:发言|讲话|报告|部署)|就[^，。；]{0,20}(?:讲话|发言)|对[^，。；]{0,16}(?:提出|作出|讲话|要求))/;
const PRONOUN_SPEECH =
	/(?:^|[，。；：])(他|她)(?:还|也|再次|进一步)?(?:强调|指出|表示|说|要求|认为)/g;

function roleOf(
	s: Sentence,
	index: number,
	chair: string | undefined,
	inEventSentence: boolean
): Role {
	const p = s.people[index];
	if (PERSONNEL.test(s.folded) || isReferencedMention(s.folded, p)) return 'referenced';
	if (SPEECH_AFTER.test(afterList(s.folded.slice(p.end)))) return 'speaker';
	// `省商务厅副厅长 某某：一是…`: a transcript's speaker label.
	if (
		p.start < 40 &&
		/^\s*[：:]/.test(s.folded.slice(p.end)) &&
		!/[，。；]/.test(s.folded.slice(0, p.start))
	) {
		return 'speaker';
	}
	// `孙春兰…主持召开…会议，景俊海、韩俊参加会议`: the cue is about the others, not the chair.
	if (p.name === chair && inEventSentence) return 'chair';
	const cue = ATTENDANCE_CUE.exec(s.folded);
	if (cue && cue.index >= p.end && !/[。；]/.test(s.folded.slice(p.end, cue.index))) {
		return 'participant';
	}
	if (p.name === chair) return 'chair';
	return inEventSentence ? 'participant' : 'referenced';
}

/**
 * The text after a `、` list the name opens (`张志军、吉林市委书记胡家福分别汇报…` -> `分别汇报…`),
 * so everyone in the list shares its verb.
 */
function afterList(after: string): string {
	const list = /^(?:、[^，。；：、]{2,24}?(?=、|分别|都|均|汇报|作|发言|讲话|介绍|表示))+/.exec(
		after
	);
	return list ? after.slice(list[0].length) : after;
}

/** The evidence for a credit: the name plus its `摄` or parentheses. */
function creditEvidence(article: Article, credit: Article['credits'][number]): Evidence {
	const text = article.paragraphs[credit.paragraph]?.text ?? '';
	let { start, end } = credit;
	const photo = /^\s*摄影?/.exec(toSimplified(text.slice(end, end + 4)));
	if (photo) end += photo[0].length;
	if (/[（(]$/.test(text.slice(0, start)) && /^[）)]/.test(text.slice(end))) {
		start -= 1;
		end += 1;
	}
	return {
		article: article.id,
		paragraph: credit.paragraph,
		quote: text.slice(start, end),
		start,
		end,
		rule: `credit:${credit.role}`
	};
}

/**
 * People and appearances of one article. Pass the analysis from `analyzeArticle` when you already
 * have it (its `events` are the ones `eventIndex` points into).
 */
export function extractPeople(
	article: Article,
	analysis: ArticleAnalysis = analyzeArticle(article),
	roster: readonly RosterEntry[] = ROSTER
): ArticlePeople {
	const { sentences, events, sentenceEvent } = analysis;
	const credits = [...article.credits.map(unglued), ...bylineCredits(article)];
	const appearances: ArticleAppearance[] = [];
	/** Each person's (role, event) pairs recorded, as numbers: no key string per mention. */
	const seen = new Map<string, number[]>();
	const found: Array<{ name: string; titles: readonly string[] }> = [];

	/** Whether (person, role, event) is new, marking it seen: most mentions repeat one. */
	const fresh = (person: string, role: Role, eventIndex: number | undefined): boolean => {
		const key = ROLE_CODE[role] + 8 * (eventIndex === undefined ? 0 : eventIndex + 1);
		const keys = seen.get(person);
		if (keys === undefined) seen.set(person, [key]);
		else if (keys.includes(key)) return false;
		else keys.push(key);
		return true;
	};

	/** Record a new appearance (see `fresh`). */
	const add = (
		person: string,
		role: Role,
		evidence: Evidence,
		s?: Sentence,
		eventIndex?: number,
		// A referenced person is not at the event, but a sentence inside its report is about its day.
		contextIndex = eventIndex
	) => {
		const date =
			eventIndex !== undefined
				? events[eventIndex].date
				: (s?.dates[0]?.date ??
					(contextIndex !== undefined ? events[contextIndex].date : article.day));
		const appearance: ArticleAppearance = { person, article: article.id, date, role, evidence };
		if (eventIndex !== undefined) appearance.eventIndex = eventIndex;
		appearances.push(appearance);
	};

	let lastActor: string | undefined;
	sentences.forEach((s, i) => {
		const eventIndex = sentenceEvent[i];
		const event = eventIndex === undefined ? undefined : events[eventIndex];
		const inEventSentence =
			event?.sources.some((e) => e.paragraph === s.paragraph && e.start === s.start) ?? false;

		const { people } = s;
		const roles = people.map((_, k) => roleOf(s, k, event?.chair, inEventSentence));
		// `他强调`: read only where a pronoun is (most sentences have none).
		if (s.folded.includes('他') || s.folded.includes('她')) {
			for (const match of allMatches(PRONOUN_SPEECH, s.folded)) {
				let who: string | undefined;
				for (let k = people.length - 1; k >= 0 && who === undefined; k--) {
					if (people[k].end <= match.index && roles[k] !== 'referenced') who = people[k].name;
				}
				who ??= lastActor ?? event?.chair;
				if (who && fresh(who, 'speaker', eventIndex)) {
					add(who, 'speaker', sentenceEvidence(article, s, 'speaker:pronoun'), s, eventIndex);
				}
			}
		}

		for (let k = 0; k < people.length; k++) {
			const p = people[k];
			const role = roles[k];
			// `邹乃硕 摄`, `（黄鹭）`: credits are read from article.credits below.
			if (inCredit(credits, s, p)) continue;
			found.push({ name: p.name, titles: p.titles });
			const linked = role === 'referenced' ? undefined : eventIndex;
			if (fresh(p.name, role, linked)) {
				const evidence = sentenceEvidence(article, s, `${role}:${p.rule}`);
				add(p.name, role, evidence, s, linked, eventIndex);
			}
			if (role !== 'referenced') lastActor = p.name;
		}
	});

	const editor = article.editor ? toSimplified(article.editor.trim()) : undefined;
	for (const credit of credits) {
		const name = toSimplified(credit.name);
		if (name === editor || OUTLET_NAME.test(name) || ROLE_WORD.test(name)) continue;
		// `（央视）` closing a story: a bracket with no label holds a name only if it has a surname.
		const opener = article.paragraphs[credit.paragraph]?.text[credit.start - 1];
		if ((opener === '（' || opener === '(') && !isSurnamedName(name)) continue;
		found.push({ name, titles: [] });
		const i = sentences.findIndex(
			(s) => s.paragraph === credit.paragraph && s.start <= credit.start && credit.end <= s.end
		);
		const eventIndex = i >= 0 ? sentenceEvent[i] : undefined;
		if (fresh(name, 'credit', eventIndex)) {
			add(name, 'credit', creditEvidence(article, credit), sentences[i], eventIndex);
		}
	}

	// Chairs found by the event reader are always people, even when no sentence role fell to them.
	events.forEach((event, index) => {
		if (!event.chair) return;
		found.push({ name: event.chair, titles: [] });
		if (fresh(event.chair, 'chair', index))
			add(event.chair, 'chair', event.sources[0], undefined, index);
	});

	return { people: makePeople(found, roster), appearances };
}

/** A number for each role (below 8), for the keys of appearances seen. */
const ROLE_CODE: Record<Role, number> = {
	chair: 1,
	participant: 2,
	speaker: 3,
	referenced: 4,
	credit: 5
};

/** Whether a mention of sentence `s` lies inside a credit (a loop: it runs for every mention). */
function inCredit(credits: Article['credits'], s: Sentence, p: { start: number; end: number }) {
	for (let k = 0; k < credits.length; k++) {
		const c = credits[k];
		if (c.paragraph === s.paragraph && c.start < s.start + p.end && s.start + p.start < c.end) {
			return true;
		}
	}
	return false;
}

/**
 * `（张扬摄）`: a photo credit with the label glued to the name, read whole as a name; the name is
 * what comes before 摄 (when that is a surnamed name).
 */
function unglued(credit: Article['credits'][number]): Article['credits'][number] {
	const label = /摄影?$/.exec(toSimplified(credit.name));
	if (!label) return credit;
	const name = credit.name.slice(0, label.index);
	if (!isSurnamedName(name)) return credit;
	return { ...credit, name, end: credit.start + name.length, role: 'photo' };
}

/** A credit that is a role, not a person (`（总台记者 …）` read as a name by the parser). */
const ROLE_WORD = /(?:记者|通讯员|摄影|摄像|编辑|实习生)$/;

/** A credit that names an outlet, not a person (`（中新网）`, `（新华社）`, `（央视新闻客户端）`). */
export const OUTLET_NAME = /(?:网|社|报|台|刊|客户端|新闻|频道|中心|日报|晚报)$/;

/** How many opening paragraphs of text may hold a dateline or byline. */
const BYLINE_PARAGRAPHS = 3;
/** Lines before the story that are not its text: `原标题：…`, `吉林日报`. */
const HEAD_LINE = /^[（(]?\s*(?:原标题|原標題|来源|來源)[：:]|^[^，。；！？：:]{1,12}$/;

/**
 * Reporters credited where the story opens (`新华社长春4月5日电（记者 张建、段续）`,
 * `本报讯（记者 张添怡）`, `【文/观察者网 王恺雯】`) that the parser's credits do not hold.
 */
function bylineCredits(article: Article): Article['credits'] {
	const out: Article['credits'] = [];
	const overlaps = (
		list: Article['credits'],
		paragraph: number,
		c: { start: number; end: number }
	) => list.some((k) => k.paragraph === paragraph && k.start < c.end && c.start < k.end);
	const known = (paragraph: number, c: { start: number; end: number }) =>
		overlaps(article.credits, paragraph, c) || overlaps(out, paragraph, c);
	// Credits are written out key by key, in the order `{ ...c, paragraph }` gives them: a spread
	// that adds keys is slow in V8.
	const folded = foldedArticle(article).paragraphs;
	// Credit lines anywhere (`中国吉林网 吉刻APP记者 王昕 制图 赵一妍`, `（总台记者 甲 乙 丙）`), and
	// photo credits a caption left in running text (`…情况。宋锴 摄 韩俊强调`).
	for (const [paragraph, p] of article.paragraphs.entries()) {
		for (const c of findCreditLine(p.text, folded[paragraph])) {
			if (!known(paragraph, c))
				out.push({ name: c.name, role: c.role, start: c.start, end: c.end, paragraph });
		}
		for (const c of findInlinePhotoCredits(p.text, folded[paragraph])) {
			if (!known(paragraph, c))
				out.push({ name: c.name, role: c.role, start: c.start, end: c.end, paragraph });
		}
	}
	let seen = 0;
	for (const [paragraph, p] of article.paragraphs.entries()) {
		if (seen >= BYLINE_PARAGRAPHS) break;
		if (p.kind !== 'body') continue;
		const byline = findBylineCredits(p.text, folded[paragraph]);
		if (!byline.length && HEAD_LINE.test(p.text.trim())) continue;
		seen++;
		for (const c of byline) {
			if (!known(paragraph, c))
				out.push({ name: c.name, start: c.start, end: c.end, role: 'reporter', paragraph });
		}
	}
	return out;
}

/**
 * Final appearances: `eventIndex` replaced by the event id (`eventId(index)` gives the merged id of
 * the article's event at that index; see `mergeEventsWithIndex`).
 */
export function linkAppearances(
	appearances: readonly ArticleAppearance[],
	eventId: (eventIndex: number) => string | undefined
): Appearance[] {
	return appearances.map(({ eventIndex, ...rest }) => {
		const event = eventIndex === undefined ? undefined : eventId(eventIndex);
		return event ? { ...rest, event } : rest;
	});
}
