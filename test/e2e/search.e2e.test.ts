import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { queryTerms } from '../../src/shared/search-tokenize';
import { articleRoute, cards, encodeLevels } from './support/app';
import { readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { poll } from './support/poll';

const articles = readSourceArticles();
const rootUrl = inject('rootUrl');
const readerUrl = inject('readerUrl');
const browser = useBrowser();

const results = (page: Page) => page.locator('[data-search-result]');
const resultIds = (page: Page) => results(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
const searchBox = (page: Page) => page.getByRole('search').getByRole('searchbox');
const shardName = /\/assets\/articles\/s-[\w-]+\.json$/;
/** An article's own JSON or a lookup shard: what opening an article would fetch. */
const articleData = /\/assets\/articles\/(?:[\w-]{12}|k-[\w-]+)\.json$/;

function byTitle(part: string) {
  const found = articles.find((a) => a.title.includes(part));
  if (!found) throw new Error(`no fixture titled like ${part}`);
  return found;
}

/** Waits until the count is shown and every counted result has its doc loaded (fixtures: under 20). */
async function settled(page: Page): Promise<void> {
  const count = page.locator('[data-search-count]');
  await count.waitFor();
  await poll(async () => (await results(page).count()) === Number(await count.getAttribute('data-search-count')), {
    message: 'every result rendered',
  }).toBe(true);
}

async function searchFromHeader(page: Page, query: string): Promise<void> {
  const arrived = (url: URL) => url.pathname.endsWith('/search') && url.searchParams.get('q') === query;
  // Retried: hydration may reset a value typed into the painted-but-not-yet-live box.
  await poll(async () => {
    if (arrived(new URL(page.url()))) return true;
    await searchBox(page).fill(query);
    await searchBox(page).press('Enter');
    await page.waitForURL(arrived, { timeout: 3_000 }).catch(() => undefined);
    return arrived(new URL(page.url()));
  }, { message: `submitted ${query}` }).toBe(true);
  await settled(page);
}

describe('search', () => {
  test('a Chinese query typed in the header ranks the title hit first, highlighted, and fetches only its shards', async () => {
    const query = '城市夜景';
    const target = byTitle(query);
    await withPage(browser(), async ({ page }) => {
      const shards = new Set<string>();
      page.on('request', (request) => void (shardName.test(request.url()) && shards.add(request.url())));
      await page.goto(rootUrl);
      await searchFromHeader(page, query);
      expect((await resultIds(page))[0]).toBe(target.id);
      const first = results(page).first();
      await poll(() => first.locator('mark').first().textContent()).toBe(query);
      // A link to the reader, not markup from the data.
      expect(await first.getByRole('link').getAttribute('href')).toContain('/article/');
      // One shard per term at most (3 bigrams), out of the 11 the fixture build writes.
      expect(shards.size).toBeGreaterThan(0);
      expect(shards.size).toBeLessThanOrEqual(queryTerms(query).length);
    });
  });

  test('a match deep in a body shows in the snippet, marked, without loading its images; opening it fetches nothing more', async () => {
    const query = '圈地运动';
    const matching = articles.filter((a) => a.body.includes(query));
    expect(matching, 'one fixture holds the query, only far into its body').toHaveLength(1);
    const [target] = matching;
    expect(target.title).not.toContain(query);
    // Far past the 160 characters a result stores of the text.
    expect(target.body.indexOf(query)).toBeGreaterThan(600);
    await withPage(browser(), async ({ page, imageRequests }) => {
      await page.goto(new URL(`search?q=${encodeURIComponent(query)}`, rootUrl).href);
      await settled(page);
      const first = results(page).first();
      expect(await first.getAttribute('data-id')).toBe(target.id);
      await poll(() => first.locator('.search-result-snippet mark').allTextContents(), { message: 'the snippet moved to the match' }).toEqual([query]);
      // The body was read for its text only: its images (toutiaoimg.com) were never asked for.
      expect(imageRequests).toEqual([]);
      const later: string[] = [];
      page.on('request', (request) => void (articleData.test(request.url()) && later.push(request.url())));
      await first.getByRole('link').click();
      await page.locator('[data-article-body]').getByText(query).first().waitFor();
      expect(later, 'the result already fetched the article the reader opens').toEqual([]);
    });
  });

  test('an article opened from a result marks the query in its text and steps through the matches', async () => {
    const query = '互联网';
    const target = byTitle('断腕');
    /** The current match: its index among all marked ones, its text, and where it is in the view. */
    const current = (page: Page) =>
      page.evaluate(() => {
        const all = [...(CSS.highlights.get('folio-find') ?? [])];
        const [range] = [...(CSS.highlights.get('folio-find-current') ?? [])] as Range[];
        const bar = document.querySelector('[data-find-bar]')!.getBoundingClientRect();
        const rect = range.getBoundingClientRect();
        return {
          index: all.indexOf(range),
          text: range.toString(),
          inView: rect.top >= bar.bottom && rect.bottom <= window.innerHeight,
        };
      });
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(new URL(`search?q=${encodeURIComponent(query)}`, rootUrl).href);
      await settled(page);
      await page.locator(`[data-search-result][data-id="${target.id}"]`).getByRole('link').click();
      const bar = page.getByRole('region', { name: 'Search matches in this article' });
      await bar.waitFor();
      // Counted apart from the app: the query's occurrences in the body's text.
      const expected = await page.locator('[data-article-body]').evaluate((el, q) => el.textContent!.split(q).length - 1, query);
      expect(expected).toBeGreaterThan(10);
      expect(await bar.getByRole('status').textContent()).toBe(`${expected} in this article`);
      expect(await bar.textContent()).toContain(`“${query}”`);
      const marked = await page.evaluate(() => [...(CSS.highlights.get('folio-find') ?? [])].map((range) => range.toString()));
      expect(marked).toEqual(Array(expected).fill(query));

      // The marks live in the history entry: a reload keeps them, moving between chapters too.
      await page.reload();
      await bar.waitFor();
      await page.keyboard.press('j');
      await page.waitForURL((url) => url.hash.length > 1);
      // The URL changes before the router scrolls to the chapter: wait for that scroll, then go back up.
      await poll(() => page.evaluate(() => window.scrollY), { message: 'scrolled to the chapter' }).toBeGreaterThan(0);
      expect(await bar.isVisible()).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await poll(() => page.evaluate(() => window.scrollY)).toBe(0);

      // `n` from the top goes to the first match; Shift+N from there wraps to the last, scrolled into view.
      await page.keyboard.press('n');
      expect(await current(page)).toEqual({ index: 0, text: query, inView: true });
      expect(await bar.getByRole('status').textContent()).toBe(`1 of ${expected}`);
      await page.keyboard.press('Shift+N');
      expect(await current(page)).toEqual({ index: expected - 1, text: query, inView: true });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      await bar.getByRole('button', { name: 'Next match (N)' }).click();
      expect(await current(page)).toEqual({ index: 0, text: query, inView: true });

      // Closing unmarks the text, returns focus to the page and retires the keys.
      await bar.getByRole('button', { name: 'Stop marking matches' }).click();
      await bar.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => [CSS.highlights.has('folio-find'), CSS.highlights.has('folio-find-current')])).toEqual([false, false]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Shift+N');
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

      // A link opened any other way (shared, typed) shows the article plain. (Not the same URL
      // typed again: the browser treats that as a reload, which keeps the history entry's state.)
      await page.goto(rootUrl);
      await page.goto(new URL(articleRoute(target.id), rootUrl).href);
      await page.locator('[data-article-body]').getByText(query).first().waitFor();
      expect(await page.locator('[data-find-bar]').count()).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  test('a category or author that matches is marked in the result', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(new URL(`search?q=${encodeURIComponent('读书笔记')}`, rootUrl).href);
      await settled(page);
      const ids = (await resultIds(page)) as string[];
      const shelved = articles.filter((a) => a.categories.some((path) => path.includes('读书笔记'))).map((a) => a.id);
      expect([...ids].sort()).toEqual([...shelved].sort());
      for (const id of ids) {
        const row = page.locator(`[data-search-result][data-id="${id}"]`);
        expect(await row.locator('.search-result-categories mark').allTextContents()).toEqual(['读书笔记']);
      }
      await page.goto(new URL(`search?q=${encodeURIComponent('编辑部')}`, rootUrl).href);
      await settled(page);
      expect(await results(page).first().locator('.search-result-author mark').allTextContents()).toEqual(['编辑部']);
    });
  });

  test('`/` focuses the box unless typing, and a reload or back/forward keeps the results', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await searchBox(page).waitFor();
      // Pressed until it works: the box may be painted before the app has hydrated.
      await poll(async () => {
        await page.keyboard.press('/');
        return searchBox(page).evaluate((el) => el === document.activeElement);
      }, { message: '/ focuses the box' }).toBe(true);
      expect(await searchBox(page).inputValue()).toBe('');
      await searchBox(page).press('/');
      expect(await searchBox(page).inputValue()).toBe('/');
      await searchFromHeader(page, '周报');
      const weekly = await resultIds(page);
      expect(weekly).toContain(byTitle('周报').id);
      // The tab says what was searched: the history list and the tab strip tell searches apart.
      expect(await page.title()).toBe('Results for “周报” · Folio');
      await page.reload();
      await settled(page);
      expect(await resultIds(page)).toEqual(weekly);
      expect(await searchBox(page).inputValue()).toBe('周报');
      await searchFromHeader(page, 'chapters');
      // The old results may still show for a moment after the URL changes: wait for the new ones.
      await poll(() => resultIds(page), { message: 'a new query shows new results' }).not.toEqual(weekly);
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === '周报');
      await poll(() => resultIds(page), { message: 'back shows the first results' }).toEqual(weekly);
    });
  });

  test('a query typed while the first page is still loading stays, focused, when the page arrives', async () => {
    await withPage(browser(), async ({ page }) => {
      // Hold the entry index back, so the first page waits for it while the header is already there.
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/articles\/index-[\w-]+\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(rootUrl);
      await page.locator('.loading-view').waitFor();
      await searchBox(page).fill('周报');
      release();
      await cards(page).first().waitFor();
      expect(await searchBox(page).inputValue()).toBe('周报');
      expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });

  test('the placeholder offers the `/` key only where a keyboard is likely, not on a touch phone', async () => {
    const placeholder = async (touch: boolean) => {
      let shown: string | null = null;
      await withPage(browser(), async ({ page }) => {
        await page.goto(rootUrl);
        await searchBox(page).waitFor();
        // Read once the app has rendered the box (the card list comes from the same render).
        await page.locator('[data-article-card]').first().waitFor();
        shown = await searchBox(page).getAttribute('placeholder');
      }, { touch, viewport: touch ? { width: 390, height: 844 } : undefined });
      return shown;
    };
    expect(await placeholder(false)).toMatch(/\//);
    const onPhone = await placeholder(true);
    expect(onPhone).toBeTruthy();
    expect(onPhone).not.toMatch(/\//);
  });

  test('filters by category, shows an empty state, and works below a base path', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(new URL('search?q=the', readerUrl).href);
      await settled(page);
      const all = (await resultIds(page)) as string[];
      // A top category holding some, not all, of the results: the filter must narrow them.
      const tops = [...new Set(articles.flatMap((a) => a.categories.map((p) => p[0])))];
      const within = (top: string) => all.filter((id) => articles.find((a) => a.id === id)!.categories.some((p) => p[0] === top));
      const top = tops.find((name) => within(name).length > 0 && within(name).length < all.length);
      expect(top, 'a category that narrows the results').toBeDefined();
      await page.getByRole('combobox').selectOption({ value: encodeLevels([top!]) });
      await poll(() => resultIds(page), { message: 'filtered' }).toEqual(within(top!));
      // The category sits in `?c=` as its route levels (`encodeLevels`), so a `/` in a name survives.
      expect(new URL(page.url()).searchParams.get('c')).toBe(encodeLevels([top!]));
      await page.goto(new URL('search?q=zzzqqxnotaword', readerUrl).href);
      await poll(() => page.locator('[data-search-count]').getAttribute('data-search-count')).toBe('0');
      expect(await results(page).count()).toBe(0);
    });
  });
});
