import { queryOptions } from '@tanstack/react-query';
import { FORMAT_VERSION, type Article, type ArticleSummary } from '../../../shared/article-types';
import { checkFormatVersion, DataFormatError, fetchBuiltJson } from './fetch-json';

type Located = Pick<ArticleSummary, 'id' | 'dataUrl'>;

/** Fetches one article (body and summary) from its data URL. */
export async function getArticle({ id, dataUrl }: Located, signal?: AbortSignal): Promise<Article> {
  const data = await fetchBuiltJson(dataUrl, signal);
  checkFormatVersion(data, FORMAT_VERSION, `Article ${id}`);
  const article = data as Article;
  if (article.id !== id || typeof article.html !== 'string' || article.summary?.id !== id) {
    throw new DataFormatError(`${dataUrl} does not hold article ${id}`);
  }
  return article;
}

/** Query options for one article; content-hashed files never go stale. */
export function articleQuery(located: Located) {
  return queryOptions({
    queryKey: ['article', located.id],
    queryFn: ({ signal }) => getArticle(located, signal),
    staleTime: Infinity,
  });
}

/** The full summary of a fetched article, as the reader shows it. */
export function summaryOf(article: Article, dataUrl: string): ArticleSummary {
  return { ...article.summary, dataUrl };
}
