import type { QueryClient } from '@tanstack/react-query';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { useArticleAt } from '../../features/articles/hooks/use-article-at';
import { loadArticle } from '../../features/articles/utils/article-route';
import { EmbedPage } from '../../features/embed/components/embed-page';

/** Looks the id up in its lookup shard and loads the article; an unknown id throws a 404 Response. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await loadArticle(queryClient, request, '/embed/');
  return null;
};

function LoadedEmbed({ pathname }: { pathname: string }) {
  const { summary, article } = useArticleAt(pathname, '/embed/');
  return <EmbedPage summary={summary} article={article} />;
}

/** `/embed/<id>`: the article alone, for an iframe on another site. */
export default function EmbedRoute() {
  const { pathname } = useLocation();
  return <LoadedEmbed key={pathname} pathname={pathname} />;
}
