/**
 * Lines that are about the article rather than part of it: editor, original title, source,
 * outlet, photo and reporter credits. Each recogniser takes a paragraph's plain text.
 */

const HAN = '\\u3400-\\u9fff';
const NAME = `[${HAN}·]{2,4}`;

/**
 * The characters an editor, original-title or source line starts with (after an opening
 * bracket): a test of one character spares most paragraphs the three patterns below.
 */
const METADATA_LEAD = new Set([...'责編编原来來稿文信'].map((c) => c.charCodeAt(0)));

/** Whether `matchEditor`, `matchOriginalTitle` or `matchSource` could match the text at all. */
export function mayBeMetadataLine(text: string): boolean {
	const first = text.charCodeAt(0);
	return METADATA_LEAD.has(first === 0xff08 || first === 0x28 ? text.charCodeAt(1) : first);
}

/** `责任编辑：王珊珊` → `王珊珊` */
export function matchEditor(text: string): string | null {
	const m = /^[（(]?(?:责任编辑|责编|編輯|责任编辑人|编辑)\s*[：:]\s*([^\s）)]+)\s*[）)]?$/.exec(
		text
	);
	return m ? m[1] : null;
}

/** `原标题：景俊海在长春检查指导疫情防控工作` → the original title */
export function matchOriginalTitle(text: string): string | null {
	const m = /^[（(]?原(?:标|標)题\s*[：:]\s*(.+?)[）)]?$/.exec(text);
	return m ? m[1].trim() : null;
}

/** `来源：《吉林日报》`, `（来源：彩练新闻）` → the source text */
export function matchSource(text: string): string | null {
	const m = /^[（(]?(?:来源|來源|稿源|文章来源|信息来源)\s*[：:]\s*(.+?)[）)]?$/.exec(text);
	return m ? m[1].trim() : null;
}

const BRACKET = /[【】[\]]/;

const OUTLET_SUFFIX =
	/^[\u3400-\u9fff]{1,10}(?:日报|日報|晚报|晚報|早报|商报|时报|新闻|新聞|新闻网|网|電視台|电视台|广播电视台|客户端|发布|通讯社)$/;

/** A paragraph that is only an outlet's name (`吉林日报`, `新华社`), or the front matter's author. */
export function isOutletLine(text: string, outlet: string): boolean {
	const t = (BRACKET.test(text) ? text.replace(/[【】[\]]/g, '') : text).trim();
	// the suffix pattern is at most 10 + 5 characters: longer text skips it
	return t === outlet || t === '新华社' || (t.length <= 15 && OUTLET_SUFFIX.test(t));
}

export interface CreditMatch {
	names: { name: string; start: number; end: number }[];
	role: 'photo' | 'reporter';
}

const PHOTO_CREDIT = new RegExp(
	`(?:^|[。！？!?\\s）)])(?:[^\\s。]*?记者\\s*)?(${NAME}(?:[ 、　]${NAME})*)\\s*(?:摄|攝)(?:影)?[。.]?$`
);
const REPORTER_CREDIT = new RegExp(
	`[（(](?:(?:本报|新华社)?记者\\s*|通讯员\\s*)?(${NAME}(?:[ 、　]+${NAME})*)[）)]$`,
	'y'
);

/**
 * A photo credit at the end of a paragraph.
 * @example matchPhotoCredit('4月2日，...工作举措。邹乃硕 摄') // 邹乃硕 at its offsets
 */
export function matchPhotoCredit(text: string): CreditMatch | null {
	// 摄 is among the last three characters of every credit: a quick test spares the pattern
	const tail = text.slice(-3);
	if (!tail.includes('摄') && !tail.includes('攝')) return null;
	const m = PHOTO_CREDIT.exec(text);
	if (!m) return null;
	return { names: splitNames(m[1], m.index + m[0].indexOf(m[1])), role: 'photo' };
}

/**
 * A reporter credit in full-width brackets closing the article: `刘伟参加活动。（黄鹭）`.
 * @example matchReporterCredit('（记者 张三 李四）')
 */
export function matchReporterCredit(text: string): CreditMatch | null {
	// the pattern ends with the closing bracket: a test of the last character spares the search
	const last = text.charCodeAt(text.length - 1);
	if (last !== 0xff09 && last !== 0x29) return null;
	// Nothing between the brackets can be a bracket, so a match can only open at the last opening
	// bracket: try there alone rather than at every bracket of a long paragraph.
	const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
	if (open < 0) return null;
	REPORTER_CREDIT.lastIndex = open;
	const m = REPORTER_CREDIT.exec(text);
	if (!m) return null;
	return { names: splitNames(m[1], m.index + m[0].indexOf(m[1])), role: 'reporter' };
}

function splitNames(group: string, offset: number) {
	const names: { name: string; start: number; end: number }[] = [];
	const re = new RegExp(NAME, 'g');
	for (const m of group.matchAll(re)) {
		const start = offset + (m.index ?? 0);
		names.push({ name: m[0], start, end: start + m[0].length });
	}
	return names;
}
