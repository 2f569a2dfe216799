import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/corpus/parse-article';

function post(extra: string) {
	return `---\ntitle: '标题'\nauthor: 吉林日报\ndate: 2022-03-10 20:00:00\n${extra}\n---\n<p>　　正文一句。</p>`;
}

describe('front matter link and guid', () => {
	it('keeps an http(s) link and the guid', () => {
		const { article, problems } = parseArticle(
			'a.md',
			post("link: 'https://news.example.org/2022/03/10/a.html?x=1'\nguid: tag-2022-0310-a")
		);
		expect(problems).toEqual([]);
		expect(article?.link).toBe('https://news.example.org/2022/03/10/a.html?x=1');
		expect(article?.guid).toBe('tag-2022-0310-a');
	});

	it.each([
		['javascript:alert(1)', 'javascript'],
		['/relative/path.html', 'relative'],
		['ftp://files.example.org/a', 'ftp'],
		['not a url', 'text']
	])('drops %s with a warning naming the file and the fix (%s)', (link) => {
		const { article, problems } = parseArticle('b.md', post(`link: '${link}'`));
		expect(article).not.toBeNull();
		expect(article?.link).toBeUndefined();
		expect(problems).toEqual([
			expect.objectContaining({ file: 'b.md', field: 'link', severity: 'warning' })
		]);
		expect(problems[0].message).toContain(link);
		expect(problems[0].hint).toMatch(/https:/);
	});

	it('leaves both out when the front matter has none', () => {
		const { article } = parseArticle('c.md', post(''));
		expect(article).not.toHaveProperty('link');
		expect(article).not.toHaveProperty('guid');
	});
});
