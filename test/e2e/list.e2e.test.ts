import { describe, expect, inject, test } from 'vitest';
import { card, cardIds, cards, categoryControl, categoryRoute, clickCategory, expectCardIds, followLinkHome, openFromCard, routeOf } from './support/app';
import { fixture, inCategory, newestFirst, readSourceArticles } from './support/fixtures';
import { useBrowser, withPage } from './support/page';
import { normalizeText } from './support/reader';
import { poll } from './support/poll';

const articles = readSourceArticles();
const rootUrl = inject('rootUrl');
const browser = useBrowser();

const idsIn = (levels: readonly string[]) => articles.filter((a) => inCategory(a, levels)).map((a) => a.id);

describe('article list', () => {
  test('shows every article newest first, undated last, each card with its id and title', async () => {
    const expected = newestFirst(articles);
    // The fixtures are built so these orderings are what the test is about.
    expect(expected.at(-1)).toBe(fixture('undated.html', articles).id);
    expect(expected.indexOf('two-shelves')).toBeLessThan(expected.indexOf('special-category-names'));
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await expectCardIds(page, expected, true);
      for (const article of articles) {
        const text = normalizeText((await card(page, article.id).textContent()) ?? '');
        expect(text, `card ${article.id}`).toContain(normalizeText(article.title));
      }
    });
  });
});

describe('category filter', () => {
  test('a category shows its own articles and those of every category below it', async () => {
    const top = ['新媒体'];
    const middle = ['新媒体', '鸟哥笔记'];
    // No fixture sits directly in 新媒体: every match comes from a sub-category.
    expect(articles.some((a) => a.categories.some((p) => p.length === 1 && p[0] === '新媒体'))).toBe(false);
    expect(idsIn(top).length).toBeGreaterThan(idsIn(middle).length);
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles));
      await clickCategory(page, top);
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(top));
      await expectCardIds(page, idsIn(top));
      await clickCategory(page, middle);
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(middle));
      await expectCardIds(page, idsIn(middle));
    });
  });

  test('a list of lists puts one article in several categories', async () => {
    await withPage(browser(), async ({ page }) => {
      for (const levels of [['读书笔记'], ['技术'], ['技术', '前端']]) {
        await page.goto(rootUrl);
        await expectCardIds(page, newestFirst(articles));
        await clickCategory(page, levels);
        await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(levels));
        await expectCardIds(page, idsIn(levels));
        expect(await cardIds(page)).toContain('two-shelves');
      }
    });
  });

  test.each([[['编程语言', 'C/C++']], [['问答 #1?']], [['100% 干货']]])(
    'category %j round-trips through its URL and a reload',
    async (levels) => {
      const expected = idsIn(levels);
      expect(expected).toEqual(['special-category-names']);
      await withPage(browser(), async ({ page }) => {
        await page.goto(rootUrl);
        await expectCardIds(page, newestFirst(articles));
        await clickCategory(page, levels);
        await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(levels));
        await expectCardIds(page, expected);
        await page.reload();
        expect(routeOf(page, rootUrl)).toBe(categoryRoute(levels));
        await expectCardIds(page, expected);
        await page.goto(rootUrl + categoryRoute(levels));
        await expectCardIds(page, expected);
        await poll(() => categoryControl(page, levels).count()).toBeGreaterThan(0);
      });
    },
  );

  test('on a phone the tree is built when the filter is first opened, and chooses as on a wide screen', async () => {
    const top = ['新媒体'];
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles));
      // Hidden behind the toggle, the tree is not in the first render at all (thousands of elements in a large archive).
      expect(await page.locator('[data-category]').count()).toBe(0);
      const toggle = page.getByRole('button', { name: 'Filter by category' });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await categoryControl(page, top).first().click();
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(top));
      await expectCardIds(page, idsIn(top));
      // Choosing closed the panel, which names the choice; opening it again shows the choice marked.
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.textContent()).toContain(top[0]);
      await toggle.click();
      expect(await categoryControl(page, top).first().getAttribute('aria-current')).toBe('page');
    }, { viewport: { width: 390, height: 844 } });
  });

  test('the filter can be cleared', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + categoryRoute(['读书笔记']));
      await expectCardIds(page, idsIn(['读书笔记']));
      const clear = page
        .locator('[data-category][data-name=""]')
        .or(page.getByRole('link', { name: /全部|所有|清除|^all\b|all articles|show all|clear/i }))
        .or(page.getByRole('button', { name: /全部|所有|清除|^all\b|all articles|show all|clear/i }));
      await poll(() => clear.count(), { message: 'a control that clears the category filter' }).toBeGreaterThan(0);
      await clear.first().click();
      await poll(() => routeOf(page, rootUrl)).toBe('');
      await expectCardIds(page, newestFirst(articles), true);
    });
  });

  test('an unknown category shows an empty state, not an error', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + categoryRoute(['没有这个分类', 'nope']), { waitUntil: 'networkidle' });
      await poll(async () => normalizeText(await page.locator('body').innerText()).length).toBeGreaterThan(0);
      expect(await cards(page).count()).toBe(0);
      await followLinkHome(page, rootUrl);
      await expectCardIds(page, newestFirst(articles), true);
    });
  });

  test('back and forward keep the filter, also after reading an article', async () => {
    const first = ['新媒体'];
    const second = ['读书笔记'];
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles));
      await clickCategory(page, first);
      await expectCardIds(page, idsIn(first));
      await clickCategory(page, second);
      await expectCardIds(page, idsIn(second));
      await page.goBack();
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(first));
      await expectCardIds(page, idsIn(first));
      await page.goForward();
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(second));
      await expectCardIds(page, idsIn(second));

      const target = fixture('notes/plain-text.txt', articles);
      await openFromCard(page, target.id, target.title);
      await poll(() => routeOf(page, rootUrl)).toBe('article/notes/plain-text');
      await page.locator('[data-article-body]').waitFor();
      await page.goBack();
      await poll(() => routeOf(page, rootUrl)).toBe(categoryRoute(second));
      await expectCardIds(page, idsIn(second));
    });
  });

  test('a list opened by URL after an article in the same tab starts at the top, and a reload keeps its place', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(rootUrl + 'article/long-read');
      await page.locator('[data-article-body]').waitFor();
      await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
      await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      // Both pages are fresh loads in one tab: the article's offset must not carry over to the list.
      await page.goto(rootUrl);
      await expectCardIds(page, newestFirst(articles));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // A page's own offset still comes back on reload.
      await page.evaluate(() => window.scrollTo({ top: 400, behavior: 'instant' }));
      await poll(() => page.evaluate(() => window.scrollY)).toBe(400);
      await page.reload();
      await expectCardIds(page, newestFirst(articles));
      await poll(() => page.evaluate(() => window.scrollY)).toBe(400);
    }, { viewport: { width: 1280, height: 600 } });
  });
});
