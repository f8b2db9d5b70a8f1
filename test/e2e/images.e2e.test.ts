import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from './support/app';
import { openSession, useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { articleBody, waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const browser = useBrowser();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('figures and image attributes', () => {
  test('an image and its caption become figure + figcaption (class-marked and ▲ captions)', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const figures = articleBody(page).locator('figure');
      await poll(() => figures.locator('figcaption').allInnerTexts()).toEqual(['夜色中的大桥', '雨后的街道', '电视塔']);
      expect(await figures.evaluateAll((list) => list.every((f) => f.firstElementChild?.tagName === 'IMG'))).toBe(true);
      await page.goto(rootUrl + articleRoute('000_25b3c9fe8c11fde1'));
      await waitForArticle(page);
      const captions = await articleBody(page).locator('figure figcaption').allInnerTexts();
      expect(captions.length).toBeGreaterThanOrEqual(3);
      expect(captions.every((text) => text.startsWith('▲'))).toBe(true);
    });
  });

  test('every body image is lazy, async, referrer-free, with its size reserved', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const attrs = await articleBody(page).locator('img').evaluateAll((imgs) =>
        imgs.map((img) => ['loading', 'decoding', 'referrerpolicy', 'width', 'height'].map((name) => img.getAttribute(name))),
      );
      expect(attrs).toEqual([
        ['lazy', 'async', 'no-referrer', '1080', '720'],
        ['lazy', 'async', 'no-referrer', '720', '1080'],
        ['lazy', 'async', 'no-referrer', '1080', '1440'],
      ]);
    });
  });
});

describe('a failed image', () => {
  test('shows its alt text and a Retry button, never a broken icon; Retry loads it again', async () => {
    const session = await openSession(browser());
    try {
      const { page } = session;
      let attempts = 0;
      await page.route('**/night-street.jpeg', (route) => {
        attempts++;
        return attempts === 1 ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
      });
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const fallback = articleBody(page).locator('[data-image-fallback]');
      await fallback.scrollIntoViewIfNeeded().catch(() => undefined);
      await poll(() => fallback.innerText()).toContain('雨后的街道');
      expect(await articleBody(page).locator('img[src$="night-street.jpeg"]').count()).toBe(0);
      await fallback.getByRole('button', { name: /Retry|重试/ }).click();
      const img = articleBody(page).locator('img[src$="night-street.jpeg"]');
      await poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0).catch(() => false)).toBe(true);
      expect(attempts).toBe(2);
      expect(await fallback.count()).toBe(0);
      const unexpected = session.errors.filter((e) => !/Failed to load resource.*404/.test(e));
      expect({ unexpected, dialogs: session.dialogs, foreign: session.foreignRequests }).toEqual({ unexpected: [], dialogs: [], foreign: [] });
    } finally {
      await session.context.close();
    }
  });
});

describe('zoom', () => {
  test('a click opens the image full size in a modal; focus stays in it; Escape closes and focus returns', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const image = articleBody(page).locator('img').first();
      await image.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.locator('img').getAttribute('src')).toBe(await image.getAttribute('src'));
      const focusInside = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
      await poll(focusInside).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      // A modal dialog makes the page behind it inert: focus is in the dialog, or on the browser itself.
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await poll(() => page.evaluate(() => document.activeElement === document.querySelector('[data-article-body] img'))).toBe(true);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });
  });
});
