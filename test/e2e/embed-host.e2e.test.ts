import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { articleRoute, embedRoute } from './support/app';
import { useBrowser } from './support/page';
import { poll } from './support/poll';
import { openPwaSession, waitForController } from './support/pwa';
import { waitForArticle } from './support/reader';
import { freePort } from './support/server';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const servers: Server[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Serves one HTML page from a second loopback origin (another port): the embedding site. */
async function serveHost(html: string): Promise<string> {
  const port = await freePort();
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}/`;
}

/** The snippet the reader's "Embed" action shows, copied with its button. */
async function copySnippet(page: Page, id: string): Promise<string> {
  await page.goto(rootUrl + articleRoute(id));
  await waitForArticle(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this article' });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const shown = await dialog.getByRole('textbox').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  return shown;
}

function frameOf(page: Page, selector: string): Promise<Frame> {
  return page.locator(selector).elementHandle().then(async (handle) => (await handle!.contentFrame())!);
}

describe('an article embedded on another site', () => {
  test('shows alone, grows to its height, scrolls chapters inside the frame, never navigates the host', async () => {
    const { context, page, errors } = await openPwaSession(browser());
    try {
      // The reader has the app installed: its service worker must not get in the embed's way.
      await page.goto(rootUrl);
      await waitForController(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(rootUrl).origin });
      const snippet = await copySnippet(page, 'long-read');
      expect(snippet).toContain(`src="${rootUrl}${embedRoute('long-read')}"`);

      const fixedSrc = `${rootUrl}${embedRoute('long-read')}?theme=dark`;
      const host = await serveHost(`<!doctype html><html><head><title>Host</title></head><body style="margin:0">
        <h1>A host page</h1>${snippet}
        <iframe id="fixed" title="fixed" style="width:700px;height:400px;border:0" src="${fixedSrc}"></iframe>
        <div style="height:3000px"></div></body></html>`);
      await page.goto(host);
      const auto = await frameOf(page, 'iframe:not(#fixed)');
      await auto.locator('[data-article-body]').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await auto.locator('[data-article-card], .site-header').count()).toBe(0);
      expect(await auto.getByRole('heading', { level: 1 }).first().innerText()).toContain('long read');

      // Within a second of the article showing, the host script has sized the frame to it.
      const contentHeight = () => auto.evaluate(() => document.documentElement.scrollHeight);
      const frameHeight = () => page.locator('iframe:not(#fixed)').evaluate((el) => el.getBoundingClientRect().height);
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 1000 }).toBeLessThanOrEqual(2);
      expect(await frameHeight()).toBeGreaterThan(480);

      // Every link either jumps to a chapter in the frame or opens a new browsing context.
      const links = await auto.locator('a[href]').evaluateAll((all) =>
        all.map((a) => ({ href: a.getAttribute('href') ?? '', target: (a as HTMLAnchorElement).target })),
      );
      for (const link of links) expect(link.href.startsWith('#') || link.target === '_blank', link.href).toBe(true);

      const chapterLinks = auto.locator('nav[data-chapters] a');
      const ids = await chapterLinks.evaluateAll((all) => all.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
      expect(ids.length).toBeGreaterThan(3);

      // Auto-sized frame: the host scrolls to the chapter; the host's own address never changes.
      await chapterLinks.nth(3).click();
      const headingInFrame = await auto.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, ids[3]);
      await poll(async () => {
        const frameTop = await page.locator('iframe:not(#fixed)').evaluate((el) => el.getBoundingClientRect().top);
        const top = frameTop + headingInFrame;
        return top >= -5 && top <= 100 ? 'at top' : `heading at ${top}`;
      }).toBe('at top');
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(page.url()).toBe(host);

      // Fixed-height frame (dark theme asked in its URL): the chapter scrolls inside the frame.
      const fixed = await frameOf(page, '#fixed');
      await fixed.locator('[data-article-body]').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await fixed.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.evaluate(() => scrollTo(0, 0));
      await fixed.locator('nav[data-chapters] a').nth(4).click();
      await poll(() => fixed.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), ids[4])).toBeLessThanOrEqual(2);
      expect(await fixed.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await fixed.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(ids[4]);
      expect(page.url()).toBe(host);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('opens at the #chapter in its URL', async () => {
    const { context, page, errors } = await openPwaSession(browser());
    try {
      const probe = await serveHost(`<!doctype html><body><iframe title="probe" style="width:700px;height:400px;border:0" src="${rootUrl}${embedRoute('long-read')}"></iframe></body>`);
      await page.goto(probe);
      const first = await frameOf(page, 'iframe');
      await first.locator('[data-article-body]').waitFor({ state: 'visible', timeout: 15_000 });
      const id = await first.locator('nav[data-chapters] a').nth(2).evaluate((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
      const host = await serveHost(`<!doctype html><body><iframe title="deep" style="width:700px;height:400px;border:0" src="${rootUrl}${embedRoute('long-read')}#${encodeURIComponent(id)}"></iframe></body>`);
      await page.goto(host);
      const frame = await frameOf(page, 'iframe');
      await frame.locator('[data-article-body]').waitFor({ state: 'visible', timeout: 15_000 });
      await poll(() => frame.evaluate((chapter) => Math.round(document.getElementById(chapter)?.getBoundingClientRect().top ?? -1), id)).toBeLessThanOrEqual(2);
      expect(await frame.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
