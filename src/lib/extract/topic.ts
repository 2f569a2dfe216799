/**
 * Whether an article is about the epidemic response at all. The corpus is gathered by place
 * (`吉林`), so it also holds company notices and economic news that name a 会议 or a 董事长;
 * their meetings are not part of the timeline. Pure: Article in, boolean out.
 */
import type { Article } from '../types';
import { toSimplified } from './script';

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
	if (EPIDEMIC.test(toSimplified(article.title))) return true;
	let sentences = 0;
	let about = 0;
	for (const p of article.paragraphs) {
		if (p.kind !== 'body') continue;
		for (const sentence of toSimplified(p.text).split(/(?<=[。！？!?])/)) {
			if (!sentence.trim()) continue;
			sentences++;
			if (EPIDEMIC.test(sentence)) about++;
		}
	}
	return sentences > 0 && about / sentences >= MIN_SHARE;
}
