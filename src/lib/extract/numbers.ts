/**
 * Chinese number parsing: Arabic, full-width and Chinese numerals, and the mixed forms news copy
 * uses (`1.2万`, `3万余`). Pure: string in, number out.
 */

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	壹: 1,
	二: 2,
	两: 2,
	贰: 2,
	三: 3,
	叁: 3,
	四: 4,
	肆: 4,
	五: 5,
	伍: 5,
	六: 6,
	陆: 6,
	七: 7,
	柒: 7,
	八: 8,
	捌: 8,
	九: 9,
	玖: 9
};

const SMALL_UNITS: Record<string, number> = {
	十: 10,
	拾: 10,
	百: 100,
	佰: 100,
	千: 1000,
	仟: 1000
};
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** `廿` (20) and `卅` (30) appear in dates written the old way (`三月廿一日`). */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS =
	'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅';

/**
 * Regex source (no groups, no flags) for one number token: `165`, `１６５`, `1,234`, `1.2万`,
 * `3万余`, `一百六十五`, `两千零三`. Pass the match to {@link parseChineseNumber}.
 */
export const NUMBER_PATTERN =
	`(?:[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?[十百千万亿]?` +
	`|[${CHINESE_NUMERAL_CHARS}]+)(?:余|多)?`;

/** Full-width digits and point to ASCII (`１６５` -> `165`). */
export function toHalfWidthDigits(s: string): string {
	if (!hasFullWidthDigit(s)) return s;
	return s.replace(/[０-９．]/g, (c) =>
		c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)
	);
}

/** Whether `s` has a full-width digit or point (most copy has none: nothing to replace). */
function hasFullWidthDigit(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0e) return true;
	}
	return false;
}

/** Whether the character at `k` of `s` is an ASCII digit (false past either end). */
export function isAsciiDigitAt(s: string, k: number): boolean {
	const c = s.charCodeAt(k);
	return c >= 0x30 && c <= 0x39;
}

/** Whether `s` is ASCII digits only (`165`), the form most figures take. */
function isPlainDigits(s: string): boolean {
	if (s.length === 0) return false;
	for (let i = 0; i < s.length; i++) if (!isAsciiDigitAt(s, i)) return false;
	return true;
}

/**
 * Parse a number as written in Chinese news copy; `null` when it is not one number.
 * `165`, `１６５` -> 165; `一百六十五` -> 165; `十二` -> 12; `两千零三` -> 2003;
 * `二〇二二` -> 2022 (digit by digit); `1.2万` -> 12000; `3万余` -> 30000 (lower bound).
 */
export function parseChineseNumber(s: string): number | null {
	if (isPlainDigits(s)) return Number(s);
	let t = toHalfWidthDigits(s.trim());
	if (t.includes(',')) t = t.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
	t = t.replace(/(?:余|多)$/, '');
	if (t === '') return null;
	if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);

	// Digit by digit (`二〇二二`, `一〇八`): Chinese digits with no unit in between. Two digits
	// alone are an approximation (`三五天`, three to five days), not 35.
	if (t.length > 1 && [...t].every((c) => c in DIGITS)) {
		if (t.length === 2 && !/[〇零]/.test(t)) return null;
		return Number([...t].map((c) => DIGITS[c]).join(''));
	}

	const tokens = t.match(/\d+(?:\.\d+)?|./g) ?? [];
	let total = 0; // completed 亿/万 groups
	let section = 0; // the part below the current 万
	let current: number | null = null; // a digit waiting for its unit
	let sawDigit = false;
	for (const token of tokens) {
		if (/^\d/.test(token)) {
			if (current !== null) return null; // two numbers in a row: `3 5`
			current = Number(token);
			sawDigit = true;
		} else if (token in DIGITS) {
			if (current !== null && current !== 0 && DIGITS[token] !== 0) return null;
			current = DIGITS[token];
			sawDigit = true;
		} else if (token in TENS) {
			section += TENS[token];
			sawDigit = true;
		} else if (token in SMALL_UNITS) {
			// `十二`: a bare 十 counts as 一十.
			section += (current ?? 1) * SMALL_UNITS[token];
			current = null;
			sawDigit = true;
		} else if (token in BIG_UNITS) {
			if (!sawDigit) return null;
			const unit = BIG_UNITS[token];
			const group = section + (current ?? 0);
			if (unit === 1e8) total = (total + group) * unit;
			else total += group * unit;
			section = 0;
			current = null;
		} else {
			return null;
		}
	}
	if (!sawDigit) return null;
	const value = total + section + (current ?? 0);
	// `1.2万` multiplies a decimal: round away binary noise.
	return Number(value.toPrecision(12));
}

/** Words before a number that make it an estimate (`约1400例`, `近千例`, `超过1万例`). */
const APPROXIMATE_BEFORE = /(?:约|大约|近|将近|接近|超过|超|逾|上|数)$/;
/** Words after a number (and its counter) that make it an estimate (`1400例左右`). */
const APPROXIMATE_AFTER = /^[例人名宗]?(?:左右|上下)/;

/**
 * Whether a number as written is an estimate, not a stated figure: a `余`/`多` suffix (`1.2万余`,
 * `300多`), a hedge before it (`约`, `近`, `超过`, `逾`) or `左右` after it. A report of case
 * counts keeps only stated figures: an estimate beside an exact bulletin would read as a conflict.
 * `before` and `after` are the text around the number token.
 */
export function isApproximate(token: string, before = '', after = ''): boolean {
	return (
		/(?:余|多)$/.test(token.trim()) ||
		APPROXIMATE_BEFORE.test(before) ||
		APPROXIMATE_AFTER.test(after)
	);
}
