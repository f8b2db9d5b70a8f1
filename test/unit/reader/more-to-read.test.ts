import { describe, expect, it } from 'vitest';
import { pickNeighbors, relatedTrail } from '../../../src/features/reader/utils/more-to-read';
import type { CategoryNode, ListEntry } from '../../../src/shared/article-types';

const entry = (id: string): ListEntry => ({
  id,
  title: id,
  author: null,
  date: null,
  categories: [],
  cover: null,
  excerpt: '',
  readingMinutes: 1,
  dataUrl: `assets/articles/${id}.json`,
});
const list = (...ids: string[]) => ids.map(entry);
const ids = (entries: ListEntry[]) => entries.map((e) => e.id);

const node = (path: string[], count: number, children: CategoryNode[] = []): CategoryNode => ({
  name: path[path.length - 1],
  path,
  count,
  children,
  pages: [`assets/articles/l-${path.join('-')}.json`],
});

describe('pickNeighbors', () => {
  it('takes the articles after the current one first, then the ones before it, nearest first', () => {
    expect(ids(pickNeighbors(list('a', 'b', 'c', 'd', 'e', 'f'), 'c', 3))).toEqual(['d', 'e', 'f']);
    expect(ids(pickNeighbors(list('a', 'b', 'c', 'd', 'e', 'f'), 'e', 3))).toEqual(['f', 'd', 'c']);
    expect(ids(pickNeighbors(list('a', 'b', 'c'), 'c', 4))).toEqual(['b', 'a']);
  });

  it('starts from the top when the article is not on the page, and never returns the article', () => {
    expect(ids(pickNeighbors(list('a', 'b', 'c', 'd'), 'x', 2))).toEqual(['a', 'b']);
    expect(ids(pickNeighbors(list('a'), 'a', 4))).toEqual([]);
    expect(ids(pickNeighbors([], 'a', 4))).toEqual([]);
  });
});

describe('relatedTrail', () => {
  const tree = [
    node(['新媒体'], 5, [node(['新媒体', '36kr'], 3, [node(['新媒体', '36kr', '快讯'], 1)]), node(['新媒体', '鸟哥笔记'], 2)]),
    node(['孤本'], 1),
  ];

  it('is the deepest level of the first path that holds other articles too', () => {
    expect(relatedTrail(tree, [['新媒体', '鸟哥笔记']])?.map((n) => n.name)).toEqual(['新媒体', '鸟哥笔记']);
    expect(relatedTrail(tree, [['新媒体', '36kr', '快讯']])?.map((n) => n.name)).toEqual(['新媒体', '36kr']);
  });

  it('is null for an article alone in its category, without categories, or with an unknown path', () => {
    expect(relatedTrail(tree, [['孤本']])).toBeNull();
    expect(relatedTrail(tree, [])).toBeNull();
    expect(relatedTrail(tree, [['nowhere']])).toBeNull();
  });
});
