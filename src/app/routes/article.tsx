import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { articleQuery } from '../../features/articles/api/get-article';
import { articleIndexQuery } from '../../features/articles/api/get-article-index';
import { loadArticle, summaryForPathname } from '../../features/articles/utils/article-route';
import { ReaderPage } from '../../features/reader/components/reader-page';
import type { ArticleSummary } from '../../shared/article-types';

/** Loads the index and the article; an unknown id throws a 404 Response. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await loadArticle(queryClient, request, '/article/');
  return null;
};

function LoadedArticle({ summary }: { summary: ArticleSummary }) {
  const { data: article } = useSuspenseQuery(articleQuery(summary));
  return <ReaderPage summary={summary} article={article} />;
}

/** `/article/<id>`: the reader. */
export default function ArticleRoute() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  const summary = summaryForPathname(index, useLocation().pathname, '/article/');
  return <LoadedArticle key={summary.id} summary={summary} />;
}
