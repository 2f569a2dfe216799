/**
 * `JSON.stringify` in pieces: the same text, written as a sequence of strings, so a dataset of
 * 20,000 articles (hundreds of MB of JSON) never has to be one string in memory. The top `depth`
 * levels of objects and arrays are written key by key and element by element; below that, each
 * value is one `JSON.stringify` call.
 */

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
	return true;
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
const skipped = (v: Json) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The JSON text of `value` in pieces; joined, exactly `JSON.stringify(value, null, indent)`.
 * @example [...jsonChunks({ a: [1, 2] }, { depth: 2 })].join('') === '{"a":[1,2]}'
 */
export function* jsonChunks(
	value: Json,
	{ depth = 2, indent = '' }: { depth?: number; indent?: string } = {},
	level = 0
): Generator<string> {
	const pad = (n: number) => (indent ? `\n${indent.repeat(n)}` : '');
	/** `v` written whole at nesting level `at`: its own lines move in by that much. */
	const whole = (v: Json, at: number): string => {
		const text = JSON.stringify(v, null, indent) ?? 'null';
		return indent && at > 0 ? text.replaceAll('\n', `\n${indent.repeat(at)}`) : text;
	};
	if (depth > 0 && Array.isArray(value)) {
		if (!value.length) return yield '[]';
		yield '[';
		for (let i = 0; i < value.length; i++) {
			yield (i ? ',' : '') + pad(level + 1);
			const v = skipped(value[i]) ? null : value[i];
			yield* depth > 1
				? jsonChunks(v, { depth: depth - 1, indent }, level + 1)
				: [whole(v, level + 1)];
		}
		return yield `${pad(level)}]`;
	}
	if (depth > 0 && isPlainObject(value)) {
		const entries = Object.entries(value).filter(([, v]) => !skipped(v));
		if (!entries.length) return yield '{}';
		yield '{';
		let first = true;
		for (const [k, v] of entries) {
			yield `${first ? '' : ','}${pad(level + 1)}${JSON.stringify(k)}:${indent ? ' ' : ''}`;
			first = false;
			yield* depth > 1
				? jsonChunks(v, { depth: depth - 1, indent }, level + 1)
				: [whole(v, level + 1)];
		}
		return yield `${pad(level)}}`;
	}
	yield whole(value, level);
}
