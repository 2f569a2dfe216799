/** Every article page shows its title and first paragraph, cleanly; evidence links highlight. */
export const tests = {
	'every article page shows its title and first paragraph': async ({
		baseURL,
		assert,
		newPage
	}) => {
		const dataset = await (await fetch(`${baseURL}/data/dataset.json`)).json();
		assert.ok(dataset.articles.length > 0, 'the dataset has articles');
		const page = await newPage();
		for (const article of dataset.articles) {
			await page.goto(`${baseURL}/articles/${article.id}`);
			await page.waitForSelector('h1');
			assert.equal((await page.textContent('h1'))?.trim(), article.title);
			const first = await page.textContent('#p-0');
			assert.equal(first?.trim(), article.paragraphs[0].text);
		}
		page.assertClean();
	},
	'an evidence link highlights exactly its sentence': async ({ baseURL, assert, newPage }) => {
		const dataset = await (await fetch(`${baseURL}/data/dataset.json`)).json();
		const article = dataset.articles.find((a) => a.paragraphs.length > 2);
		const paragraph = article.paragraphs[2];
		const end = paragraph.text.indexOf('。') + 1 || paragraph.text.length;
		const page = await newPage();
		await page.goto(`${baseURL}/articles/${article.id}?s=0-${end}#p-2`);
		await page.waitForSelector('#p-2 mark.m-target');
		const marked = await page.$$eval('#p-2 mark.m-target', (els) =>
			els.map((e) => e.textContent).join('')
		);
		assert.equal(marked, paragraph.text.slice(0, end));
		page.assertClean();
	},
	'a language chosen on the dashboard follows a mark to its article': async ({
		baseURL,
		assert,
		newPage
	}) => {
		const page = await newPage({ locale: 'en-US' });
		await page.goto(`${baseURL}/?lang=zh`);
		await page.waitForFunction(() => document.documentElement.dataset.dashboard === 'ready');
		await page.locator('figure#meetings a.jt-mark').first().click();
		await page.waitForSelector('mark.m-target');
		assert.doesNotMatch(page.url(), /lang=/);
		await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
		page.assertClean();
	},
	'the build report lists the articles read': async ({ baseURL, assert, newPage }) => {
		const page = await newPage();
		await page.goto(`${baseURL}/report`);
		const text = await page.textContent('main');
		assert.match(text ?? '', /articles read/);
		page.assertClean();
	}
};
