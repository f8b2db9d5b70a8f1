import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import {
  currentChapters,
  expectChapters,
  expectHeadingAtTop,
  hashOf,
  readChapterLinks,
  topOf,
  waitForArticle,
} from './support/reader';
import { poll } from './support/poll';

const rootUrl = inject('rootUrl');
const browser = useBrowser();

const LONG_READ = [
  'Why a long read needs chapters',
  'Headings become anchors',
  'Scrolling and the active chapter',
  'Deep links survive a reload',
  'Small screens',
  'Closing notes',
];
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

/** Scrolls so the heading sits just above `line` px from the top, as if the reader had scrolled there. */
async function scrollHeadingTo(page: Page, id: string, line: number): Promise<void> {
  await page.evaluate(
    async ({ id, line }) => {
      const heading = document.getElementById(id);
      if (!heading) throw new Error(`no element #${id}`);
      const target = window.scrollY + heading.getBoundingClientRect().top - line;
      window.scrollTo({ top: target - 60, behavior: 'instant' });
      await new Promise((resolve) => setTimeout(resolve, 120));
      window.scrollTo({ top: target, behavior: 'instant' });
    },
    { id, line },
  );
}

describe('chapters', () => {
  test('the chapter links of a long article point, in order, at its headings', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('long-read'));
      await waitForArticle(page);
      await expectChapters(page, LONG_READ);
    });
  });

  test('chapters whose slugs are document properties or app ids keep working anchors', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('clobber-chapters'));
      await waitForArticle(page);
      const links = await expectChapters(page, ['Title', 'Forms', 'Cookie', 'Root']);
      for (const { id } of links) expect(['root', 'title', 'forms', 'cookie']).not.toContain(id);
      const state = await page.evaluate(() => {
        const roots = document.querySelectorAll('[id="root"]');
        const body = document.querySelector('[data-article-body]');
        return {
          roots: roots.length,
          rootHoldsArticle: roots.length === 1 && !!body && roots[0].contains(body) && !body.contains(roots[0]),
          title: typeof document.title,
          cookie: typeof document.cookie,
          forms: document.forms instanceof HTMLCollection,
        };
      });
      expect(state).toEqual({ roots: 1, rootHoldsArticle: true, title: 'string', cookie: 'string', forms: true });
      await page.locator('nav[data-chapters] a').nth(3).click();
      await poll(() => hashOf(page)).toBe(links[3].id);
      await expectHeadingAtTop(page, links[3].id);
    });
  });

  test('when there is no <h1>, the highest heading level present is the chapters (body-text headings excluded)', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('h2-only'));
      await waitForArticle(page);
      await expectChapters(page, ['Install the service', 'Configure it', 'Run it']);
    });
  });

  test('clicking a chapter updates the hash and brings its heading to the top', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('long-read'));
      await waitForArticle(page);
      const links = await expectChapters(page, LONG_READ);
      for (const index of [3, 1, 5]) {
        await page.locator('nav[data-chapters] a').nth(index).click();
        await poll(() => hashOf(page)).toBe(links[index].id);
        await expectHeadingAtTop(page, links[index].id);
      }
    });
  });

  test('a deep link lands on its chapter on first load and after a reload', async () => {
    const first = await withChapterIds();
    await withPage(browser(), async ({ page }) => {
      const id = first[4];
      await page.goto(`${rootUrl}${articleRoute('long-read')}#${encodeURIComponent(id)}`);
      await waitForArticle(page);
      await expectHeadingAtTop(page, id);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      await page.reload();
      await waitForArticle(page);
      await expectHeadingAtTop(page, id);
      expect(hashOf(page)).toBe(id);
    });
  });

  test.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ])('the chapter being read gets aria-current while scrolling (%s)', async (_name, viewport) => {
    const ids = await withChapterIds();
    await withPage(
      browser(),
      async ({ page }) => {
        // Where the app itself puts a chapter it navigates to: that spot must count as "reading it".
        await page.goto(`${rootUrl}${articleRoute('long-read')}#${encodeURIComponent(ids[1])}`);
        await waitForArticle(page);
        const landing = await expectHeadingAtTop(page, ids[1]);
        const line = Math.max(landing - 4, 2);
        for (const index of [2, 4, 3]) {
          await scrollHeadingTo(page, ids[index], line);
          await poll(() => currentChapters(page), { message: `aria-current after scrolling to chapter ${index}` })
            .toEqual([index]);
        }
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
        await poll(() => currentChapters(page), { message: 'at the bottom the last chapter is current' }).toEqual([5]);
        expect(await topOf(page, ids[5])).toBeLessThan(viewport.height);
      },
      { viewport },
    );
  });
});

let longReadIds: Promise<string[]> | undefined;

/** The long read's chapter ids, as the app links them (read once per file). */
function withChapterIds(): Promise<string[]> {
  longReadIds ??= (async () => {
    let ids: string[] = [];
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('long-read'));
      await waitForArticle(page);
      await expectChapters(page, LONG_READ);
      ids = (await readChapterLinks(page)).map((link) => link.id);
    });
    return ids;
  })();
  return longReadIds;
}
