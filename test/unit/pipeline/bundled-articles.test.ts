import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline/build-article';

const ARTICLES = path.resolve(__dirname, '../../../articles');
const files = readdirSync(ARTICLES, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(md|txt|html)$/.test(name));

describe('the bundled articles', () => {
  it.each(files)('%s builds without a warning', (file) => {
    const article = buildArticle(file, readFileSync(path.join(ARTICLES, file), 'utf8'), { timeZone: 'Asia/Shanghai' });
    expect(article.warnings).toEqual([]);
  });

  // Markdown here renders with Hexo's `breaks: true`: a line wrapped in the source becomes a
  // line break on screen, which reads as ragged text on any screen but the editor's.
  it.each(files.filter((name) => name.startsWith('guide')))('%s has no line break inside a paragraph or list item', (file) => {
    const article = buildArticle(file, readFileSync(path.join(ARTICLES, file), 'utf8'), { timeZone: 'Asia/Shanghai' });
    expect(article.html.match(/<(?:p|li)>(?:(?!<\/(?:p|li)>).)*<br>/gs) ?? []).toEqual([]);
  });
});
