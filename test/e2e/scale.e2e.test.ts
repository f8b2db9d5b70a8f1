import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSources, writeCorpus } from '../../scripts/bench/synth-files';
import type { ListPage, SiteIndex } from '../../src/shared/article-types';
import { card, cardIds, routeOf } from './support/app';
import { FIXTURE_ARTICLES } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';
import { articleBody } from './support/reader';
import { buildAndServe, stopPreview, type PreviewServer } from './support/server';

// Above the list's virtualization threshold and the pipeline's worker threshold.
const COUNT = 1200;
const browser = useBrowser();
let corpus: string;
let server: PreviewServer;
let site: SiteIndex;
let lastId: string;

const readJson = <T,>(relative: string): T => JSON.parse(readFileSync(path.join(server.outDir, relative), 'utf8')) as T;

beforeAll(async () => {
  corpus = mkdtempSync(path.join(tmpdir(), 'folio-scale-e2e-'));
  writeCorpus(readSources(FIXTURE_ARTICLES).sources, corpus, { count: COUNT, seed: 'scale-e2e' });
  server = await buildAndServe(corpus, '/');
  const indexFile = readdirSync(path.join(server.outDir, 'assets/articles')).find((name) => name.startsWith('index-'))!;
  site = readJson<SiteIndex>(`assets/articles/${indexFile}`);
  lastId = readJson<ListPage>(site.pages.at(-1)!).articles.at(-1)!.id;
}, 300_000);
afterAll(async () => {
  if (server) await stopPreview(server);
  rmSync(corpus, { recursive: true, force: true });
});

describe(`a list of ${COUNT} articles`, () => {
  test('renders only the cards near the viewport and fetches data in proportion to them', async () => {
    expect(site.total).toBe(COUNT);
    await withPage(browser(), async ({ page }) => {
      const articleData: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/articles\/l-/.test(request.url())) articleData.push(request.url());
      });
      await page.goto(server.url);
      await poll(() => cardIds(page).then((ids) => ids.length)).toBeGreaterThan(3);
      expect((await cardIds(page)).length).toBeLessThan(60);
      expect((await cardIds(page))[0]).toBe(site.firstPage[0].id);
      // The first page is inlined in the index: no list page is needed to show the top of the list.
      expect(articleData).toEqual([]);
    });
  });

  test('scrolls to the end, opens the last article, and comes back to the same place', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(server.url);
      await poll(() => cardIds(page).then((ids) => ids.length)).toBeGreaterThan(3);
      await poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return cardIds(page);
      }, { timeout: 30_000 }).toContain(lastId);
      const before = await page.evaluate(() => window.scrollY);
      await card(page, lastId).getByRole('link').first().click();
      await poll(() => routeOf(page, server.url)).toMatch(/^\/?article\//);
      await poll(async () => ((await articleBody(page).textContent()) ?? '').trim().length).toBeGreaterThan(0);
      await page.goBack();
      await poll(() => routeOf(page, server.url)).toMatch(/^\/?$/);
      const where = () => page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight].join(' '));
      await poll(async () => `${await where()} ${(await cardIds(page)).includes(lastId)}`).toMatch(/true$/);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(200);
    });
  });

  test('hovering a card fetches its article before it is opened', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(server.url);
      const first = site.firstPage[3];
      const fetched = page.waitForRequest((request) => request.url().endsWith(first.dataUrl));
      await card(page, first.id).hover();
      await fetched;
    });
  });
});
