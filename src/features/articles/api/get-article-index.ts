import { queryOptions } from '@tanstack/react-query';
import { indexUrl } from 'virtual:folio-articles';
import { FORMAT_VERSION, type ArticleIndex } from '../../../shared/article-types';
import { checkFormatVersion, fetchBuiltJson } from './fetch-json';

/** Fetches the bundled index of every article and the category tree. */
export async function getArticleIndex(signal?: AbortSignal): Promise<ArticleIndex> {
  const data = await fetchBuiltJson(indexUrl, signal);
  checkFormatVersion(data, FORMAT_VERSION, 'The article index');
  return data as ArticleIndex;
}

/** Query options for the index; its file name is content-hashed, so it never goes stale. */
export function articleIndexQuery() {
  return queryOptions({
    queryKey: ['article-index'],
    queryFn: ({ signal }) => getArticleIndex(signal),
    staleTime: Infinity,
  });
}
