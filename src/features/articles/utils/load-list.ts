import type { QueryClient } from '@tanstack/react-query';
import type { SiteIndex } from '../../../shared/article-types';
import { siteIndexQuery } from '../api/get-article-index';
import { listPageQuery } from '../api/get-list-page';
import { findCategoryTrail } from './index-lookup';

/**
 * Route loader body for the lists: the entry index and the list's first page (for all articles,
 * inlined in the index). An unknown category loads nothing more: the page says so.
 */
export async function loadList(queryClient: QueryClient, category: string[] | null): Promise<SiteIndex> {
  const site = await queryClient.ensureQueryData(siteIndexQuery());
  if (site.pages[0]) queryClient.setQueryData(listPageQuery(site.pages[0]).queryKey, site.firstPage);
  const first = category ? findCategoryTrail(site.categories, category)?.at(-1)?.pages?.[0] : undefined;
  if (first) await queryClient.ensureQueryData(listPageQuery(first));
  return site;
}
