import { queryOptions } from '@tanstack/react-query';
import {
  SEARCH_FORMAT_VERSION,
  type SearchDocChunk,
  type SearchManifest,
  type SearchShard,
} from '../../../shared/search-types';
import { checkFormatVersion, fetchBuiltJson } from '../../articles/api/fetch-json';

async function getSearchFile<T>(url: string, what: string, signal?: AbortSignal): Promise<T> {
  const data = await fetchBuiltJson(url, signal);
  checkFormatVersion(data, SEARCH_FORMAT_VERSION, `${what} ${url}`);
  return data as T;
}

/** Query options for the search manifest; every search file is content-hashed, so never stale. */
export function searchManifestQuery(url: string) {
  return queryOptions({
    queryKey: ['search-manifest', url],
    queryFn: ({ signal }) => getSearchFile<SearchManifest>(url, 'The search manifest', signal),
    staleTime: Infinity,
  });
}

/** Query options for one term shard. */
export function searchShardQuery(url: string) {
  return queryOptions({
    queryKey: ['search-shard', url],
    queryFn: ({ signal }) => getSearchFile<SearchShard>(url, 'Search shard', signal),
    staleTime: Infinity,
  });
}

/** Query options for one chunk of the doc table. */
export function searchDocsQuery(url: string) {
  return queryOptions({
    queryKey: ['search-docs', url],
    queryFn: ({ signal }) => getSearchFile<SearchDocChunk>(url, 'Search docs', signal),
    staleTime: Infinity,
  });
}
