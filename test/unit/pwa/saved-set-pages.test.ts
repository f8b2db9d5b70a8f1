import { describe, expect, it } from 'vitest';
import { articlesFor, listPagesFor } from '../../../src/features/pwa/save/saved-set-contents';
import type { ArticleIndex, CategoryNode, ListEntry } from '../../../src/shared/article-types';

const node = (path: string[], pages: string[], children: CategoryNode[] = []): CategoryNode => ({
  name: path.at(-1)!, path, count: 1, children, pages,
});
const entry = (id: string, categories: string[][]) => ({ id, categories }) as unknown as ListEntry;

const index: ArticleIndex = {
  formatVersion: 3,
  pages: ['assets/articles/l-all1.json', 'assets/articles/l-all2.json'],
  articles: [entry('a', [['科技', 'AI']]), entry('b', [['科技']]), entry('c', [['生活']])],
  categories: [
    node(['科技'], ['assets/articles/l-tech.json'], [node(['科技', 'AI'], ['assets/articles/l-ai.json'])]),
    node(['生活'], ['assets/articles/l-life.json']),
  ],
};

describe('a saved set', () => {
  it('keeps the list pages that show its articles', () => {
    expect(listPagesFor(index, '')).toEqual(index.pages);
    expect(listPagesFor(index, '科技')).toEqual(['assets/articles/l-tech.json']);
    expect(listPagesFor(index, '科技/AI')).toEqual(['assets/articles/l-ai.json']);
    expect(listPagesFor(index, '科技/none')).toEqual([]);
  });

  it('holds the category and every category below it', () => {
    expect(articlesFor(index, '科技').map((a) => a.id)).toEqual(['a', 'b']);
    expect(articlesFor(index, '').map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
