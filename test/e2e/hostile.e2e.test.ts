import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_OUTCOMES, OWN_IMAGE_HOST } from '../fixtures/hostile/outcomes';
import { articleRoute, cards, embedRoute } from './support/app';
import { useBrowser, type Session } from './support/page';
import { poll } from './support/poll';
import { waitForArticle } from './support/reader';
import { inSharedSession, useSharedSession } from './support/shared-session';
import { buildAndServe, REPO_ROOT, stopPreview, type PreviewServer } from './support/server';

const HOSTILE = path.join(REPO_ROOT, 'test/fixtures/hostile');
const browser = useBrowser();
// None of the rendered hostile files sets an id, so each id is its file name without the extension.
const rendered = Object.keys(HOSTILE_OUTCOMES)
  .filter((file) => HOSTILE_OUTCOMES[file] === 'rendered')
  .map((file) => ({ file, id: file.replace(/\.[^.]+$/, '') }));
let server: PreviewServer;

beforeAll(async () => void (server = await buildAndServe(HOSTILE, '/')));
afterAll(async () => server && (await stopPreview(server)));

/** Hosts every request of the shared session went to, since the test began. */
const hosts = new Set<string>();
/** Records CSP violations and every request's host, before any script of the page runs. */
async function watch(session: Session): Promise<void> {
  await session.context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __folioViolations: string[] }).__folioViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  session.page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol)) hosts.add(url.hostname);
  });
}

// One context for all the articles (each test loads its page afresh), watched from its first page.
const shared = useSharedSession(browser, watch);

/** Runs one test in the shared session, counting only the hosts its own pages asked. */
function inWatched(body: (session: Session) => Promise<void>): Promise<void> {
  return inSharedSession(shared, async (session) => {
    hosts.clear();
    await body(session);
  });
}

/** What a payload would have changed if it had run, plus the app's own integrity. */
function integrity(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __folioPwned?: unknown; __folioViolations: string[] };
    const body = document.querySelector('[data-article-body]');
    // The app's own ids (outside the article) are unique, and the article reuses none of them.
    const appIds = [...document.querySelectorAll('[id]')].filter((e) => !body?.contains(e)).map((e) => e.id);
    const articleIds = new Set([...(body?.querySelectorAll('[id]') ?? [])].map((e) => e.id));
    const positioned = [...(body?.querySelectorAll('*') ?? [])].filter((e) => /fixed|sticky/.test(getComputedStyle(e).position));
    return {
      pwned: w.__folioPwned ?? null,
      scriptViolations: w.__folioViolations.filter((v) => /script|trusted-types/.test(v)),
      roots: document.querySelectorAll('#root').length,
      appIdClashes: appIds.filter((id, i) => appIds.indexOf(id) !== i || articleIds.has(id)),
      documentProps: [
        typeof document.cookie === 'string',
        document.forms instanceof HTMLCollection,
        typeof document.getElementById === 'function',
        document.body instanceof HTMLBodyElement,
        document.defaultView === window,
        document.currentScript === null,
        document.images instanceof HTMLCollection,
      ],
      positionedInBody: positioned.map((e) => e.tagName),
      bodyBackground: getComputedStyle(document.body).backgroundColor,
    };
  });
}

const CLEAN = {
  pwned: null,
  scriptViolations: [],
  roots: 1,
  appIdClashes: [],
  documentProps: [true, true, true, true, true, true, true],
  positionedInBody: [],
  bodyBackground: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/),
};

/** The app header is visible at the top and is what a click at its left, centre and right would hit. */
async function expectHeaderOnTop(page: Page): Promise<void> {
  const header = page.getByRole('banner').first();
  expect(await header.isVisible()).toBe(true);
  const hits = await header.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const y = box.top + Math.min(box.height / 2, 20);
    return [box.left + 10, box.left + box.width / 2, box.right - 10].map((x) => element.contains(document.elementFromPoint(x, y)));
  });
  expect({ top: (await header.boundingBox())!.y, hits }).toEqual({ top: 0, hits: [true, true, true] });
}

/** Every request of this test went to the site itself or the articles' own image host. */
function expectOnlyOwnHosts(): void {
  expect([...hosts].filter((host) => host !== '127.0.0.1' && host !== OWN_IMAGE_HOST)).toEqual([]);
}

describe('hostile articles in Chromium', () => {
  test('the list shows every rendered article, with HTML in titles as text, and nothing runs', async () => {
    await inWatched(async ({ page }) => {
      await page.goto(server.url, { waitUntil: 'networkidle' });
      await poll(() => cards(page).count()).toBe(rendered.length);
      expect(await page.getByText('<script>', { exact: false }).count()).toBeGreaterThan(0);
      expect(await integrity(page)).toEqual(CLEAN);
      await expectHeaderOnTop(page);
      expectOnlyOwnHosts();
    });
  });

  test.each(rendered.map((a) => [a.file, a.id]))('reader: %s stays inert and inside its box', async (file, id) => {
    await inWatched(async ({ page }) => {
      const url = server.url + articleRoute(id);
      await page.goto(url);
      await waitForArticle(page);
      await page.waitForLoadState('networkidle');
      // A meta refresh waits one second; outlast it once, where one was written.
      if (file === 'xss-meta-refresh.html') await page.waitForTimeout(1500);
      await page.mouse.move(400, 400);
      expect(await integrity(page)).toEqual(CLEAN);
      expect(page.url()).toBe(url);
      await expectHeaderOnTop(page);
      expectOnlyOwnHosts();
      // The header's home link still works after all of that.
      await page.getByRole('banner').getByRole('link').first().click();
      await poll(() => page.url()).toBe(server.url);
    });
  });

  test.each(rendered.map((a) => [a.file, a.id]))('embed: %s stays inert', async (_file, id) => {
    await inWatched(async ({ page }) => {
      const url = server.url + embedRoute(id);
      await page.goto(url);
      await waitForArticle(page);
      await page.waitForLoadState('networkidle');
      // The embed has no app header, so its ids and background are not the app's to check.
      const { pwned, scriptViolations, roots, documentProps, positionedInBody } = CLEAN;
      expect(await integrity(page)).toMatchObject({ pwned, scriptViolations, roots, documentProps, positionedInBody });
      expect(page.url()).toBe(url);
      expectOnlyOwnHosts();
    });
  });
});
