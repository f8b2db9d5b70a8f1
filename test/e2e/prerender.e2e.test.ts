import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const SEED = '000_25b3c9fe8c11fde1';
const SEED_TITLE = '微信_断腕_，谁的福音';
const SEED_LEAD = '在潺潺流水和慢慢船歌中，乌镇迎来了2021年世界互联网大会';

/** Notes when the prerendered text leaves `#root`, in page time, beside the page's paint entries. */
function watchTakeOver(): void {
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('.prerender') && document.querySelector('[data-article-body]')) {
      (window as unknown as { takeOverAt: number }).takeOverAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

describe('prerendered article pages', () => {
  test('show the title and first paragraphs with no script at all', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(new URL(articleRoute(SEED), rootUrl).href);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_TITLE);
      expect(await page.locator('#root').innerText()).toContain(SEED_LEAD);
      expect(await page.title()).toBe(`${SEED_TITLE} · Folio`);
    } finally {
      await context.close();
    }
  });

  test('keep an article of hostile markup as plain text', async () => {
    const response = await fetch(new URL(articleRoute('hostile'), rootUrl));
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const root = (await response.text()).split('<div id="root" data-prerendered="">')[1].split('</div>')[0];
    expect(root).toContain('<h1>Hostile markup must stay inert</h1>');
    // The only elements are the template's own; whatever the body held arrives as text.
    const tags = new Set([...root.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => m[1].toLowerCase()));
    expect([...tags].filter((tag) => !['main', 'article', 'h1', 'p'].includes(tag))).toEqual([]);
    expect(root).not.toMatch(/\son[a-z]+=/i);
  });

  test('preload the data the app opens the article with, each fetched once', async () => {
    await withPage(browser(), async ({ page }) => {
      const json: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => request.url().endsWith('.json') && json.push(new URL(request.url()).pathname));
      page.on('console', (message) => /preload/i.test(message.text()) && warnings.push(message.text()));
      await page.goto(new URL(articleRoute(SEED), rootUrl).href);
      await waitForArticle(page);
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((link) => new URL(link.href).pathname),
      );
      // The index, the id's lookup shard and the article itself.
      expect(preloaded).toHaveLength(3);
      expect(preloaded[0]).toMatch(/\/assets\/articles\/index-[\w-]+\.json$/);
      expect(preloaded[1]).toMatch(/\/assets\/articles\/k-[\w-]+\.json$/);
      // A preload the app's fetch could not use would show as a second request and a console warning.
      for (const url of preloaded) expect(json.filter((requested) => requested === url)).toHaveLength(1);
      expect(warnings).toEqual([]);
    });
  });

  test("request the app's code and data only after the text has painted", async () => {
    // The browser's first frame and its paint can lag behind each other by hundreds of
    // milliseconds; several loads make a start that only waits for a frame show up.
    for (let load = 0; load < 3; load++) {
      await withPage(browser(), async ({ page }) => {
        await page.goto(new URL(articleRoute(SEED), rootUrl).href);
        await waitForArticle(page);
        const { paint, requests } = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          requests: performance
            .getEntriesByType('resource')
            .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
            .map((entry) => entry.startTime),
        }));
        expect(paint).toBeGreaterThan(0);
        expect(requests.length).toBeGreaterThan(0);
        expect(Math.min(...requests)).toBeGreaterThanOrEqual(paint!);
      });
    }
  });

  test("paint the text in the reader's saved theme and size, before the app arrives", async () => {
    await withPage(browser(), async ({ context, page }) => {
      await context.addInitScript(() => {
        const settings = { theme: 'dark', typeface: 'serif', fontSize: 24, lineHeight: 2, width: 'medium' };
        localStorage.setItem('folio:settings', JSON.stringify({ v: 1, data: settings }));
      });
      // The app's code is held back, so what shows is the HTML and its inline script alone.
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(new URL(articleRoute(SEED), rootUrl).href);
      await page.locator('.prerender h1').waitFor();
      const early = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        fontSize: getComputedStyle(document.querySelector('.prerender p:not(.prerender-meta)')!).fontSize,
        fontFamily: getComputedStyle(document.querySelector('.prerender h1')!).fontFamily,
      }));
      // themes.css's dark background, not the light one of a light system.
      expect(early.background).toBe('rgb(20, 22, 25)');
      expect(early.fontSize).toBe('24px');
      expect(early.fontFamily).toMatch(/^Georgia/);
      release();
      await waitForArticle(page);
      const late = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        fontSize: getComputedStyle(document.querySelector('.reader-article')!).fontSize,
      }));
      expect(late).toEqual({ background: early.background, fontSize: early.fontSize });
    });
  });

  test('hand over to the app in one step: no layout shift, no CSP report, paint kept', async () => {
    await withPage(
      browser(),
      async ({ context, page }) => {
        await context.addInitScript(watchTakeOver);
        const violations: string[] = [];
        page.on('console', (message) => /Content Security Policy|Trusted Type/i.test(message.text()) && violations.push(message.text()));
        await page.goto(new URL(articleRoute(SEED), rootUrl).href);
        await waitForArticle(page);
        await poll(() => page.evaluate(() => (window as unknown as { takeOverAt?: number }).takeOverAt ?? null)).not.toBe(null);
        const figures = await page.evaluate(() => ({
          takeOverAt: (window as unknown as { takeOverAt: number }).takeOverAt,
          shift: performance.getEntriesByType('layout-shift').reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
          stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.media),
        }));
        // LCP entries are only handed to an observer (buffered), not listed in the timeline.
        const lcp = await page.evaluate(
          () =>
            new Promise<number[]>((resolve) => {
              new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => entry.startTime))).observe({
                type: 'largest-contentful-paint',
                buffered: true,
              });
            }),
        );
        expect(figures.shift).toBe(0);
        expect(violations).toEqual([]);
        // The app's stylesheets, linked by the app once it started, apply now.
        expect(figures.stylesheets.length).toBeGreaterThan(0);
        expect(figures.stylesheets.filter((media) => media === 'print')).toEqual([]);
        // reader.css is in force: the article has its default reading size (1.125rem).
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize)).toBe('18px');
        // The largest paint is the prerendered text's, before the app took over: the app's own
        // render, which replaces it, is not larger.
        expect(lcp.length).toBeGreaterThan(0);
        expect(Math.max(...lcp)).toBeLessThan(figures.takeOverAt);
        expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(SEED_TITLE);
      },
      { viewport: { width: 412, height: 823 } },
    );
  });
});
