import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute, cards, embedRoute, expectCardIds, followLinkHome } from './support/app';
import { newestFirst, readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { articleBody, normalizeText, waitForArticle } from './support/reader';
import { poll } from './support/poll';

const articles = readSourceArticles();
const rootUrl = inject('rootUrl');
const browser = useBrowser();

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __folioPwned?: unknown }).__folioPwned ?? null);

/** Points of the viewport outside the article body that an article's overlay hides, if any. */
function coveredPoints(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.querySelector('[data-article-body]')?.getBoundingClientRect();
    const covered: string[] = [];
    for (let x = 5; x < innerWidth; x += Math.floor(innerWidth / 8)) {
      for (let y = 5; y < innerHeight; y += Math.floor(innerHeight / 8)) {
        if (body && x >= body.left && x <= body.right && y >= body.top && y <= body.bottom) continue;
        if (document.elementFromPoint(x, y)?.closest('.hostile-overlay')) covered.push(`${x},${y}`);
      }
    }
    return covered;
  });
}

describe('hostile article', () => {
  test('nothing from it runs in the reader, and it cannot cover or restyle the app', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('hostile'));
      const text = await waitForArticle(page);
      expect(text).toContain('End of the hostile article.');
      const link = articleBody(page).getByRole('link', { name: 'Click me' });
      if (await link.count()) await link.first().click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(1500); // outlast the 1 s meta refresh
      expect(await pwned(page)).toBeNull();
      expect(new URL(page.url()).href).toBe(rootUrl + articleRoute('hostile'));
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
      expect(await articleBody(page).first().isVisible()).toBe(true);
      expect(await page.locator('#root').isVisible()).toBe(true);
      expect(await coveredPoints(page)).toEqual([]);
    });
  });

  test('nothing from it runs in the list or the embed', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles), true);
      await page.waitForTimeout(1200);
      expect(await pwned(page)).toBeNull();
      await page.goto(rootUrl + embedRoute('hostile'));
      await waitForArticle(page);
      await page.waitForTimeout(1500);
      expect(await pwned(page)).toBeNull();
      expect(new URL(page.url()).href).toBe(rootUrl + embedRoute('hostile'));
    });
  });
});

describe('not found', () => {
  test.each([['an unknown route', 'no/such/page'], ['an unknown article id', articleRoute('does-not-exist')]])(
    '%s shows a not-found page with a way back',
    async (_name, route) => {
      await withPage(browser(), async ({ page }) => {
        await page.goto(rootUrl + route, { waitUntil: 'networkidle' });
        await poll(async () => normalizeText(await page.locator('body').innerText()))
          .toMatch(/404|not found|找不到|不存在|未找到/i);
        expect(await cards(page).count()).toBe(0);
        expect(await articleBody(page).count()).toBe(0);
        await followLinkHome(page, rootUrl);
        await expectCardIds(page, newestFirst(articles), true);
      });
    },
  );
});
