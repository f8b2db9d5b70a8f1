import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { categoryControl, categoryRoute, clickCategory, expectCardIds, routeOf } from './support/app';
import { inCategory, newestFirst, readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';

const articles = readSourceArticles();
const rootUrl = inject('rootUrl');
const browser = useBrowser();

// Far longer than a frame: an app that waited for any held response could not answer in time.
const HOLD_MS = 6000;
// Generous for a busy CI machine, yet far below HOLD_MS.
const SLACK_MS = 2000;

const idsIn = (levels: readonly string[]) => articles.filter((a) => inCategory(a, levels)).map((a) => a.id);

/**
 * Holds every category list page, and every script asked for once `armed()` says so, until
 * `release()`: the answer to a click must not depend on either.
 */
async function holdResponses(page: Page, armed: () => boolean) {
  const held: (() => void)[] = [];
  const late: string[] = [];
  const hold = async (route: Route) => {
    if (!/\/assets\/articles\/l-[^/]*\.json$/.test(route.request().url()) && !armed()) return route.continue();
    late.push(route.request().url());
    await new Promise<void>((resolve) => {
      held.push(resolve);
      setTimeout(resolve, HOLD_MS);
    });
    await route.continue().catch(() => undefined);
  };
  await page.route('**/assets/**', hold);
  return { late, release: () => held.forEach((resolve) => resolve()) };
}

interface Answer {
  /** rAF callbacks that ran after the click before the page showed the choice (0: the very next frame). */
  frames: number;
  ms: number;
}

/**
 * Watches, inside the page, from the click on the category's control: at every animation frame,
 * is the control marked current, is the heading the category's, and does the list hold only the
 * category's cards or reserved places for them?
 */
function watchAnswer(page: Page, levels: readonly string[], ids: readonly string[]): Promise<void> {
  return page.evaluate(
    ({ name, title, allowed }) => {
      const w = window as unknown as { folioAnswer?: Promise<{ frames: number; ms: number }> };
      w.folioAnswer = new Promise((resolve) => {
        const shows = () => {
          const control = document.querySelector(`[data-category][data-name="${CSS.escape(name)}"]`);
          const heading = document.querySelector('main h1')?.textContent?.trim();
          const cards = [...document.querySelectorAll('main [data-article-card]')].map((c) => c.getAttribute('data-id') ?? '');
          const list = document.querySelector('main [aria-busy]');
          const listFits = cards.every((id) => allowed.includes(id)) && (cards.length > 0 || list?.getAttribute('aria-busy') === 'true');
          return control?.getAttribute('aria-current') === 'page' && heading === title && listFits;
        };
        document.addEventListener(
          'click',
          () => {
            const start = performance.now();
            let frames = 0;
            const frame = () => {
              if (shows() || frames >= 600) resolve({ frames, ms: performance.now() - start });
              else {
                frames++;
                requestAnimationFrame(frame);
              }
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    },
    { name: levels.join('/'), title: levels.at(-1) ?? '', allowed: [...ids] },
  );
}

function answer(page: Page): Promise<Answer> {
  return page.evaluate(() => (window as unknown as { folioAnswer: Promise<Answer> }).folioAnswer);
}

/** Clicks a category while its list pages and any new code are held back; returns how soon the page answered. */
async function chooseCategory(page: Page, levels: readonly string[], armed: { on: boolean }): Promise<Answer> {
  await watchAnswer(page, levels, idsIn(levels));
  await poll(() => categoryControl(page, levels).first().isVisible()).toBe(true);
  armed.on = true;
  await clickCategory(page, levels);
  const result = await answer(page);
  armed.on = false;
  return result;
}

describe('choosing a category', () => {
  test('answers in the next frame, without waiting for its list page or for code', async () => {
    const top = ['新媒体'];
    const middle = ['新媒体', '鸟哥笔记'];
    const other = ['技术'];
    await withPage(browser(), async ({ page }) => {
      const armed = { on: false };
      const held = await holdResponses(page, () => armed.on);
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles));
      for (const levels of [top, middle, other]) {
        // The pointer rests where the last click left it; once the page re-lays out, it can rest
        // on the next category's control, whose hover prefetches (and so releases) its list page
        // before the click this step measures. Parked in the corner, it hovers nothing.
        await page.mouse.move(0, 0);
        const before = held.late.length;
        const { frames, ms } = await chooseCategory(page, levels, armed);
        expect(frames, `frames until ${levels.join('/')} showed`).toBeLessThanOrEqual(1);
        expect(ms).toBeLessThan(SLACK_MS);
        // Its list page was held back the whole time: the answer did not wait for it.
        expect(held.late.length, 'a held-back request was made').toBeGreaterThan(before);
        held.release();
        await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(levels));
        await expectCardIds(page, idsIn(levels));
      }
    });
  });
});
