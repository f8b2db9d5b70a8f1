import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const IMAGE_DELAY_MS = 500;

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
      async ({ context, page, imageRequests }) => {
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
        // Bring every image into view in turn so lazy ones load too, then wait for all of them.
        const count = await page.locator('[data-article-body] img').count();
        expect(count).toBeGreaterThan(0);
        await poll(() => imageRequests.length, { message: 'the delayed images were requested' }).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          await page.locator('[data-article-body] img').nth(i).evaluate((img) => img.scrollIntoView({ block: 'center', behavior: 'instant' }));
        }
        await poll(() =>
          page.locator('[data-article-body] img').evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete)),
        ).toBe(true);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shifts = await page.evaluate(() => window.folioShifts);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        console.log(`CLS ${_name}: ${total.toFixed(5)} over ${shifts.length} shifts, ${imageRequests.length} images`);
        expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(0.01);
      },
      { viewport, delayImagesMs: IMAGE_DELAY_MS },
    );
  });
});
