import type { ArticleIndex } from '../../../shared/article-types';

/** The articles a saved-set key names: '' is every article, else a category and those below it. */
export function articlesFor(index: ArticleIndex, key: string) {
  if (key === '') return index.articles;
  const levels = key.split('/');
  return index.articles.filter((article) =>
    article.categories.some((path) => levels.every((level, i) => path[i] === level)),
  );
}

/** The list pages that show a saved set's articles: all articles' pages, or the category's own. */
export function listPagesFor(index: ArticleIndex, key: string): string[] {
  if (key === '') return index.pages;
  const levels = key.split('/');
  let nodes = index.categories;
  let node;
  for (const level of levels) {
    node = nodes.find((candidate) => candidate.name === level);
    if (!node) return [];
    nodes = node.children;
  }
  return node?.pages ?? [];
}
