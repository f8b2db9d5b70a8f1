import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute, categoryRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import { waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();

/** The "what to read next" navigation after the article. */
function moreToRead(page: Page) {
  return page.getByRole('navigation', { name: /^(More in|更多来自|Latest articles|最新文章)/ });
}

async function scrollToEnd(page: Page): Promise<void> {
  // Twice: images below may load and lengthen the page after the first jump.
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForTimeout(150);
  }
}

describe('more to read after an article', () => {
  test('offers the other articles of its category, fetched only as the reader nears the end, and opens one', async () => {
    await withPage(
      browser(),
      async ({ page }) => {
        const listPages: string[] = [];
        page.on('request', (request) => {
          if (/\/assets\/articles\/l-[^/]+\.json$/.test(request.url())) listPages.push(request.url());
        });
        await page.goto(rootUrl + articleRoute('long-read'));
        await waitForArticle(page);
        await page.waitForTimeout(300);
        // Far above the end: nothing is shown and nothing fetched for it yet.
        expect(await moreToRead(page).count()).toBe(0);
        expect(listPages).toEqual([]);

        await scrollToEnd(page);
        const nav = moreToRead(page);
        await nav.waitFor();
        // long-read is alone in 技术 › 前端 › React; 技术 › 前端 also holds the two-shelves note.
        const category = nav.getByRole('heading').getByRole('link');
        expect(await category.textContent()).toBe('技术 › 前端');
        expect(new URL(await category.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
          new URL(rootUrl + categoryRoute(['技术', '前端'])).pathname,
        );
        const titles = await nav.getByRole('listitem').getByRole('link').allTextContents();
        expect(titles).toContain('Two shelves: one note in two categories');
        expect(titles).not.toContain('A long read with six chapters');
        expect(listPages.length).toBeGreaterThan(0);

        await nav.getByRole('link', { name: 'Two shelves: one note in two categories' }).click();
        await page.waitForURL((url) => url.pathname.endsWith(articleRoute('two-shelves')));
        await waitForArticle(page);
        expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain('Two shelves');
      },
      { viewport: { width: 1280, height: 800 } },
    );
  });

  test('an article alone in its category offers the latest articles instead, never itself', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      await scrollToEnd(page);
      const nav = moreToRead(page);
      await nav.waitFor();
      expect(await nav.getByRole('heading').getByRole('link').count()).toBe(0);
      const titles = await nav.getByRole('listitem').getByRole('link').allTextContents();
      expect(titles.length).toBeGreaterThan(1);
      expect(titles).not.toContain('城市夜景摄影：三张照片');
    });
  });
});
