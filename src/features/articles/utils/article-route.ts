import type { QueryClient } from '@tanstack/react-query';
import { requestPathname } from '../../../lib/base-url';
import { articleIdFromPathname } from '../../../shared/paths';
import { articleQuery } from '../api/get-article';
import { articleLocationQuery } from '../api/get-article-location';

/** Route loader body for `/article/<id>` and `/embed/<id>`: lookup shard, then article; 404 if unknown. */
export async function loadArticle(queryClient: QueryClient, request: Request, prefix: string): Promise<void> {
  const id = articleIdFromPathname(requestPathname(request), prefix);
  const location = id === null ? null : await queryClient.ensureQueryData(articleLocationQuery(id));
  if (!location) throw new Response('Article not found', { status: 404, statusText: 'Not Found' });
  await queryClient.ensureQueryData(articleQuery(location));
}
