import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { useBrowser, withPage, type Session } from './support/page';
import { poll } from './support/poll';
import { hashOf, waitForArticle } from './support/reader';
import { focusInfo, preferEnglish } from './support/reader-tools';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (evaluated over the DevTools protocol, so the app's CSP allows it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

type ThemeName = 'light' | 'dark' | 'sepia';

/** Light and dark come from the system (the default setting); sepia is chosen in the settings. */
async function useTheme({ context, page }: Session, theme: ThemeName): Promise<void> {
  await preferEnglish(context);
  await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  if (theme === 'sepia') {
    await context.addInitScript(() =>
      window.localStorage.setItem('folio:settings', JSON.stringify({ v: 1, data: { theme: 'sepia' } })),
    );
  }
}

const PAGES: [string, string, boolean][] = [
  ['list', '', false],
  ['reader (long read)', articleRoute('long-read'), true],
  ['reader (seed article)', articleRoute('000_25b3c9fe8c11fde1'), true],
  ['not found', 'no/such/page', false],
];
const THEMES: ThemeName[] = ['light', 'dark', 'sepia'];

describe('axe-core', () => {
  test.each(THEMES.flatMap((theme) => PAGES.map(([name, route, isArticle]) => [theme, name, route, isArticle] as const)))(
    '%s theme, %s page: no serious or critical violations',
    async (theme, _name, route, isArticle) => {
      await withPage(browser(), async (session) => {
        await useTheme(session, theme);
        const { page } = session;
        await page.goto(rootUrl + route);
        if (isArticle) await waitForArticle(page);
        else await page.getByRole('heading', { level: 1 }).first().waitFor();
        await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await seriousViolations(page)).toEqual([]);
      });
    },
  );

  test.each(['light', 'dark'] as const)('%s theme: an article opened from search, its matches marked, passes too', async (theme) => {
    await withPage(browser(), async (session) => {
      await useTheme(session, theme);
      const { page } = session;
      await page.goto(`${rootUrl}search?q=${encodeURIComponent('互联网')}`);
      await page.locator('[data-search-result][data-id="000_25b3c9fe8c11fde1"]').getByRole('link').click();
      await page.getByRole('region', { name: 'Search matches in this article' }).waitFor();
      await page.keyboard.press('n');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test.each(['light', 'dark'] as const)('%s theme: open settings panel and phone contents drawer pass too', async (theme) => {
    await withPage(
      browser(),
      async (session) => {
        await useTheme(session, theme);
        const { page } = session;
        await page.goto(rootUrl + articleRoute('long-read'));
        await waitForArticle(page);
        await page.getByRole('button', { name: 'Contents' }).click();
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Display settings' }).click();
        expect(await seriousViolations(page)).toEqual([]);
      },
      { viewport: PHONE },
    );
  });
});

/** Presses Tab until `done` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusInfo(page, selector)).inside) return;
  }
  throw new Error(`focus never reached ${selector} in ${limit} Tab presses`);
}

/** True when the focused element shows a focus indicator (an outline of some width). */
/**
 * Whether the focused element's ring is on screen: set in its style (on the element or on a
 * pseudo-element, as a card's stretched link has it) and painted, counted in a screenshot of the
 * area around it (containment or an overflow can clip a ring its style still names).
 */
async function focusIsVisible(page: Page): Promise<boolean> {
  const ring = await page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return null;
    const pseudo = [null, '::before', '::after'].find((which) => {
      const style = getComputedStyle(active, which);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    });
    if (pseudo === undefined) return null;
    // A pseudo-element's ring is drawn around its containing block (the stretched link's card).
    const host = pseudo && getComputedStyle(active, pseudo).position === 'absolute' ? (active.offsetParent ?? active) : active;
    const rect = host.getBoundingClientRect();
    const margin = 8;
    const x = Math.max(0, rect.left - margin);
    const y = Math.max(0, rect.top - margin);
    return {
      color: getComputedStyle(active, pseudo).outlineColor,
      clip: { x, y, width: Math.min(innerWidth, rect.right + margin) - x, height: Math.min(innerHeight, rect.bottom + margin) - y },
      perimeter: 2 * (rect.width + rect.height),
    };
  });
  if (!ring || ring.clip.width <= 0 || ring.clip.height <= 0) return false;
  const shot = (await page.screenshot({ clip: ring.clip })).toString('base64');
  const painted = await page.evaluate(async ({ shot, color }) => {
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    // Decoded from bytes: the page's CSP allows no data: fetch.
    const bytes = Uint8Array.from(atob(shot), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60) count++;
    }
    return count;
  }, { shot, color: ring.color });
  // A 2 px ring all round is about twice the perimeter in pixels; half the perimeter allows for anti-aliasing and edges.
  return painted >= ring.perimeter / 2;
}

describe('keyboard only', () => {
  test('skip link, Tab to a card, Enter opens it, Tab reaches the chapter links, Enter follows one', async () => {
    await withPage(browser(), async (session) => {
      await preferEnglish(session.context);
      const { page } = session;
      await page.goto(rootUrl);
      await page.locator('[data-article-card]').first().waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = (await skip.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await tabUntil(page, '[data-article-card][data-id="long-read"]');
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await waitForArticle(page);
      expect(page.url()).toContain(articleRoute('long-read'));
      await tabUntil(page, 'nav[data-chapters]');
      expect(await focusIsVisible(page)).toBe(true);
      const target = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      await page.keyboard.press('Enter');
      await poll(() => hashOf(page)).toBe(decodeURIComponent(target.slice(target.indexOf('#') + 1)));
    });
  });

  test('on a phone the contents drawer and the settings panel open with Enter and close with Escape', async () => {
    await withPage(
      browser(),
      async (session) => {
        await preferEnglish(session.context);
        const { page } = session;
        await page.goto(rootUrl + articleRoute('long-read'));
        await waitForArticle(page);
        const chapterLink = page.locator('nav[data-chapters] a').first();
        await tabUntil(page, 'aside:has(nav[data-chapters]) > button');
        expect(await focusIsVisible(page)).toBe(true);
        await page.keyboard.press('Enter');
        await poll(() => chapterLink.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await poll(() => chapterLink.isVisible()).toBe(false);
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Home');
        await page.locator('body').focus();
        await tabUntil(page, 'button[aria-controls="folio-display-settings"]');
        await page.keyboard.press('Enter');
        const theme = page.getByRole('group', { name: 'Theme' });
        await poll(() => theme.isVisible()).toBe(true);
        await page.keyboard.press('Tab');
        expect((await focusInfo(page, '#folio-display-settings')).inside).toBe(true);
        await page.keyboard.press('Escape');
        await poll(() => theme.count()).toBe(0);
      },
      { viewport: PHONE },
    );
  });
});
