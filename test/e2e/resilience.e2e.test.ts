import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute, cards } from './support/app';
import { openSession, useBrowser, withPage, type Session } from './support/page';
import { poll } from './support/poll';
import { articleBody, waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const NOTICE = /not saving settings|未保存设置/;

const fontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size'));

/** Opens the display settings and makes the text one step larger; returns the notice's visibility. */
async function enlargeText(page: Page): Promise<boolean> {
  await page.getByRole('button', { name: /Display settings|显示设置/ }).first().click();
  const before = await fontSize(page);
  await page.getByRole('button', { name: /Larger text|放大字号/ }).click();
  await poll(() => fontSize(page)).not.toBe(before);
  return page.getByText(NOTICE).isVisible();
}

/** The list and an article still work, and a setting applies for this visit, with the quiet notice. */
async function expectAppWorks(page: Page, expectNotice: boolean): Promise<void> {
  await page.goto(rootUrl);
  await poll(() => cards(page).count()).toBeGreaterThan(0);
  await page.goto(rootUrl + articleRoute('long-read'));
  await waitForArticle(page);
  await page.mouse.wheel(0, 1500);
  expect(await enlargeText(page)).toBe(expectNotice);
}

describe('storage that fails', () => {
  test('localStorage throwing on every access (private mode): the app works, with a quiet notice', async () => {
    await withPage(browser(), async ({ context, page }) => {
      await context.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse, key: refuse, clear: refuse });
      });
      await expectAppWorks(page, true);
    });
  });

  test('quota exceeded on every write: the app works, with a quiet notice', async () => {
    await withPage(browser(), async ({ context, page }) => {
      await context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await expectAppWorks(page, true);
    });
  });

  test('corrupt JSON in every stored value: defaults are used, and the next write repairs it', async () => {
    await withPage(browser(), async ({ context, page }) => {
      await context.addInitScript(() => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('folio:settings', '{"v":1,"data":{"fontSize":');
        localStorage.setItem('folio:positions', 'not json at all');
        localStorage.setItem('folio:offline-saved', '{"v":999,"data":null}');
        localStorage.setItem('folio:locale', '\u0000\uFFFF');
      });
      await expectAppWorks(page, false);
      const stored = await page.evaluate(() => localStorage.getItem('folio:settings'));
      expect(JSON.parse(stored ?? 'null')).toMatchObject({ v: expect.any(Number), data: expect.any(Object) });
    });
  });
});

/** Fails the article JSON (the file with an `html` field) while `fail()` says so; counts the attempts. */
async function failArticleJson(session: Session, fail: (attempt: number) => boolean): Promise<{ attempts: number }> {
  const seen = { attempts: 0 };
  await session.context.route(/\/assets\/articles\/[^/]+\.json$/, async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes('"html":')) return route.fulfill({ response, body });
    seen.attempts++;
    return fail(seen.attempts) ? route.abort('failed') : route.fulfill({ response, body });
  });
  return seen;
}

describe('network failures while an article loads', () => {
  test('one failed download of the article is retried, and the article appears', async () => {
    const session = await openSession(browser());
    try {
      const seen = await failArticleJson(session, (attempt) => attempt === 1);
      await session.page.goto(rootUrl + articleRoute('long-read'));
      expect((await waitForArticle(session.page)).length).toBeGreaterThan(100);
      expect(seen.attempts).toBe(2);
      expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  test('a server that fails says so, not "check your connection"', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      await session.context.route(/\/assets\/articles\/[^/]+\.json$/, async (route: Route) => {
        const response = await route.fetch();
        const body = await response.text();
        return body.includes('"html":') ? route.fulfill({ status: 503, body: 'busy' }) : route.fulfill({ response, body });
      });
      await page.goto(rootUrl + articleRoute('long-read'));
      await page.getByRole('button', { name: /Try again|重试/ }).waitFor({ state: 'visible', timeout: 20_000 });
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/could not deliver this page|暂时无法提供此页面/);
      expect(text).not.toMatch(/Check your connection|请检查网络/);
    } finally {
      await session.context.close();
    }
  });

  test('a download that keeps failing shows a clear message with a retry, never a blank page', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      let down = true;
      await failArticleJson(session, () => down);
      await page.goto(rootUrl + articleRoute('long-read'));
      const retry = page.getByRole('button', { name: /Try again|重试/ });
      await retry.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.getByRole('heading').first().innerText()).not.toBe('');
      expect(await page.getByRole('banner').isVisible()).toBe(true);
      expect(await articleBody(page).count()).toBe(0);
      down = false;
      await retry.click();
      expect((await waitForArticle(page)).length).toBeGreaterThan(100);
    } finally {
      await session.context.close();
    }
  });
});
