import { useSuspenseQuery } from '@tanstack/react-query';
import type { Article, ArticleSummary } from '../../../shared/article-types';
import { articleIdFromPathname } from '../../../shared/paths';
import { articleQuery, summaryOf } from '../api/get-article';
import { articleLocationQuery } from '../api/get-article-location';

/**
 * The article named by a still-encoded pathname. The loader has already thrown a 404 for an
 * unknown id, so a miss here means the URL changed under us; the route's error view takes it.
 */
export function useArticleAt(pathname: string, prefix: string): { summary: ArticleSummary; article: Article } {
  const id = articleIdFromPathname(pathname, prefix);
  const { data: location } = useSuspenseQuery(articleLocationQuery(id ?? ''));
  if (!location) throw new Error(`No article at ${pathname}`);
  const { data: article } = useSuspenseQuery(articleQuery(location));
  return { summary: summaryOf(article, location.dataUrl), article };
}
