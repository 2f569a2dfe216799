/**
 * Whether an article is in scope. The corpus is gathered by place (`吉林`), so it also holds
 * company notices and market news that name a 会议 or a 董事长; their meetings are not part of the
 * timeline. Anything else about the place (a provincial leader's forum, a personnel decision) is
 * read like the epidemic news around it. Pure: Article in, boolean out.
 */
import type { Article } from '../types';
import { foldedArticle } from './script';

/** Words that only the epidemic and its control use (`疫` covers 疫情, 防疫, 抗疫, 无疫小区). */
const EPIDEMIC =
	/疫|新冠|确诊|无症状|感染者|核酸|病例|封控|方舱|流调|阳性|清零|隔离|管控区|防范区|风险区|风险地区|密接|抗原/;

/** Share of body sentences that must speak of the epidemic when the title does not. */
const MIN_SHARE = 0.25;

/**
 * True when the title speaks of the epidemic, or at least a quarter of the body's sentences do.
 * `吉林化纤：一季度净利润同比增长` with one `受本轮疫情影响` in six sentences -> false.
 */
export function isAboutEpidemic(article: Pick<Article, 'title' | 'paragraphs'>): boolean {
	const folded = foldedArticle(article);
	if (EPIDEMIC.test(folded.title)) return true;
	let sentences = 0;
	let about = 0;
	for (let i = 0; i < article.paragraphs.length; i++) {
		if (article.paragraphs[i].kind !== 'body') continue;
		// The sentences are the pieces of `split(/(?<=[。！？!?])/)`, read by index: a blank piece is
		// none, and a piece speaks of the epidemic when the next epidemic word after its start is in
		// it (no word holds a full stop, so none runs from one piece into the next).
		const text = folded.paragraphs[i];
		let word = -1;
		for (let from = 0; from < text.length;) {
			const end = pieceEnd(text, from);
			NOT_SPACE.lastIndex = from;
			if (NOT_SPACE.test(text) && NOT_SPACE.lastIndex <= end) {
				sentences++;
				if (word < from) {
					EPIDEMIC_ALL.lastIndex = from;
					word = EPIDEMIC_ALL.exec(text)?.index ?? text.length;
				}
				if (word < end) about++;
			}
			from = end;
		}
	}
	return sentences > 0 && about / sentences >= MIN_SHARE;
}

const EPIDEMIC_ALL = new RegExp(EPIDEMIC.source, 'g');
const NOT_SPACE = /\S/g;

/** The end of the piece from `from`: after its first 。！？!?, or the end of the text. */
function pieceEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return i + 1;
	}
	return text.length;
}

/** Words of company notices and market reports (`董事会`, `净利润`, `涨幅`). */
const MARKET =
	/董事会|股东大会|股东|上市公司|净利润|营业收入|营收|每股|股价|涨幅|跌幅|收盘|证券|A股|港股|基金|债券|公告显示|分红|利润分配/g;

/**
 * True for company notices and market reports that are not about the epidemic: at least two
 * different market words (`公司于4月7日召开第十届董事会…净利润…`).
 */
export function isMarketNews(article: Pick<Article, 'title' | 'paragraphs'>): boolean {
	if (isAboutEpidemic(article)) return false;
	const folded = foldedArticle(article);
	const words = new Set<string>();
	for (let i = -1; i < article.paragraphs.length; i++) {
		const text = i < 0 ? folded.title : folded.paragraphs[i];
		MARKET.lastIndex = 0;
		for (let m = MARKET.exec(text); m; m = MARKET.exec(text)) words.add(m[0]);
		if (words.size >= 2) return true;
	}
	return false;
}
