import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute, cards, categoryRoute, embedRoute } from './support/app';
import { useBrowser } from './support/page';
import { poll } from './support/poll';
import { openPwaSession, waitForController } from './support/pwa';
import { readChapterLinks, waitForArticle } from './support/reader';

const rootUrl = inject('rootUrl');
const readerUrl = inject('readerUrl');
const browser = useBrowser();

/** The built index.html's CSP meta tag, as directive name → values. */
async function builtPolicy(baseUrl: string): Promise<{ html: string; policy: Map<string, string[]> }> {
  const html = await (await fetch(baseUrl)).text();
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas.length).toBe(1);
  const policy = new Map(
    metas[0][1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values] as [string, string[]]),
  );
  return { html, policy };
}

describe.each([['/', rootUrl], ['/reader/', readerUrl]])('the built index.html under %s', (_base, baseUrl) => {
  test('carries a strict CSP with Trusted Types, and no inline script', async () => {
    const { html, policy } = await builtPolicy(baseUrl);
    // 'self', plus the prerendered pages' boot and settings scripts by their hashes (never in index.html itself).
    const hash = expect.stringMatching(/^'sha256-[\w+/]+=*'$/);
    expect(policy.get('script-src')).toEqual(["'self'", hash, hash]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(expect.arrayContaining(['folio-sanitizer', 'dompurify']));
    expect([...policy.values()].flat().filter((v) => /unsafe|\*/.test(v))).toEqual([]);
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\ssrc=/.test(attrs) || body.trim())).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/i));
  });
});

/** Starts recording CSP violations before any of the app's scripts run. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.context().addInitScript(() => {
    const seen: string[] = ((window as unknown as { __folioViolations: string[] }).__folioViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __folioViolations: string[] }).__folioViolations);
}

describe('the whole app under its CSP in Chromium', () => {
  test.each([['/', rootUrl], ['/reader/', readerUrl]])(
    'under %s: list, category, reader, chapters, embed and the service worker work, with no violation',
    async (_base, baseUrl) => {
      const session = await openPwaSession(browser());
      const { page } = session;
      try {
        const violations = await recordViolations(page);
        await page.goto(baseUrl);
        await poll(() => cards(page).count()).toBeGreaterThan(0);
        expect(await waitForController(page)).toBe(`${baseUrl}sw.js`);
        await page.goto(baseUrl + categoryRoute(['技术']));
        await poll(() => cards(page).count()).toBeGreaterThan(0);
        for (const id of ['long-read', 'hostile', '36kr-flash']) {
          await page.goto(baseUrl + articleRoute(id));
          expect((await waitForArticle(page)).length).toBeGreaterThan(0);
        }
        await page.goto(baseUrl + articleRoute('long-read'));
        await waitForArticle(page);
        const [, second] = await readChapterLinks(page);
        await page.locator(`[data-chapters] a[href$="#${second.id}"]`).click();
        await poll(() => new URL(page.url()).hash).toBe(`#${second.id}`);
        await page.goto(baseUrl + embedRoute('long-read'));
        await waitForArticle(page);
        expect(await violations()).toEqual([]);
        expect(session.errors).toEqual([]);
        // Enforced, not just declared: a raw string cannot reach an HTML sink, and no other policy can be made.
        const attempts = await page.evaluate(() => {
          const tryIt = (fn: () => unknown) => {
            try {
              fn();
              return 'allowed';
            } catch {
              return 'blocked';
            }
          };
          const tt = (window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => unknown } }).trustedTypes;
          return [tryIt(() => (document.body.innerHTML = '<b>raw</b>')), tryIt(() => tt.createPolicy('evil', { createHTML: (s: string) => s }))];
        });
        expect(attempts).toEqual(['blocked', 'blocked']);
      } finally {
        await session.context.close();
      }
    },
  );
});
