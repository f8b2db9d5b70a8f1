import { describe, expect, inject, test } from 'vitest';
import { articleRoute, expectCardIds, openFromCard, routeOf } from './support/app';
import { fixture, newestFirst, readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { articleBody, expectChapters, normalizeText, waitForArticle } from './support/reader';
import { poll } from './support/poll';
import { preferEnglish } from './support/reader-tools';

const articles = readSourceArticles();
const rootUrl = inject('rootUrl');
const browser = useBrowser();

describe('reader', () => {
  test.each(['long-read.md', 'folder/sub/first-steps.md', 'weekly/周报 第 1 期.htm'])(
    'a card of %s opens the reader at /article/<id>',
    async (file) => {
      const article = fixture(file, articles);
      await withPage(browser(), async ({ page }) => {
        await page.goto(rootUrl);
        await expectCardIds(page, newestFirst(articles), true);
        await openFromCard(page, article.id, article.title);
        await poll(() => routeOf(page, rootUrl)).toBe(articleRoute(article.id));
        await page.getByRole('heading', { name: article.title }).first().waitFor({ state: 'visible' });
        expect(normalizeText(await waitForArticle(page)).length).toBeGreaterThan(40);
        // An id with spaces and Chinese must survive the server's fallback on reload too.
        if (file.includes(' ')) {
          await page.reload();
          await page.getByRole('heading', { name: article.title }).first().waitFor({ state: 'visible' });
          await waitForArticle(page);
        }
      });
    },
  );

  test('a Markdown body is rendered, not shown as source', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('two-shelves'));
      const text = await waitForArticle(page);
      expect(text).toContain('Hexo reads a list of lists');
      expect(text).not.toMatch(/\*\*|```|\]\(https?:/);
      await page.goto(rootUrl + articleRoute('folder/sub/first-steps'));
      expect(await waitForArticle(page)).not.toMatch(/^# /m);
      await expectChapters(page, ['Getting the folder', 'Opening it']);
    });
  });

  test('a plain-text body keeps its paragraphs and line breaks', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('notes/plain-text'));
      const text = (await waitForArticle(page)).replace(/[ \t]+\n/g, '\n');
      expect(text).toMatch(/without any markup\.\n(?!\n)Its second line/);
      expect(text).toMatch(/a single line break\.\n\n+A blank line/);
      expect(text).toMatch(/one\ntwo\nthree/);
      expect(text).toContain('< and > and & are just characters here.');
    });
  });

  test('images are lazy, async, send no referrer and reserve their height before they load', async () => {
    await withPage(
      browser(),
      async ({ page, imageRequests }) => {
        await page.goto(rootUrl + articleRoute('gallery'), { waitUntil: 'domcontentloaded' });
        await waitForArticle(page);
        const images = articleBody(page).locator('img');
        await poll(() => images.count()).toBe(3);
        const attributes = await images.evaluateAll((list) =>
          list.map((img) => [img.getAttribute('loading'), img.getAttribute('decoding'), img.getAttribute('referrerpolicy')]),
        );
        expect(attributes).toEqual(Array(3).fill(['lazy', 'async', 'no-referrer']));
        const first = await images.first().evaluate((img) => {
          const box = img.getBoundingClientRect();
          return { loaded: (img as HTMLImageElement).naturalWidth > 0, width: box.width, height: box.height };
        });
        expect(first.loaded, 'the image response is still held back').toBe(false);
        expect(first.height).toBeGreaterThan(0);
        // img_width="1080" img_height="720": the box keeps that shape before a byte arrives.
        expect(first.height / first.width).toBeCloseTo(720 / 1080, 1);
        await poll(() => imageRequests.length).toBeGreaterThan(0);
        for (const url of imageRequests) expect(new URL(url).host).toBe('p3.img-cdn.example');
      },
      { delayImagesMs: 4000 },
    );
  });

  test("shows the article's tags, each a search that finds the article", async () => {
    await withPage(browser(), async ({ context, page }) => {
      await preferEnglish(context);
      await page.goto(rootUrl + articleRoute('two-shelves'));
      await waitForArticle(page);
      const tags = page.getByRole('term').filter({ hasText: 'Tags' }).locator('xpath=following-sibling::dd[1]').getByRole('link');
      expect(await tags.allTextContents()).toEqual(['hexo', 'categories']);
      await tags.first().click();
      await poll(() => new URL(page.url()).searchParams.get('q')).toBe('hexo');
      await poll(() => page.locator('[data-search-result][data-id="two-shelves"]').count()).toBe(1);
    });
  });

  test("shows front matter's updated date beside the date, as a machine-readable time", async () => {
    await withPage(browser(), async ({ context, page }) => {
      await preferEnglish(context);
      await page.goto(rootUrl + articleRoute('two-shelves'));
      await waitForArticle(page);
      const updated = page.getByRole('term').filter({ hasText: 'Updated' }).locator('xpath=following-sibling::dd[1]/time');
      expect(await updated.textContent()).toBe('June 15, 2023');
      expect(await updated.getAttribute('datetime')).toBe('2023-06-15T00:00:00.000Z');
    });
  });

  test('an article whose body shows nothing says so, instead of a blank page', async () => {
    // A real feed post: a blank title and an empty <div> for a body.
    expect(fixture('empty-body.html', articles).body.trim()).toMatch(/^<div>\s*<\/div>$/);
    await withPage(browser(), async ({ context, page }) => {
      await preferEnglish(context);
      await page.goto(rootUrl + articleRoute('empty-body'));
      const note = page.locator('.article-empty');
      await note.waitFor();
      expect(await note.textContent()).toBe('This article has no text or pictures.');
      expect(await page.locator('h1').first().textContent()).toBe('empty-body');
      // An article with text has no such note.
      await page.goto(rootUrl + articleRoute('two-shelves'));
      await waitForArticle(page);
      expect(await page.locator('.article-empty').count()).toBe(0);
    });
  });

  test('a forum post laid out in a table reads on a phone: no sideways scroll, single-spaced code, its video as a link', async () => {
    // Shaped like real GameRes and Dockone posts: the whole post in one table cell, a long URL,
    // code written as <br> plus newline, a Youku player alone in a centred paragraph.
    const source = fixture('forum-post.html', articles).body;
    expect(source).toMatch(/<td class="t_f"[\s\S]*<iframe src="https:\/\/player\.youku\.com/);
    await withPage(
      browser(),
      async ({ page }) => {
        await page.goto(rootUrl + articleRoute('forum-post'));
        await waitForArticle(page);
        const body = articleBody(page).first();
        const layout = await body.evaluate((element) => ({
          tables: element.querySelectorAll('table').length,
          overflow: element.scrollWidth - element.clientWidth,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          code: (element.querySelector('pre') as HTMLElement | null)?.innerText.trimEnd().split('\n'),
        }));
        expect(layout).toEqual({
          tables: 0,
          overflow: 0,
          pageOverflow: 0,
          code: ['kubectl get pods --all-namespaces', '# 再删除', 'xargs kubectl delete pod'],
        });
        const video = body.locator('a.video-link');
        expect(await video.getAttribute('href')).toBe('https://v.youku.com/v_show/id_XNTg4MTczNDg4MA==.html');
        expect(normalizeText((await body.textContent()) ?? '')).toContain('原文：https://mp.weixin.qq.com/s/');
      },
      { viewport: { width: 390, height: 844 } },
    );
  });

  test('an article without tags or an updated date shows neither row', async () => {
    await withPage(browser(), async ({ context, page }) => {
      await preferEnglish(context);
      await page.goto(rootUrl + articleRoute('36kr-flash'));
      await waitForArticle(page);
      expect(await page.getByRole('term').filter({ hasText: /^(Tags|Updated)$/ }).count()).toBe(0);
    });
  });

  test('an article without headings shows no chapter navigation', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('36kr-flash'));
      await waitForArticle(page);
      expect(await page.locator('nav[data-chapters] a').count()).toBe(0);
      expect(await page.locator('nav[data-chapters]').isVisible()).toBe(false);
    });
  });
});
