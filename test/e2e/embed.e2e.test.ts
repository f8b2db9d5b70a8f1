import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { embedRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';

const rootUrl = inject('rootUrl');
const browser = useBrowser();

interface ResizeMessage {
  type: string;
  id: string;
  height: number;
}

/** Puts the embed in an iframe of a blank host page that records what the frame posts to it. */
async function hostEmbed(page: Page, src: string): Promise<void> {
  await page.setContent(`<!doctype html><body style="margin:0">
    <script>
      window.__messages = [];
      addEventListener('message', (event) => {
        if (event.source === document.querySelector('iframe').contentWindow) window.__messages.push(event.data);
      });
    </script>
    <iframe title="embedded article" style="width: 800px; height: 300px; border: 0" src="${src}"></iframe>
  </body>`);
}

function resizeMessages(page: Page): Promise<ResizeMessage[]> {
  return page.evaluate(() =>
    (window as unknown as { __messages: ResizeMessage[] }).__messages.filter((m) => m && m.type === 'folio:resize'),
  );
}

describe('embed', () => {
  test('shows the article alone and posts folio:resize whenever its height changes', async () => {
    await withPage(browser(), async ({ page }) => {
      await hostEmbed(page, rootUrl + embedRoute('h2-only'));
      const frame = page.frameLocator('iframe');
      const body = frame.locator('[data-article-body]');
      await body.waitFor({ state: 'visible', timeout: 15_000 });
      expect((await body.innerText()).trim().length).toBeGreaterThan(40);
      expect(await frame.locator('[data-article-card]').count()).toBe(0);

      await poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);
      const wide = (await resizeMessages(page)).at(-1)!;
      expect(wide.id).toBe('h2-only');
      expect(wide.height).toBeGreaterThan(100);

      // Narrower frame, longer lines wrap: the content grows and the host must hear about it.
      await page.locator('iframe').evaluate((iframe) => ((iframe as HTMLIFrameElement).style.width = '320px'));
      await poll(async () => Math.max(...(await resizeMessages(page)).map((m) => m.height)))
        .toBeGreaterThan(wide.height);
      const latest = (await resizeMessages(page)).at(-1)!;
      expect(latest).toEqual({ type: 'folio:resize', id: 'h2-only', height: expect.any(Number) });
    });
  });

  test('links to the full reader open in a new browsing context', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + embedRoute('h2-only'));
      await page.locator('[data-article-body]').waitFor({ state: 'visible', timeout: 15_000 });
      const readerLinks = await page.getByRole('link').evaluateAll(
        (links, prefix) =>
          links
            .map((a) => a as HTMLAnchorElement)
            .filter((a) => a.href.startsWith(prefix))
            .map((a) => ({ href: a.href, target: a.target })),
        `${rootUrl}article/`,
      );
      expect(readerLinks.length, 'the embed links to the full reader').toBeGreaterThan(0);
      for (const link of readerLinks) {
        const full = `${rootUrl}article/h2-only`;
        expect(link.href === full || link.href.startsWith(`${full}#`), link.href).toBe(true);
        expect(link.target, link.href).toBe('_blank');
      }
    });
  });
});
