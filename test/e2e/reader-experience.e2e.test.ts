import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute, card } from './support/app';
import { useBrowser, withPage, type Session } from './support/page';
import { poll } from './support/poll';
import { currentChapters, expectHeadingAtTop, hashOf, readChapterLinks, topOf, waitForArticle } from './support/reader';
import { cssOf, focusInfo, pageTopOf, preferEnglish, scrollToY, storedData } from './support/reader-tools';

const rootUrl = inject('rootUrl');
const readerUrl = inject('readerUrl');
const browser = useBrowser();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const LONG_READ = rootUrl + articleRoute('long-read');

/** Opens the long read in English and returns its chapter ids. */
async function openLongRead({ context, page }: Session, url = LONG_READ): Promise<string[]> {
  await preferEnglish(context);
  await page.goto(url);
  await waitForArticle(page);
  return (await readChapterLinks(page)).map((link) => link.id);
}

function progress(page: Page) {
  return page.getByRole('progressbar', { name: 'Reading progress' });
}

async function minutesToRead(page: Page): Promise<number> {
  const text = await page.getByRole('article').first().innerText();
  const match = /(\d+) min read/.exec(text);
  if (!match) throw new Error('no "min read" in the article header');
  return Number(match[1]);
}

describe('table of contents', () => {
  test('is sticky beside the text on a wide screen', async () => {
    await withPage(browser(), async (session) => {
      const ids = await openLongRead(session);
      const { page } = session;
      await scrollToY(page, await pageTopOf(page, ids[3]));
      const nav = await page.locator('nav[data-chapters]').boundingBox();
      const article = await page.getByRole('article').first().boundingBox();
      expect(nav && article).toBeTruthy();
      expect(nav!.x).toBeGreaterThanOrEqual(article!.x + article!.width);
      expect(nav!.y).toBeGreaterThan(0);
      expect(nav!.y).toBeLessThan(200);
      await expect(page.locator('nav[data-chapters] a').first().isVisible()).resolves.toBe(true);
    }, { viewport: DESKTOP });
  });

  test('is a drawer on a phone: focus moves in, stays trapped, Escape closes it and returns focus', async () => {
    await withPage(browser(), async (session) => {
      await openLongRead(session);
      const { page } = session;
      const links = page.locator('nav[data-chapters] a');
      await expect(links.first().isVisible()).resolves.toBe(false);
      const toggle = page.getByRole('button', { name: 'Contents' });
      await toggle.click();
      await poll(() => links.first().isVisible()).toBe(true);
      await poll(async () => (await focusInfo(page, 'nav[data-chapters]')).inside).toBe(true);
      const stops = (await links.count()) * 2 + 4;
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        const focus = await focusInfo(page, 'aside:has(nav[data-chapters])');
        expect(focus.inside, `focus after ${i + 1} presses: ${focus.tag} ${focus.name}`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await poll(() => links.first().isVisible()).toBe(false);
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    }, { viewport: PHONE });
  });

  test('j/k and ]/[ move between chapters, but not while typing', async () => {
    await withPage(browser(), async (session) => {
      const ids = await openLongRead(session);
      const { page } = session;
      const steps: [string, number][] = [['j', 0], ['j', 1], ['j', 2], ['k', 1], [']', 2], ['[', 1]];
      for (const [key, index] of steps) {
        await page.keyboard.press(key);
        await poll(() => hashOf(page), { message: `after ${key}` }).toBe(ids[index]);
        await expectHeadingAtTop(page, ids[index]);
        await poll(() => currentChapters(page)).toEqual([index]);
      }
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.setAttribute('aria-label', 'typing test');
        document.querySelector('[data-article-body]')?.append(input);
        input.focus();
      });
      await page.keyboard.type('jjj]');
      expect(hashOf(page)).toBe(ids[1]);
    });
  });

  test('copies a link to a chapter in one click, with a visible confirmation', async () => {
    await withPage(browser(), async (session) => {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
      const links = await openLongRead(session, readerUrl + articleRoute('long-read')).then(() => readChapterLinks(session.page));
      const { page } = session;
      await page.getByRole('button', { name: `Copy link to “${links[2].title}”` }).click();
      await poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).isVisible()).toBe(true);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${readerUrl}${articleRoute('long-read')}#${links[2].id}`);
    });
  });
});

describe('sharing', () => {
  const longReadUrl = readerUrl + articleRoute('long-read');

  test('without a system share sheet, Share copies the article link, with a visible confirmation', async () => {
    await withPage(browser(), async (session) => {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
      const ids = await openLongRead(session, longReadUrl);
      const { page } = session;
      await page.keyboard.press('j');
      await poll(() => hashOf(page)).toBe(ids[0]);
      expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).isVisible()).toBe(true);
      // The article's own link, below the base path, without the chapter the reader is at.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(longReadUrl);
    });
  });

  test('with a system share sheet, Share hands it the title and link; closing the sheet copies nothing', async () => {
    await withPage(browser(), async (session) => {
      // Stand-in for a phone's share sheet: records each call; the second call is closed by the reader.
      await session.context.addInitScript(() => {
        const calls: unknown[] = [];
        Object.assign(window, { shareCalls: calls });
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value(data: unknown) {
            calls.push(data);
            return calls.length === 2 ? Promise.reject(new DOMException('closed', 'AbortError')) : Promise.resolve();
          },
        });
      });
      await openLongRead(session, longReadUrl);
      const { page } = session;
      const share = page.getByRole('button', { name: 'Share', exact: true });
      await share.click();
      await share.click();
      const calls = () => page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls);
      await poll(() => calls().then((c) => c.length)).toBe(2);
      expect((await calls())[0]).toEqual({ title: 'A long read with six chapters', url: longReadUrl });
      expect(await page.locator('.copy-status[data-result="copied"], .copy-status[data-result="failed"]').count()).toBe(0);
    });
  });
});

describe('reading aids', () => {
  test('the progress bar and time left follow the scroll; back to top returns and focuses the page', async () => {
    await withPage(browser(), async (session) => {
      const ids = await openLongRead(session);
      const { page } = session;
      const minutes = await minutesToRead(page);
      await poll(() => progress(page).getAttribute('aria-valuenow')).toBe('0');
      expect(await progress(page).getAttribute('aria-valuetext')).toContain(`${minutes} min left`);
      const backToTop = page.getByRole('button', { name: 'Back to top' });
      await expect(backToTop.isVisible()).resolves.toBe(false);
      await scrollToY(page, await pageTopOf(page, ids[3]));
      await poll(async () => Number(await progress(page).getAttribute('aria-valuenow'))).toBeGreaterThan(20);
      expect(Number(await progress(page).getAttribute('aria-valuenow'))).toBeLessThan(90);
      await poll(() => backToTop.isVisible()).toBe(true);
      await scrollToY(page, 1e6);
      await poll(() => progress(page).getAttribute('aria-valuenow')).toBe('100');
      expect(await progress(page).getAttribute('aria-valuetext')).toContain('Finished');
      const bar = await progress(page).boundingBox();
      expect(bar!.width).toBeGreaterThan(DESKTOP.width * 0.98);
      await backToTop.click();
      await poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    });
  });

  test('on a phone, back to top and the time left sit clear of the Contents button', async () => {
    await withPage(browser(), async (session) => {
      const ids = await openLongRead(session);
      const { page } = session;
      await scrollToY(page, await pageTopOf(page, ids[2]));
      const backToTop = page.getByRole('button', { name: 'Back to top' });
      await poll(() => backToTop.isVisible()).toBe(true);
      const boxes = await Promise.all(
        [backToTop, page.getByText(/\d+ min left/), page.getByRole('button', { name: 'Contents' })].map((l) => l.boundingBox()),
      );
      const [top, left, contents] = boxes.map((box) => box!);
      for (const box of [top, left]) {
        const overlaps = box.x < contents.x + contents.width && contents.x < box.x + box.width && box.y < contents.y + contents.height && contents.y < box.y + box.height;
        expect(overlaps).toBe(false);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
    }, { viewport: PHONE });
  });

  test('the reader returns to where it stopped (chapter + offset) and the list offers to continue', async () => {
    await withPage(browser(), async (session) => {
      const ids = await openLongRead(session);
      const { page, context } = session;
      await scrollToY(page, (await pageTopOf(page, ids[3])) - 180);
      const before = await topOf(page, ids[3]);
      await poll(() => storedData<Record<string, { chapter: string }>>(page, 'positions').then((p) => p?.['long-read']?.chapter)).toBe(ids[2]);
      const { percent } = (await storedData<Record<string, { percent: number }>>(page, 'positions'))!['long-read'];
      expect(percent).toBeGreaterThan(0);
      // A new tab has no session scroll memory: only the stored position can bring it back.
      const tab = await context.newPage();
      await tab.goto(LONG_READ);
      await waitForArticle(tab);
      await poll(async () => Math.abs((await topOf(tab, ids[3]))! - before!)).toBeLessThan(4);
      await tab.goto(rootUrl);
      const started = card(tab, 'long-read');
      await poll(() => started.innerText()).toContain(`Continue reading · ${percent}%`);
      expect(await card(tab, 'h2-only').innerText()).not.toContain('Continue reading');
      await started.getByRole('link').first().click();
      await waitForArticle(tab);
      await poll(async () => Math.abs((await topOf(tab, ids[3]))! - before!)).toBeLessThan(4);
      // A #chapter in the URL wins over the stored position.
      await tab.goto(`${LONG_READ}#${ids[1]}`);
      await waitForArticle(tab);
      await expectHeadingAtTop(tab, ids[1]);
      await tab.close();
    });
  });
});

describe('reader controls', () => {
  test('theme follows the system by default', async () => {
    await withPage(browser(), async (session) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: 'dark' });
      await openLongRead(session);
      await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await cssOf(page, 'body', 'background-color')).toBe('rgb(250, 249, 246)');
    });
  });

  test('theme, typeface, text size, line spacing and width apply at once and are remembered without a flash', async () => {
    await withPage(browser(), async (session) => {
      await openLongRead(session);
      const { page, context } = session;
      const body = '[data-article-body]';
      const widthBefore = (await page.getByRole('article').first().boundingBox())!.width;
      const toggle = page.getByRole('button', { name: 'Display settings' });
      await toggle.click();
      await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Sepia' }).click();
      await poll(() => cssOf(page, 'body', 'background-color')).toBe('rgb(244, 236, 216)');
      expect(await cssOf(page, body, 'font-family')).toMatch(/^system-ui/);
      await page.getByRole('group', { name: 'Typeface' }).getByRole('button', { name: 'Serif', exact: true }).click();
      await poll(() => cssOf(page, body, 'font-family')).toMatch(/^Georgia, "Noto Serif CJK SC"/);
      await page.getByRole('button', { name: 'Larger text' }).click();
      await page.getByRole('button', { name: 'Larger text' }).click();
      await poll(() => cssOf(page, body, 'font-size')).toBe('22px');
      await page.getByRole('group', { name: 'Line spacing' }).getByRole('button', { name: 'Loose' }).click();
      await poll(() => cssOf(page, body, 'line-height')).toBe('44px');
      await page.getByRole('group', { name: 'Text width' }).getByRole('button', { name: 'Wide' }).click();
      await poll(async () => (await page.getByRole('article').first().boundingBox())!.width).toBeGreaterThan(widthBefore + 100);
      await page.keyboard.press('Escape');
      await poll(() => page.getByRole('group', { name: 'Theme' }).count()).toBe(0);
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      // Record the theme at the moment the app first renders anything.
      await context.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          // The app's first render; a prerendered page's plain text (before the app) follows the system theme.
          const root = document.getElementById('root');
          if (!root?.firstChild || root.hasAttribute('data-prerendered')) return;
          (window as unknown as { themeAtFirstRender: string }).themeAtFirstRender = document.documentElement.dataset.theme ?? '';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const tab = await context.newPage();
      await tab.goto(LONG_READ);
      await waitForArticle(tab);
      expect(await tab.evaluate(() => (window as unknown as { themeAtFirstRender: string }).themeAtFirstRender)).toBe('sepia');
      expect(await cssOf(tab, body, 'font-size')).toBe('22px');
      expect(await cssOf(tab, body, 'font-family')).toMatch(/^Georgia/);
      expect(await cssOf(tab, body, 'line-height')).toBe('44px');
      await tab.close();
    });
  });

  test('a browser that refuses storage still applies settings and says they are not saved', async () => {
    await withPage(browser(), async (session) => {
      await session.context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const { page } = session;
      await openLongRead(session);
      await page.getByRole('button', { name: /Display settings|显示设置/ }).click();
      await page.getByRole('button', { name: /^(Dark|深色)$/ }).click();
      await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await poll(() => page.getByText(/not saving settings|未保存设置/).isVisible()).toBe(true);
    });
  });

  test('the reader speaks Chinese after the switch', async () => {
    await withPage(browser(), async (session) => {
      await openLongRead(session);
      const { page } = session;
      await page.getByRole('button', { name: '中文' }).click();
      await poll(() => page.getByRole('progressbar', { name: '阅读进度' }).count()).toBe(1);
      expect(await page.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/还剩约 \d+ 分钟/);
      await expect(page.getByRole('button', { name: '显示设置' }).count()).resolves.toBe(1);
    });
  });
});

describe('print', () => {
  test('prints the article alone: title, meta and body, without the app around it', async () => {
    await withPage(browser(), async (session) => {
      await openLongRead(session);
      const { page } = session;
      await page.emulateMedia({ media: 'print' });
      await poll(() => page.getByRole('banner').first().isVisible()).toBe(false);
      for (const hidden of ['nav[data-chapters]', 'text=Skip to content']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await progress(page).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Display settings' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Share', exact: true }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1, name: 'A long read with six chapters' }).isVisible()).toBe(true);
      expect(await page.getByText(/\d+ min read/).first().isVisible()).toBe(true);
      expect(await page.locator('[data-article-body]').isVisible()).toBe(true);
      const box = (await page.locator('[data-article-body]').boundingBox())!;
      expect(box.x).toBeLessThan(40);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
