import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/shared/article-types';
import { buildCategoryTree, buildFiles, compareArticles } from '../../../src/pipeline/build-index';
import { packArticle } from '../../../src/pipeline/pack-article';
import type { BuiltArticle } from '../../../src/pipeline/types';

function article(id: string, date: string | null, categories: string[][] = []): BuiltArticle {
  const summary: Omit<ArticleSummary, 'dataUrl'> = {
    id, title: id, author: null, date, categories, tags: [], cover: null, excerpt: '', readingMinutes: 1, chapters: [], source: `${id}.md`,
  };
  return { summary, html: `<p>${id}</p>`, text: id, lead: [id], warnings: [] };
}

describe('build-index', () => {
  it('sorts newest first and undated last', () => {
    const list = [article('old', '2020-01-01T00:00:00.000Z'), article('none', null), article('new', '2022-01-01T00:00:00.000Z')];
    const sorted = list.map((a) => ({ ...a.summary, dataUrl: '' })).sort(compareArticles);
    expect(sorted.map((a) => a.id)).toEqual(['new', 'old', 'none']);
  });

  it('counts an article once at every level of its category paths', () => {
    const tree = buildCategoryTree([
      { categories: [['a', 'b'], ['a', 'c']] },
      { categories: [['a', 'b']] },
      { categories: [['__proto__']] },
    ]);
    expect(tree.map((n) => [n.name, n.count])).toEqual([['a', 2], ['__proto__', 1]]);
    expect(tree[0].children.map((n) => [n.path.join('/'), n.count])).toEqual([['a/b', 2], ['a/c', 1]]);
  });

  it('writes content-hashed files below assets/articles only', () => {
    const packed = [article('../../escape', null), article('x', null)].map((a) => packArticle(a, { urlDir: 'assets/articles' }));
    const { files, indexFileName, index } = buildFiles(packed, 'assets');
    for (const name of files.keys()) expect(name).toMatch(/^assets\/articles\/[\w-]+\.json$/);
    expect(indexFileName).toMatch(/^assets\/articles\/index-[\w-]{12}\.json$/);
    expect(index.firstPage.map((a) => a.id)).toEqual(['../../escape', 'x']);
  });
});
