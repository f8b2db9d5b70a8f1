import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { articleQuery } from '../../features/articles/api/get-article';
import { articleIndexQuery } from '../../features/articles/api/get-article-index';
import { loadArticle, summaryForPathname } from '../../features/articles/utils/article-route';
import { EmbedPage } from '../../features/embed/components/embed-page';
import type { ArticleSummary } from '../../shared/article-types';

/** Loads the index and the article; an unknown id throws a 404 Response. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await loadArticle(queryClient, request, '/embed/');
  return null;
};

function LoadedEmbed({ summary }: { summary: ArticleSummary }) {
  const { data: article } = useSuspenseQuery(articleQuery(summary));
  return <EmbedPage summary={summary} article={article} />;
}

/** `/embed/<id>`: the article alone, for an iframe on another site. */
export default function EmbedRoute() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  const summary = summaryForPathname(index, useLocation().pathname, '/embed/');
  return <LoadedEmbed key={summary.id} summary={summary} />;
}
