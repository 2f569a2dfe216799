/**
 * Corpus file names for ingested articles: stable across runs, unique, and already URL-safe, so
 * the article id (the file name without `.md`, see `articleId`) is the name itself.
 */
import { createHash } from 'node:crypto';

/**
 * `2022-04-15_3f9a0c1b2d4e.md`: the publication day (so a folder lists in date order), then the
 * first 48 bits of SHA-1 of the article's identity (its archive path and day, or its feed guid).
 */
export function corpusFileName(day: string, identity: string, length = 12): string {
	return `${day}_${digest(identity).slice(0, length)}.md`;
}

/** Hex SHA-1 of text (UTF-8) or bytes: names and content fingerprints, not security. */
export function digest(input: string | Uint8Array): string {
	return createHash('sha1').update(input).digest('hex');
}
