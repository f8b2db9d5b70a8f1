import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll } from './poll';

/** Each level URL-encoded on its own, joined with `/` (CONTRACTS.md: routes). */
export function encodeLevels(levels: readonly string[]): string {
  return levels.map((level) => encodeURIComponent(level)).join('/');
}

/** `category/<levels>`, relative to the app's base URL. */
export function categoryRoute(levels: readonly string[]): string {
  return `category/${encodeLevels(levels)}`;
}

/** `article/<id levels>`, relative to the app's base URL. */
export function articleRoute(id: string): string {
  return `article/${encodeLevels(id.split('/'))}`;
}

/** `embed/<id levels>`, relative to the app's base URL. */
export function embedRoute(id: string): string {
  return `embed/${encodeLevels(id.split('/'))}`;
}

/** The article cards on the page. */
export function cards(page: Page): Locator {
  return page.locator('[data-article-card]');
}

/** `data-id` of every card, in document order. */
export function cardIds(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
}

/** The filter control of one category path (`data-name` is the path joined with `/`, unencoded). */
export function categoryControl(page: Page, levels: readonly string[]): Locator {
  return page.locator(`[data-category][data-name=${JSON.stringify(levels.join('/'))}]`);
}

/** Waits until the list shows exactly `ids` (in any order) and returns the ids it shows, in order. */
export async function expectCardIds(page: Page, ids: readonly string[], ordered = false): Promise<void> {
  const want = ordered ? [...ids] : [...ids].sort();
  await poll(async () => {
      const got = await cardIds(page);
      return ordered ? got : got.sort();
    })
    .toEqual(want);
}

/** Clicks a category's filter control, opening its parents first if the app only shows them on demand. */
export async function clickCategory(page: Page, levels: readonly string[]): Promise<void> {
  const target = categoryControl(page, levels).first();
  if (!(await target.isVisible())) {
    for (let depth = 1; depth < levels.length; depth++) {
      const parent = categoryControl(page, levels.slice(0, depth)).first();
      if (await target.isVisible()) break;
      if (await parent.isVisible()) await parent.click();
    }
  }
  await target.click();
}

/** The path of the page's URL below `baseUrl` (e.g. `category/%E6%96%B0`), query and hash excluded. */
export function routeOf(page: Page, baseUrl: string): string {
  const url = new URL(page.url());
  const base = new URL(baseUrl);
  expect(url.origin).toBe(base.origin);
  // A router's link to its root may drop the base's trailing slash (`/reader`): still the list.
  if (url.pathname === base.pathname.replace(/\/$/, '')) return '';
  expect(url.pathname.startsWith(base.pathname), `${url.pathname} is below ${base.pathname}`).toBe(true);
  return url.pathname.slice(base.pathname.length).replace(/\/+$/, '');
}

/** The card of one article. */
export function card(page: Page, id: string): Locator {
  return page.locator(`[data-article-card][data-id=${JSON.stringify(id)}]`);
}

/** Opens an article from its card: the card itself when it is the link, else the card's link named by the title. */
export async function openFromCard(page: Page, id: string, title: string): Promise<void> {
  const target = card(page, id).first();
  await target.waitFor();
  const isLink = await target.evaluate((element) => element.matches('a[href], [role="link"]'));
  if (isLink) await target.click();
  else await target.getByRole('link', { name: title }).first().click();
}

/**
 * Clicks a visible link to the list of all articles: its href is the base URL (a router may
 * write it without the trailing slash, which is still the app's root).
 */
export async function followLinkHome(page: Page, baseUrl: string): Promise<void> {
  const links = page.getByRole('link').filter({ visible: true });
  const bare = baseUrl.replace(/\/$/, '');
  const index = await links.evaluateAll(
    (anchors, homes) => anchors.findIndex((a) => homes.includes((a as HTMLAnchorElement).href)),
    [baseUrl, bare],
  );
  expect(index, `a visible link back to ${baseUrl}`).toBeGreaterThanOrEqual(0);
  await links.nth(index).click();
}
