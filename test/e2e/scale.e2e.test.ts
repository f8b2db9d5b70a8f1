import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSources, writeCorpus } from '../../scripts/bench/synth-files';
import type { Page } from 'playwright-core';
import { TREE_ROW_BUDGET } from '../../src/features/articles/utils/open-levels';
import type { CategoryNode, ListPage, SiteIndex } from '../../src/shared/article-types';
import { card, cardIds, categoryRoute, routeOf } from './support/app';
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

  test('a tree of hundreds of categories starts folded below the levels that fit, and opens a chosen one', async () => {
    const all = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((node) => [node, ...all(node.children)]);
    const nodes = all(site.categories);
    expect(nodes.length, 'the archive has more categories than the tree shows at first').toBeGreaterThan(TREE_ROW_BUDGET);
    const rows = (page: Page) => page.locator('[data-category]').count();
    await withPage(browser(), async ({ page }) => {
      await page.goto(server.url);
      await poll(() => rows(page)).toBeGreaterThan(0);
      const first = await rows(page);
      expect(first).toBeGreaterThanOrEqual(site.categories.length);
      expect(first).toBeLessThanOrEqual(TREE_ROW_BUDGET);
      // A folded category opens to show its children, which render only now.
      const row = page.locator('.category-row:has(button[aria-expanded="false"])').first();
      const name = await row.locator('[data-category]').getAttribute('data-name');
      const folded = nodes.find((node) => node.path.join('/') === name)!;
      expect(folded.children.length).toBeGreaterThan(0);
      await row.getByRole('button', { name: `Show categories in ${folded.name}` }).click();
      await poll(() => rows(page)).toBe(first + folded.children.length);
      // A deep category opened by its address is in view, every level above it open.
      const deep = nodes.reduce((a, b) => (b.path.length > a.path.length ? b : a));
      await page.goto(new URL(categoryRoute(deep.path), server.url).href);
      const chosen = page.locator('[data-category][aria-current="page"]');
      await chosen.waitFor();
      expect(await chosen.getAttribute('data-name')).toBe(deep.path.join('/'));
      expect(await chosen.isVisible()).toBe(true);
    }, { viewport: { width: 1280, height: 800 } });
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
