import { describe, expect, inject, test } from 'vitest';
import { articleRoute, categoryRoute, clickCategory, embedRoute, expectCardIds, followLinkHome, openFromCard, routeOf } from './support/app';
import { fixture, inCategory, newestFirst, readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { expectChapters, expectHeadingAtTop, hashOf, waitForArticle } from './support/reader';
import { poll } from './support/poll';

const articles = readSourceArticles();
const readerUrl = inject('readerUrl');
const browser = useBrowser();

describe('hosted below BASE_URL=/reader/', () => {
  test('list → category → reader → chapter works, and every request stays below /reader/', async () => {
    expect(new URL(readerUrl).pathname).toBe('/reader/');
    await withPage(browser(), async ({ page }) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === new URL(readerUrl).origin && !url.pathname.startsWith('/reader/')) outside.push(url.pathname);
      });
      await page.goto(readerUrl);
      await expectCardIds(page, newestFirst(articles), true);

      const levels = ['技术', '前端'];
      await clickCategory(page, levels);
      await poll(() => routeOf(page, readerUrl)).toBe(categoryRoute(levels));
      await expectCardIds(page, articles.filter((a) => inCategory(a, levels)).map((a) => a.id));
      await page.reload();
      await expectCardIds(page, articles.filter((a) => inCategory(a, levels)).map((a) => a.id));

      const article = fixture('long-read.md', articles);
      await openFromCard(page, article.id, article.title);
      await poll(() => routeOf(page, readerUrl)).toBe(articleRoute(article.id));
      await waitForArticle(page);
      const links = await expectChapters(page, [
        'Why a long read needs chapters',
        'Headings become anchors',
        'Scrolling and the active chapter',
        'Deep links survive a reload',
        'Small screens',
        'Closing notes',
      ]);
      await page.locator('nav[data-chapters] a').nth(2).click();
      await poll(() => hashOf(page)).toBe(links[2].id);
      expect(routeOf(page, readerUrl)).toBe(articleRoute(article.id));
      await expectHeadingAtTop(page, links[2].id);

      await page.goto(`${readerUrl}${articleRoute(article.id)}#${encodeURIComponent(links[4].id)}`);
      await waitForArticle(page);
      await expectHeadingAtTop(page, links[4].id);
      await page.reload();
      await waitForArticle(page);
      await expectHeadingAtTop(page, links[4].id);

      await page.goBack();
      await poll(() => routeOf(page, readerUrl)).toBe(articleRoute(article.id));
      await page.goto(readerUrl + articleRoute('folder/sub/first-steps'));
      await waitForArticle(page);
      expect(outside).toEqual([]);
    });
  });

  test('embed and not-found work below the base too', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(readerUrl + embedRoute('h2-only'));
      await waitForArticle(page);
      await page.goto(readerUrl + 'no/such/page', { waitUntil: 'networkidle' });
      await poll(async () => (await page.locator('body').innerText()).trim().length).toBeGreaterThan(0);
      await followLinkHome(page, readerUrl);
      await expectCardIds(page, newestFirst(articles), true);
      expect(routeOf(page, readerUrl)).toBe('');
      await page.reload();
      await expectCardIds(page, newestFirst(articles), true);
    });
  });
});
