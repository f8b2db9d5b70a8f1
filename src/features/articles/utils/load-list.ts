import type { QueryClient } from '@tanstack/react-query';
import type { SiteIndex } from '../../../shared/article-types';
import { siteIndexQuery } from '../api/get-article-index';
import { listPageQuery } from '../api/get-list-page';
import { findCategoryTrail } from './index-lookup';

let listShown = false;

/** Called once a list is on screen: from then on, list loaders no longer hold navigation for data. */
export function markListShown(): void {
  listShown = true;
}

/**
 * Route loader body for the lists: the entry index and the list's first page (for all articles,
 * inlined in the index). An unknown category loads nothing more: the page says so. A first load
 * waits for the page so it paints complete; once a list is shown, choosing a category answers in
 * the next frame and its cards fill the reserved places as they arrive.
 */
export async function loadList(queryClient: QueryClient, category: string[] | null): Promise<SiteIndex> {
  const site = await queryClient.ensureQueryData(siteIndexQuery());
  if (site.pages[0]) queryClient.setQueryData(listPageQuery(site.pages[0]).queryKey, site.firstPage);
  const first = category ? findCategoryTrail(site.categories, category)?.at(-1)?.pages?.[0] : undefined;
  if (!first) return site;
  // A failure shows in the list itself (it rethrows to the route's error view).
  if (listShown) void queryClient.prefetchQuery(listPageQuery(first));
  else await queryClient.ensureQueryData(listPageQuery(first));
  return site;
}
