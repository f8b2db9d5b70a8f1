import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, useBrowser, type Session } from './support/page';
import { poll } from './support/poll';
import { startSanitizerPage, type SanitizerPage } from './support/sanitizer-page';
import { inSharedSession, useSharedSession } from './support/shared-session';
import { XSS_VECTORS } from './support/xss-vectors';

const IMAGE_HOST = 'img.example';
const browser = useBrowser();
// Each vector loads the harness afresh in one shared context: a page load per vector, not a context.
const shared = useSharedSession(browser);
let harness: SanitizerPage;

beforeAll(async () => {
  harness = await startSanitizerPage();
}, 120_000);
afterAll(async () => harness?.close());

async function openHarness(session: Session): Promise<Page> {
  await session.page.goto(harness.url);
  await poll(() => session.page.evaluate(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true)).toBe(true);
  return session.page;
}

/** Renders `html` into the body and waits until its images have settled and two frames have painted. */
function render(page: Page, html: string, raw = false): Promise<string> {
  return page.evaluate(async ([html, raw]) => {
    const out = (window as unknown as { render: (h: string, r: boolean) => string }).render(html, raw);
    const images = [...document.querySelectorAll('[data-article-body] img')] as HTMLImageElement[];
    const settled = (img: HTMLImageElement) =>
      new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.all(images.map((img) => (img.complete ? null : settled(img))));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return out;
  }, [html, raw] as const);
}

const flag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);

describe('the harness can see an attack', () => {
  test('an unsanitized img onerror runs and is detected (so a pass below means something)', async () => {
    const session = await openSession(browser());
    try {
      const page = await openHarness(session);
      await render(page, '<img src="x" onerror="window.__xss=2;alert(2)">', true);
      await poll(() => flag(page)).toBe(2);
      await poll(() => session.dialogs.length).toBeGreaterThan(0);
    } finally {
      await session.context.close();
    }
  });
});

describe(`${XSS_VECTORS.length} XSS vectors through the real sanitizer in Chromium`, () => {
  test('there are at least 40', () => expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(40));

  test.each(XSS_VECTORS)('%s: nothing runs, nothing leaves for another host', async (_name, html) => {
    await inSharedSession(shared, async (session) => {
      const page = await openHarness(session);
      const out = await render(page, html);
      expect(out).not.toMatch(/<(?:script|iframe|object|embed|form|input|base|meta|link|style|svg|math|template|noscript)\b|\son[a-z]+=|javascript:|vbscript:|srcset|\sstyle=/i);
      expect(await flag(page)).toBeNull();
      expect(session.imageRequests.filter((url) => new URL(url).hostname !== IMAGE_HOST)).toEqual([]);
      expect(new URL(page.url()).href).toBe(harness.url);
      // No clobbering: document's own properties are what the browser made them.
      expect(await page.evaluate(() => [typeof document.cookie, document.forms instanceof HTMLCollection, typeof document.getElementById, document.getElementById('root')])).toEqual(['string', true, 'function', null]);
    });
  });
});

describe('links through the real sanitizer', () => {
  test('external links open a new tab without opener/referrer; wrappers are unwrapped; app links stay', async () => {
    await inSharedSession(shared, async (session) => {
      const page = await openHarness(session);
      const origin = new URL(harness.url).origin;
      await render(page, `<a href="https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Fhex.pm%2F">o</a><a href="https://links.jianshu.com/go?to=https%3A%2F%2Fgithub.com%2F">j</a><a href="${origin}/article/other-post#ch-a">in</a><a href="#ch-intro">ch</a><a href="/relative">rel</a>`);
      const links = await page.locator('[data-article-body] a').evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
      expect(links).toEqual([
        ['https://hex.pm/', '_blank', 'noopener noreferrer'],
        ['https://github.com/', '_blank', 'noopener noreferrer'],
        ['/article/other-post#ch-a', null, null],
        ['#ch-intro', null, null],
        [null, null, null],
      ]);
    });
  });
});
