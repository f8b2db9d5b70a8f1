import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { articleRoute, cards } from './support/app';
import { FIXTURE_ARTICLES, readSourceArticles } from './support/fixtures';
import { useBrowser } from './support/page';
import { poll } from './support/poll';
import { buildInto, cachedUrls, openPersistentSession, openPwaSession, waitForController } from './support/pwa';
import { waitForArticle } from './support/reader';
import { pageTopOf, scrollToY, storedData } from './support/reader-tools';
import { startPreview, stopPreview, type PreviewServer } from './support/server';

const rootUrl = inject('rootUrl');
const readerUrl = inject('readerUrl');
const articles = readSourceArticles();
const browser = useBrowser();

/** The precache list the build wrote into sw.js: `{ url, revision }` entries. */
async function precacheUrls(baseUrl: string): Promise<string[]> {
  const source = await (await fetch(new URL('sw.js', baseUrl))).text();
  return [...source.matchAll(/[{,]\s*"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1]);
}

describe('the built service worker', () => {
  test('precaches the app shell, every route chunk and the index, but no article body', async () => {
    for (const base of [rootUrl, readerUrl]) {
      const urls = await precacheUrls(base);
      expect(urls).toContain('index.html');
      expect(urls).toContain('manifest.webmanifest');
      expect(urls.filter((url) => /^assets\/articles\/index-[\w-]+\.json$/.test(url))).toHaveLength(1);
      // Home and category share one chunk (list-routes).
      for (const chunk of ['list-routes', 'article', 'search', 'embed', 'not-found']) {
        expect(urls.some((url) => new RegExp(`^assets/${chunk}-[\\w-]+\\.js$`).test(url)), chunk).toBe(true);
      }
      // Only the index and its list pages / lookup shards; bodies are bare content hashes.
      const bodies = urls.filter((url) => url.startsWith('assets/articles/') && !/\/(index|l|k)-/.test(url));
      expect(bodies).toEqual([]);
      // Nor the prerendered article pages: once installed, the worker answers navigations itself.
      expect(urls.filter((url) => url.startsWith('article/'))).toEqual([]);
      const sizes = await Promise.all(urls.map(async (url) => (await (await fetch(new URL(url, base))).arrayBuffer()).byteLength));
      console.log(`precache at ${new URL(base).pathname}: ${urls.length} files, ${sizes.reduce((a, b) => a + b, 0)} bytes`);
    }
  });
});

describe('installable app', () => {
  // One real profile for both bases (two origins, so two separate installs): a browser launch each is slow.
  let persistent: ReturnType<typeof openPersistentSession> | undefined;
  afterAll(async () => (await persistent)?.close());
  for (const which of ['rootUrl', 'readerUrl'] as const) {
    test(`Chromium reports no installability errors (${which})`, async () => {
      const base = which === 'rootUrl' ? rootUrl : readerUrl;
      const session = await (persistent ??= openPersistentSession());
      session.errors.length = 0;
      await session.page.goto(base);
      expect(await waitForController(session.page)).toBe(new URL('sw.js', base).href);
      const manifestHref = await session.page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await fetch(new URL(manifestHref ?? '', base))).json();
      const basePath = new URL(base).pathname;
      expect({ start: manifest.start_url, scope: manifest.scope }).toEqual({ start: basePath, scope: basePath });
      expect(manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`))
        .toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      const cdp = await session.context.newCDPSession(session.page);
      await poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
      await cdp.detach();
      expect(session.errors).toEqual([]);
    });
  }
});

describe('offline', () => {
  test('a corrupt cached article is dropped and fetched again, never a blank page', async () => {
    const { context, page } = await openPwaSession(browser());
    try {
      await page.goto(rootUrl);
      await waitForController(page);
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const corrupted = await page.evaluate(async () => {
        let count = 0;
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            if (!/\/assets\/articles\/[\w-]+\.json$/.test(new URL(request.url).pathname)) continue;
            if (/\/(index|l|k|s|d)-/.test(request.url)) continue;
            await cache.put(request, new Response('{"formatVersion": 2, "html": "<p>trunc', { headers: { 'Content-Type': 'application/json' } }));
            count++;
          }
        }
        return count;
      });
      expect(corrupted).toBeGreaterThan(0);
      await page.reload();
      await waitForArticle(page);
      expect(await page.locator('[data-article-body]').innerText()).not.toBe('');
    } finally {
      await context.close();
    }
  });

  test('the list and an opened article reload offline; an unopened one says it is not available', async () => {
    const { context, page } = await openPwaSession(browser());
    try {
      await page.goto(rootUrl);
      await waitForController(page);
      await poll(() => cards(page).count()).toBe(articles.length);
      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      const images = page.locator('[data-article-body] img');
      expect(await images.count()).toBeGreaterThan(0);
      // Lazy images below the fold would wait for a scroll; this test is about caching them.
      await images.evaluateAll((all) => all.forEach((img) => ((img as HTMLImageElement).loading = 'eager')));
      await poll(() => images.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true);

      await context.setOffline(true);
      await page.goto(rootUrl);
      await poll(() => cards(page).count()).toBe(articles.length);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'You are offline' }).count()).toBe(1);
      await page.reload();
      await poll(() => cards(page).count()).toBe(articles.length);

      await page.goto(rootUrl + articleRoute('gallery'));
      await waitForArticle(page);
      await page.reload();
      await waitForArticle(page);
      await images.evaluateAll((all) => all.forEach((img) => ((img as HTMLImageElement).loading = 'eager')));
      await poll(() => images.evaluateAll((all) => all.length > 0 && all.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true);

      const unopened = articles.find((article) => article.file === 'long-read.md')!;
      await page.goto(rootUrl + articleRoute(unopened.id));
      await page.getByRole('heading', { name: 'Not available offline' }).waitFor({ timeout: 15_000 });
      // A wrong id is still "not found", offline or not.
      await page.goto(rootUrl + articleRoute('no-such-article'));
      await page.getByRole('heading', { name: 'Article not found' }).waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
    }
  });

  test('"save for offline" keeps every article readable offline, and can be removed', async () => {
    const { context, page, errors } = await openPwaSession(browser());
    try {
      await page.goto(rootUrl);
      await waitForController(page);
      await page.getByRole('button', { name: 'Offline', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Save for offline' });
      await dialog.waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { sawProgress: boolean };
        w.sawProgress = false;
        new MutationObserver(() => (w.sawProgress ||= !!document.querySelector('dialog progress'))).observe(document.body, {
          subtree: true,
          childList: true,
        });
      });
      await dialog.getByRole('button', { name: 'Download' }).click();
      const saved = dialog.locator('[data-saved-set=""]');
      await saved.waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
      const bytes = Number(await saved.getAttribute('data-bytes'));
      expect(bytes).toBeGreaterThan(1000);
      expect(await saved.innerText()).toContain(`${articles.length} articles`);
      const stored = await cachedUrls(page, 'folio-saved');
      expect(stored.filter((url) => /\/assets\/articles\/[\w-]{12}\.json$/.test(url))).toHaveLength(articles.length);
      // And the list pages of all articles, so a large archive (whose list pages are not
      // installed) can be browsed offline as well as read.
      expect(stored.filter((url) => /\/assets\/articles\/l-[\w-]+\.json$/.test(url)).length).toBeGreaterThan(0);
      console.log(`saved for offline (fixtures): ${stored.length} files, ${bytes} bytes known`);
      await dialog.getByRole('button', { name: 'Close' }).click();

      await context.setOffline(true);
      for (const article of articles) {
        await page.goto(rootUrl + articleRoute(article.id));
        // The one fixture with nothing to show says so instead (reader.e2e.test.ts).
        if (article.file === 'empty-body.html') await page.locator('.article-empty').waitFor();
        else await waitForArticle(page);
      }
      await page.getByRole('button', { name: 'Offline', exact: true }).click();
      await dialog.getByRole('button', { name: /^Remove/ }).click();
      await poll(() => cachedUrls(page, 'folio-saved')).toEqual([]);
      expect(await saved.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

let nextDeployment: Promise<string> | undefined;
afterAll(async () => {
  const dir = await nextDeployment?.catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fixtures plus one new article, built once for both update tests: the deployment they switch to. */
function buildNextDeployment(): Promise<string> {
  return (nextDeployment ??= (async () => {
    const articlesDir = mkdtempSync(path.join(tmpdir(), 'folio-e2e-next-articles-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'folio-e2e-next-dist-'));
    try {
      cpSync(FIXTURE_ARTICLES, articlesDir, { recursive: true });
      writeFileSync(path.join(articlesDir, 'fresh-release.md'), '---\ntitle: Fresh after the update\ndate: 2031-01-01 08:00:00\n---\n\nNew.\n');
      await buildInto(outDir, articlesDir);
      return outDir;
    } finally {
      rmSync(articlesDir, { recursive: true, force: true });
    }
  })());
}

/** Serves a copy of the run's root build; `deploy()` copies the next build over it, as a host would. */
async function serveCurrentDeployment(): Promise<{ server: PreviewServer; deploy: () => Promise<void> }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'folio-e2e-update-dist-'));
  cpSync(inject('rootDir'), outDir, { recursive: true });
  const server = await startPreview(outDir, FIXTURE_ARTICLES, '/');
  const deploy = async () => cpSync(await buildNextDeployment(), outDir, { recursive: true, force: true });
  return { server, deploy };
}

describe('updates', () => {
  test('a new deployment shows "update ready", and one click applies it', async () => {
    const { server, deploy } = await serveCurrentDeployment();
    const { context, page } = await openPwaSession(browser());
    try {
      await page.goto(server.url);
      await waitForController(page);
      await poll(() => cards(page).count()).toBe(articles.length);

      await deploy();
      await page.reload();
      const prompt = page.getByRole('alert').filter({ hasText: 'A new version of Folio is ready.' });
      await prompt.waitFor({ timeout: 30_000 });
      // Until the reader applies it, the old version (and its article list) stays put.
      expect(await cards(page).count()).toBe(articles.length);
      await prompt.getByRole('button', { name: 'Update now' }).click();
      await poll(() => cards(page).count(), { timeout: 30_000 }).toBe(articles.length + 1);
      expect(await page.getByRole('alert').filter({ hasText: 'A new version' }).count()).toBe(0);
    } finally {
      await context.close();
      await stopPreview(server);
    }
    // A production build (the first test) and a worker update on a shared two-core machine.
  }, 180_000);
  test('an update applied while reading keeps the article and the reading position', async () => {
    const { server, deploy } = await serveCurrentDeployment();
    const { context, page } = await openPwaSession(browser());
    const viewportTop = (id: string) => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
    try {
      await page.goto(new URL(articleRoute('long-read'), server.url).href);
      await waitForController(page);
      await waitForArticle(page);
      const ids = await page.locator('nav[data-chapters] a').evaluateAll((links) =>
        links.map((link) => decodeURIComponent(link.getAttribute('href')!.split('#')[1])),
      );
      expect(ids.length).toBeGreaterThan(3);
      await scrollToY(page, (await pageTopOf(page, ids[3])) - 180);
      const before = await viewportTop(ids[3]);
      await poll(() => storedData<Record<string, { chapter: string }>>(page, 'positions').then((p) => p?.['long-read']?.chapter)).toBe(ids[2]);

      await deploy();
      // The reader stays on the page: the app notices the new worker by itself (no reload).
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const prompt = page.getByRole('alert').filter({ hasText: 'A new version of Folio is ready.' });
      await prompt.waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-article-body]').innerText()).not.toBe('');
      await prompt.getByRole('button', { name: 'Update now' }).click();
      await poll(() => page.getByRole('alert').filter({ hasText: 'A new version' }).count(), { timeout: 30_000 }).toBe(0);
      await waitForArticle(page);
      expect(new URL(page.url()).pathname).toBe(`/${articleRoute('long-read')}`);
      await poll(async () => Math.abs((await viewportTop(ids[3])) - before), { timeout: 15_000 }).toBeLessThan(4);
    } finally {
      await context.close();
      await stopPreview(server);
    }
  }, 180_000);
});
