/**
 * Where a post sits in an RSSHub-to-Hexo archive: `source/_posts/<group>/<source>/<feed>/<title>.md`.
 * Pure: a path in, its parts out.
 */

/** Files under the posts folder that are posts (the corpus reads the same kinds). */
export const POST_FILE = /\.(md|markdown|txt|html?)$/i;

export interface ArchivePost {
	/** The path below the posts folder: `金融/新浪财经/新浪财经－国內/标题.md`. */
	rel: string;
	/** The archive's top-level category (`金融`), when the path is that deep. */
	group?: string;
	/** The source (`新浪财经`): the outlet when the front matter names none. */
	source?: string;
	/** The feed of that source (`新浪财经－国內`). */
	feed?: string;
	/** The file name without its extension (the archive writes the title there, sanitised). */
	name: string;
}

/**
 * Split a repository path below `root` into the archive's parts, or null when it is not a post
 * (outside `root`, or not a post file).
 * @example archivePost('source/_posts/金融/新浪财经/新浪财经－国內/x.md', 'source/_posts')
 * // { rel: '金融/新浪财经/新浪财经－国內/x.md', group: '金融', source: '新浪财经', feed: '新浪财经－国內', name: 'x' }
 */
export function archivePost(path: string, root: string): ArchivePost | null {
	const prefix = normaliseRoot(root);
	if (prefix && !path.startsWith(prefix + '/')) return null;
	const rel = prefix ? path.slice(prefix.length + 1) : path;
	if (!POST_FILE.test(rel)) return null;
	const parts = rel.split('/');
	const name = parts.pop()!.replace(POST_FILE, '');
	// read from the file upwards: a shallower archive still has a feed folder, maybe a source
	const [feed, source, group] = [parts.pop(), parts.pop(), parts.join('/') || undefined];
	return { rel, group, source, feed, name };
}

/** `./source/_posts/` → `source/_posts`; `.` or `` → `` (the whole repository). */
export function normaliseRoot(root: string): string {
	return root
		.replace(/\\/g, '/')
		.replace(/^(\.\/)+/, '')
		.replace(/\/+$/, '')
		.replace(/^\.$/, '');
}
