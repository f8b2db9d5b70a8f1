import { queryOptions } from '@tanstack/react-query';
import { FORMAT_VERSION, type Article, type ArticleSummary } from '../../../shared/article-types';
import { checkFormatVersion, DataFormatError, fetchBuiltJson } from './fetch-json';

/** Fetches one article's body from the file its summary names. */
export async function getArticle(summary: ArticleSummary, signal?: AbortSignal): Promise<Article> {
  const data = await fetchBuiltJson(summary.dataUrl, signal);
  checkFormatVersion(data, FORMAT_VERSION, `Article ${summary.id}`);
  const article = data as Article;
  if (article.id !== summary.id || typeof article.html !== 'string') {
    throw new DataFormatError(`${summary.dataUrl} does not hold article ${summary.id}`);
  }
  return article;
}

/** Query options for one article; content-hashed files never go stale. */
export function articleQuery(summary: ArticleSummary) {
  return queryOptions({
    queryKey: ['article', summary.id],
    queryFn: ({ signal }) => getArticle(summary, signal),
    staleTime: Infinity,
  });
}
