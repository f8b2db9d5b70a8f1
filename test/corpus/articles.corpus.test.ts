import path from 'node:path';
import { marked } from 'marked';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articleRoute } from '../e2e/support/app';
import { readSourceArticles, type SourceArticle } from '../e2e/support/fixtures';
import { useBrowser, withPage } from '../e2e/support/page';
import { expectChapters, waitForArticle } from '../e2e/support/reader';

const corpusDir = inject('corpusDir');
const corpusUrl = inject('corpusUrl');
const articles = readSourceArticles(corpusDir);
const browser = useBrowser();

/** The body as HTML: a body that is already HTML as is, a Markdown file's other bodies through Markdown. */
function bodyHtml(article: SourceArticle): string {
  const markdown = ['.md', '.markdown'].includes(path.extname(article.file).toLowerCase());
  if (!markdown || article.body.trimStart().startsWith('<')) return article.body;
  return marked.parse(article.body, { async: false });
}

let parserPage: Promise<Page> | undefined;

/**
 * A blank page of its own for DOMParser: parsing raw articles inside the app's page would log
 * that page's CSP violations (inline styles) as if the app had caused them.
 */
function blankPage(): Promise<Page> {
  parserPage ??= browser().newPage();
  return parserPage;
}

/**
 * The chapters CONTRACTS.md defines, worked out by the browser's own parser from the raw source:
 * the `<h1>` headings, else the highest heading level present; `label="正文"` and empty headings excluded.
 */
function expectedChapters(page: Page, html: string): Promise<string[]> {
  return page.evaluate((html) => {
    const normalize = (text: string | null) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const headings = [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
      (h) => h.getAttribute('label') !== '正文' && normalize(h.textContent) !== '',
    );
    if (headings.length === 0) return [];
    const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
    return headings.filter((h) => Number(h.tagName[1]) === top).map((h) => normalize(h.textContent));
  }, html);
}

/** True when the raw body shows a reader nothing (real feeds post an empty `<div>`): no text, no image. */
function showsNothing(page: Page, html: string): Promise<boolean> {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const text = (doc.body.textContent ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
    return text === '' && doc.body.querySelector('img') === null;
  }, html);
}

describe(`every article of ${corpusDir}`, () => {
  test('the corpus is not empty', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  test.each(articles.map((article) => [article.file, article] as const))('%s', async (_file, article) => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(corpusUrl + articleRoute(article.id));
      if (await showsNothing(await blankPage(), bodyHtml(article))) {
        // An article with nothing to show says so, rather than showing a blank page.
        await page.locator('.article-empty').waitFor();
      } else {
        await waitForArticle(page);
        const chapters = await expectedChapters(await blankPage(), bodyHtml(article));
        await expectChapters(page, chapters);
      }
    });
  });
});
