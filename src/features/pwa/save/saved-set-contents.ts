import type { ArticleIndex } from '../../../shared/article-types';
import { findCategoryTrail, isPathPrefix } from '../../articles/utils/index-lookup';

/** The articles a saved-set key names: '' is every article, else a category and those below it. */
export function articlesFor(index: ArticleIndex, key: string) {
  if (key === '') return index.articles;
  const levels = key.split('/');
  return index.articles.filter((article) => article.categories.some((path) => isPathPrefix(levels, path)));
}

/** The list pages that show a saved set's articles: all articles' pages, or the category's own. */
export function listPagesFor(index: ArticleIndex, key: string): string[] {
  if (key === '') return index.pages;
  return findCategoryTrail(index.categories, key.split('/'))?.at(-1)?.pages ?? [];
}
