import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll } from './poll';

/** One link of `nav[data-chapters]`. */
export interface ChapterLink {
  title: string;
  href: string;
  /** The decoded fragment: the id of the heading it points at. */
  id: string;
}

/** The element holding the rendered article body. */
export function articleBody(page: Page): Locator {
  return page.locator('[data-article-body]');
}

/** Waits until the article body is shown and holds something (text, or an image for a picture-only post); returns its text. */
export async function waitForArticle(page: Page): Promise<string> {
  const body = articleBody(page).first();
  await body.waitFor({ state: 'visible', timeout: 15_000 });
  await poll(() => body.evaluate((element) => (element as HTMLElement).innerText.trim() !== '' || element.querySelector('img') !== null), {
      message: 'the article body is not empty',
    })
    .toBe(true);
  return body.innerText();
}

/** Collapses whitespace the way a reader sees it. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Every link of the chapter navigation, in order. */
export async function readChapterLinks(page: Page): Promise<ChapterLink[]> {
  const raw = await page
    .locator('nav[data-chapters] a')
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
  return raw.map(({ title, href }) => {
    const hash = href.lastIndexOf('#');
    let id = hash >= 0 ? href.slice(hash + 1) : '';
    try {
      id = decodeURIComponent(id);
    } catch {
      // Leave a malformed escape as written; the id check will then fail and show it.
    }
    return { title: normalizeText(title), href, id };
  });
}

/** For each chapter id: the text of the heading with that id inside the article body, or null. */
export function headingTexts(page: Page, ids: readonly string[]): Promise<(string | null)[]> {
  return page.evaluate((ids) => {
    const body = document.querySelector('[data-article-body]');
    return ids.map((id) => {
      const target = document.getElementById(id);
      if (!target || !body?.contains(target) || !/^H[1-6]$/.test(target.tagName)) return null;
      return (target.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    });
  }, ids);
}

/** Asserts the chapter navigation lists `titles` in order, each linking to a heading of that text in the body. */
export async function expectChapters(page: Page, titles: readonly string[]): Promise<ChapterLink[]> {
  await poll(async () => (await readChapterLinks(page)).map((link) => link.title)).toEqual(titles);
  const links = await readChapterLinks(page);
  for (const link of links) expect(link.href, `chapter link ${link.title}`).toMatch(/#[^#]+$/);
  expect(await headingTexts(page, links.map((link) => link.id))).toEqual(titles);
  return links;
}

/** The top of the element with this id relative to the viewport, or null. */
export function topOf(page: Page, id: string): Promise<number | null> {
  return page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? null, id);
}

/** Waits until the heading with this id sits at the top of the viewport (within its upper quarter). */
export async function expectHeadingAtTop(page: Page, id: string): Promise<number> {
  const height = page.viewportSize()?.height ?? 800;
  let last: number | null = null;
  await poll(
      async () => {
        last = await topOf(page, id);
        return last !== null && last >= -2 && last <= height * 0.25 ? 'at top' : `top is ${last}`;
      },
    )
    .toBe('at top');
  return last ?? 0;
}

/** Decoded fragment of the page URL. */
export function hashOf(page: Page): string {
  const hash = new URL(page.url()).hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/** Indexes of the chapter links that carry `aria-current` (other than "false"). */
export function currentChapters(page: Page): Promise<number[]> {
  return page.locator('nav[data-chapters] a').evaluateAll((links) =>
    links.flatMap((a, i) => {
      const value = a.getAttribute('aria-current');
      return value !== null && value !== 'false' ? [i] : [];
    }),
  );
}
