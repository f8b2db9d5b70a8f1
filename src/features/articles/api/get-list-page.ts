import { queryOptions } from '@tanstack/react-query';
import { FORMAT_VERSION, type ListEntry, type ListPage } from '../../../shared/article-types';
import { checkFormatVersion, fetchBuiltJson } from './fetch-json';

/** Fetches one page of a list (all articles or one category), newest first. */
export async function getListPage(url: string, signal?: AbortSignal): Promise<ListEntry[]> {
  const data = await fetchBuiltJson(url, signal);
  checkFormatVersion(data, FORMAT_VERSION, `List page ${url}`);
  return (data as ListPage).articles;
}

/** Query options for one list page; content-hashed, so never stale. */
export function listPageQuery(url: string) {
  return queryOptions({
    queryKey: ['list-page', url],
    queryFn: ({ signal }) => getListPage(url, signal),
    staleTime: Infinity,
  });
}
