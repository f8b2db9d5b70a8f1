import type { QueryClient } from '@tanstack/react-query';
import type { ArticleIndex, ArticleSummary } from '../../../shared/article-types';
import { requestPathname } from '../../../lib/base-url';
import { articleIdFromPathname } from '../../../shared/paths';
import { articleQuery } from '../api/get-article';
import { articleIndexQuery } from '../api/get-article-index';
import { findSummary } from './index-lookup';

/** Route loader body for `/article/<id>` and `/embed/<id>`: index, then article; 404 if unknown. */
export async function loadArticle(queryClient: QueryClient, request: Request, prefix: string): Promise<void> {
  const index = await queryClient.ensureQueryData(articleIndexQuery());
  const id = articleIdFromPathname(requestPathname(request), prefix);
  const summary = id === null ? undefined : findSummary(index, id);
  if (!summary) throw new Response('Article not found', { status: 404, statusText: 'Not Found' });
  await queryClient.ensureQueryData(articleQuery(summary));
}

/**
 * The summary named by a still-encoded pathname. The loader has already thrown a 404 for an
 * unknown id, so a miss here means the URL changed under us; the route's error view takes it.
 */
export function summaryForPathname(index: ArticleIndex, pathname: string, prefix: string): ArticleSummary {
  const id = articleIdFromPathname(pathname, prefix);
  const summary = id === null ? undefined : findSummary(index, id);
  if (!summary) throw new Error(`No article at ${pathname}`);
  return summary;
}
