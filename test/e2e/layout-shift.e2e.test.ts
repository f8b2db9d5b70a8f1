import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const IMAGE_DELAY_MS = 500;

/** Each image URL of the fixtures with the size its source tag announces (`img_width`/`width`). */
function announcedSizes(): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const { body } of readSourceArticles()) {
    for (const [tag] of body.matchAll(/<img\b[^>]*>/gi)) {
      const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
      const width = Number(/\b(?:img_)?width="(\d+)"/.exec(tag)?.[1]);
      const height = Number(/\b(?:img_)?height="(\d+)"/.exec(tag)?.[1]);
      if (src && width > 0 && height > 0) sizes.set(src, { width, height });
    }
  }
  return sizes;
}

/**
 * Answers foreign images late, as a slow network would, with a picture of the size the article
 * announced (a 1×1 placeholder would itself change the layout, which real images do not).
 */
async function serveDelayedImages(context: BrowserContext, served: string[]): Promise<void> {
  const sizes = announcedSizes();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    const size = sizes.get(url);
    if (route.request().resourceType() !== 'image' || !size) return route.fallback();
    served.push(url);
    await new Promise((resolve) => setTimeout(resolve, IMAGE_DELAY_MS));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect width="100%" height="100%" fill="#8a8"/></svg>`;
    await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }).catch(() => undefined);
  });
}

declare global {
  interface Window {
    folioShifts: { value: number; sources: string[] }[];
  }
}

describe('layout shift', () => {
  test.each([
    ['seed article, desktop', '000_25b3c9fe8c11fde1', { width: 1280, height: 800 }],
    ['seed article, phone', '000_25b3c9fe8c11fde1', { width: 390, height: 844 }],
    ['gallery, desktop', 'gallery', { width: 1280, height: 800 }],
  ] as const)('%s: cumulative layout shift stays below 0.01 while images arrive late', async (_name, id, viewport) => {
    await withPage(
      browser(),
      async ({ context, page }) => {
        const served: string[] = [];
        await serveDelayedImages(context, served);
        await context.addInitScript(() => {
          window.folioShifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName)));
              window.folioShifts.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(rootUrl + articleRoute(id));
        await waitForArticle(page);
        // Bring each image into view and wait there until it has arrived, so any shift it causes is seen.
        const images = page.locator('[data-article-body] img');
        const count = await images.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          await images.nth(i).evaluate((img) => img.scrollIntoView({ block: 'end', behavior: 'instant' }));
          await poll(() => images.nth(i).evaluate((img) => (img as HTMLImageElement).complete)).toBe(true);
        }
        expect(served.length, 'the images went through the delayed route').toBeGreaterThan(0);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shifts = await page.evaluate(() => window.folioShifts);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        console.log(`CLS ${_name}: ${total.toFixed(5)} over ${shifts.length} shifts, ${served.length} images`);
        expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(0.01);
      },
      { viewport },
    );
  });
});
