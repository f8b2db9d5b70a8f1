import { queryOptions } from '@tanstack/react-query';
import { FORMAT_VERSION, type ArticleIndex, type SiteIndex } from '../../../shared/article-types';
import { checkFormatVersion, fetchBuiltJson } from './fetch-json';
import { getListPage } from './get-list-page';
import { indexUrl } from './index-url';

let siteIndex: Promise<SiteIndex> | undefined;

async function loadSiteIndex(): Promise<SiteIndex> {
  const data = await fetchBuiltJson(indexUrl());
  checkFormatVersion(data, FORMAT_VERSION, 'The article index');
  return data as SiteIndex;
}

/** Fetches the small entry index (tree, counts, first page, shard URLs); once per page load. */
export function getSiteIndex(): Promise<SiteIndex> {
  siteIndex ??= loadSiteIndex();
  // A failed fetch (offline) is not remembered, so the next call retries.
  siteIndex.catch(() => (siteIndex = undefined));
  return siteIndex;
}

/** Query options for the entry index; its file name is content-hashed, so it never goes stale. */
export function siteIndexQuery() {
  return queryOptions({ queryKey: ['site-index'], queryFn: () => getSiteIndex(), staleTime: Infinity });
}

/**
 * Query options for every summary and the tree, assembled from every list page. Costs as much as
 * the archive: for whole-archive work (saving offline), never for a first view.
 */
export function articleIndexQuery() {
  return queryOptions({
    queryKey: ['article-index'],
    queryFn: async ({ signal }): Promise<ArticleIndex> => {
      const site = await getSiteIndex();
      const pages = await Promise.all(site.pages.map((url) => getListPage(url, signal)));
      return { formatVersion: site.formatVersion, pages: site.pages, categories: site.categories, articles: pages.flat() };
    },
    staleTime: Infinity,
  });
}
