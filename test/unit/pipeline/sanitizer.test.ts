// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/lib/sanitize';
import { buildArticle } from '../../../src/pipeline/build-article';
import { collectArticles } from '../../../src/pipeline/collect';
import type { BuiltArticle } from '../../../src/pipeline/types';
import { goldenCases, GOLDEN_TIME_ZONE } from './golden-cases';

// DOMPurify drops ids that name a `document` property (SANITIZE_DOM); the pipeline's `ch-`/`u-`
// namespace must keep every chapter anchor alive through the app's sanitizer and the library defaults.
// import.meta.dirname, not new URL(): under jsdom, URL resolves against http://localhost.
const FIXTURE_ARTICLES = path.join(import.meta.dirname, '../../fixtures/articles');

async function builtArticles(): Promise<BuiltArticle[]> {
  const golden = goldenCases().map((c) => buildArticle(c.relPath, readFileSync(c.sourcePath, 'utf8'), { timeZone: GOLDEN_TIME_ZONE }));
  const fixtures = await collectArticles({ articlesDir: FIXTURE_ARTICLES, timeZone: GOLDEN_TIME_ZONE, strict: false });
  const corpusDir = process.env.CORPUS_DIR;
  const corpus = corpusDir ? (await collectArticles({ articlesDir: corpusDir, timeZone: GOLDEN_TIME_ZONE, strict: false })).articles : [];
  return [...golden, ...fixtures.articles, ...corpus];
}

function missingChapters(article: BuiltArticle, sanitized: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = sanitized;
  return article.summary.chapters
    .filter((chapter) => {
      const heading = template.content.getElementById(chapter.id);
      return heading?.tagName !== `H${chapter.level}` || heading.textContent?.replace(/\s+/g, ' ').trim() !== chapter.title;
    })
    .map((chapter) => `${article.summary.source}#${chapter.id}`);
}

describe('chapter ids survive the real sanitizer', { timeout: 60_000 }, async () => {
  const articles = await builtArticles();
  const library = createDOMPurify(window);

  it('has articles with chapters to check, including ones named like document properties', () => {
    const ids = articles.flatMap((a) => a.summary.chapters.map((c) => c.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual(expect.arrayContaining(['ch-title', 'ch-forms', 'ch-cookie', 'ch-root']));
  });

  it("through the app's sanitizeArticleHtml", () => {
    expect(articles.flatMap((a) => missingChapters(a, sanitizeArticleHtml(a.html).__html))).toEqual([]);
  });

  it('through DOMPurify with its default settings', () => {
    expect(articles.flatMap((a) => missingChapters(a, library.sanitize(a.html)))).toEqual([]);
  });

  it('while raw ids such as title or forms would have been dropped', () => {
    expect(library.sanitize('<h1 id="title">x</h1><h1 id="forms">y</h1>')).toBe('<h1>x</h1><h1>y</h1>');
  });
});
