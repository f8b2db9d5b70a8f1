import { queryOptions } from '@tanstack/react-query';
import { FORMAT_VERSION, type LookupShard } from '../../../shared/article-types';
import { lookupShard } from '../../../shared/lookup-shard';
import { checkFormatVersion, fetchBuiltJson } from './fetch-json';
import { getSiteIndex } from './get-article-index';

/** Where an article's data lives: all the reader needs to fetch it. */
export interface ArticleLocation {
  id: string;
  dataUrl: string;
}

/** Finds an article's data URL in its lookup shard (a few kB), or null when no article has that id. */
export async function getArticleLocation(id: string, signal?: AbortSignal): Promise<ArticleLocation | null> {
  const site = await getSiteIndex();
  const url = site.lookup[lookupShard(id, site.lookup.length)];
  const data = await fetchBuiltJson(url, signal);
  checkFormatVersion(data, FORMAT_VERSION, `Lookup shard ${url}`);
  const entry = (data as LookupShard).entries.find(([entryId]) => entryId === id);
  return entry ? { id, dataUrl: entry[1] } : null;
}

/** Query options for an id's location; a list that already knows it seeds this query. */
export function articleLocationQuery(id: string) {
  return queryOptions({
    queryKey: ['article-location', id],
    queryFn: ({ signal }) => getArticleLocation(id, signal),
    staleTime: Infinity,
  });
}
