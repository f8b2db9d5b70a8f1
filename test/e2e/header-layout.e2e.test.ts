import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { inSharedSession, useSharedSession } from './support/shared-session';
import { hashOf, readChapterLinks, waitForArticle } from './support/reader';
import { preferEnglish } from './support/reader-tools';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const WIDTHS = [320, 390, 1280];
const HEIGHT = 700;
// Wide enough for a query and the "(press /)" hint; the broken phone header left about 40 px.
const MIN_SEARCH_WIDTH = 200;
const PAGES = [
  ['list', ''],
  ['article', articleRoute('long-read')],
] as const;

type Locale = 'zh' | 'en';

/** What is wrong with the header's layout: controls off screen, covered or overlapping; a wrong height; a narrow search box. */
function headerProblems(page: Page): Promise<string[]> {
  return page.getByRole('banner').first().evaluate((header, minSearch) => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const box = header.getBoundingClientRect();
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('placeholder') || '').trim()}"`;
    // Everything sized from --header-h (sticky offsets, scroll margins, the progress bar) assumes this.
    const probe = document.createElement('div');
    probe.style.height = 'var(--header-h)';
    document.body.append(probe);
    const headerH = probe.getBoundingClientRect().height;
    probe.remove();
    if (Math.abs(box.height - headerH) > 0.5) problems.push(`header is ${box.height}px tall, --header-h is ${headerH}px`);
    if (document.documentElement.scrollWidth > viewport) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);

    const controls = [...header.querySelectorAll('a[href], input, button')].filter((el) => el.getClientRects().length > 0);
    const rects = controls.map((el) => el.getBoundingClientRect());
    controls.forEach((el, i) => {
      const r = rects[i];
      if (r.left < 0 || r.right > viewport + 0.5) problems.push(`${name(el)} spans x ${r.left}–${r.right}`);
      if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) problems.push(`${name(el)} sticks out of the header`);
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !el.contains(hit)) problems.push(`${name(el)} is covered at its centre`);
      for (let j = i + 1; j < controls.length; j++) {
        const o = rects[j];
        const overlap = Math.min(r.right, o.right) - Math.max(r.left, o.left) > 0.5 && Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top) > 0.5;
        if (overlap) problems.push(`${name(el)} overlaps ${name(controls[j])}`);
      }
    });
    const search = header.querySelector('input[type="search"]');
    const width = search?.getBoundingClientRect().width ?? 0;
    if (width < minSearch) problems.push(`search box is ${width}px wide`);
    return problems;
  }, MIN_SEARCH_WIDTH);
}

/** The buttons whose label wraps (its text runs on more than one line) or is cut off. */
function wrappedLabels(buttons: Locator): Promise<string[]> {
  return buttons.evaluateAll((elements) =>
    elements.flatMap((button) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const line of range.getClientRects()) if (line.width > 0) tops.add(Math.round(line.top));
      }
      const label = (button.textContent ?? '').trim();
      if (tops.size > 1) return [`"${label}" wraps onto ${tops.size} lines`];
      return button.scrollWidth > button.clientWidth + 1 ? [`"${label}" is cut off`] : [];
    }),
  );
}

/** Everything wrong with the header: its layout, and any wrapped button label. */
async function allHeaderProblems(page: Page): Promise<string[]> {
  return [...(await headerProblems(page)), ...(await wrappedLabels(page.getByRole('banner').first().getByRole('button')))];
}

/** Waits for what each page shows first, so the header is laid out with the page's real content. */
async function openPage(page: Page, route: string): Promise<void> {
  await page.goto(rootUrl + route);
  if (route) await waitForArticle(page);
  else await page.locator('[data-article-card]').first().waitFor();
}

describe.each(['zh', 'en'] as const)('header in %s', (locale: Locale) => {
  const session = useSharedSession(browser, async ({ context }) => {
    await context.addInitScript((value) => window.localStorage.setItem('folio:locale', value), locale);
  });

  test.each(WIDTHS.flatMap((width) => PAGES.map(([name, route]) => [width, name, route] as const)))(
    '%i px, %s page: every control fits, none overlaps or wraps, the search box is usable',
    async (width, _name, route) => {
      await inSharedSession(session, async ({ page }) => {
        await page.setViewportSize({ width, height: HEIGHT });
        await openPage(page, route);
        expect(await page.evaluate(() => document.documentElement.lang)).toMatch(locale === 'zh' ? /^zh/ : /^en/);
        expect(await allHeaderProblems(page)).toEqual([]);
      });
    },
  );

  test('resizing from 320 to 1440 px never breaks the header (tablet widths included)', async () => {
    await inSharedSession(session, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: HEIGHT });
      await openPage(page, '');
      for (let width = 320; width <= 1440; width += 40) {
        await page.setViewportSize({ width, height: HEIGHT });
        expect({ width, problems: await allHeaderProblems(page) }).toEqual({ width, problems: [] });
      }
    });
  });

  test.each([320, 390])('%i px: the display settings panel opens inside the screen, below the header', async (width) => {
    await inSharedSession(session, async ({ page }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      await openPage(page, '');
      const name = locale === 'zh' ? '显示设置' : 'Display settings';
      await page.getByRole('button', { name }).click();
      const panel = page.getByRole('group', { name });
      await poll(() => panel.getByRole('button').count()).toBeGreaterThan(0);
      const box = (await panel.boundingBox())!;
      const header = (await page.getByRole('banner').first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(await wrappedLabels(panel.getByRole('button'))).toEqual([]);
    });
  });
});

/** Whether the heading is on screen, starts below the sticky header and is what a tap on it would hit. */
function headingClearOfHeader(page: Page, id: string): Promise<string> {
  return page.getByRole('banner').first().evaluate((header, id) => {
    const heading = document.getElementById(id);
    if (!heading) return `no #${id}`;
    const h = heading.getBoundingClientRect();
    const bottom = header.getBoundingClientRect().bottom;
    if (h.top < bottom) return `heading top ${h.top} is under the header (bottom ${bottom})`;
    if (h.bottom > window.innerHeight) return `heading bottom ${h.bottom} is below the screen`;
    const hit = document.elementFromPoint(h.left + 4, h.top + 4);
    return hit && heading.contains(hit) ? 'clear' : `heading covered by ${hit?.tagName}`;
  }, id);
}

describe('chapter jumps', () => {
  test.each(WIDTHS)('%i px: a chapter link and a deep link leave the heading visible below the header', async (width) => {
    await withPage(
      browser(),
      async ({ context, page }) => {
        await preferEnglish(context);
        await openPage(page, articleRoute('long-read'));
        const links = await readChapterLinks(page);
        expect(links.length).toBeGreaterThan(3);
        const contents = page.getByRole('button', { name: 'Contents' });
        if (await contents.isVisible()) await contents.click();
        await page.locator('nav[data-chapters] a').nth(3).click();
        await poll(() => hashOf(page)).toBe(links[3].id);
        await poll(() => headingClearOfHeader(page, links[3].id)).toBe('clear');
        // A first load on a deep link takes the other path (scroll on hash at start-up).
        await page.goto(`${rootUrl}${articleRoute('long-read')}#${encodeURIComponent(links[4].id)}`);
        await waitForArticle(page);
        await poll(() => headingClearOfHeader(page, links[4].id)).toBe('clear');
      },
      { viewport: { width, height: HEIGHT } },
    );
  });
});

describe('prerendered article page', () => {
  test.each([320, 390])('%i px: its text starts where the app puts it below the two-row header', async (width) => {
    const tops: number[] = [];
    // Without scripts the page stays prerendered; with them the app takes over.
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser().newContext({ viewport: { width, height: HEIGHT }, javaScriptEnabled, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.goto(rootUrl + articleRoute('long-read'));
        if (javaScriptEnabled) await waitForArticle(page);
        const title = page.getByRole('heading', { level: 1 }).first();
        tops.push((await title.boundingBox())!.y);
      } finally {
        await context.close();
      }
    }
    expect(Math.abs(tops[0] - tops[1]), `title top ${tops[0]} before, ${tops[1]} after the app took over`).toBeLessThanOrEqual(6);
  });
});
