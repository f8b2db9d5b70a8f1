import type { QueryClient } from '@tanstack/react-query';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { useArticleAt } from '../../features/articles/hooks/use-article-at';
import { loadArticle } from '../../features/articles/utils/article-route';
import { ReaderPage } from '../../features/reader/components/reader-page';

/** Looks the id up in its lookup shard and loads the article; an unknown id throws a 404 Response. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await loadArticle(queryClient, request, '/article/');
  return null;
};

function LoadedArticle({ pathname }: { pathname: string }) {
  const { summary, article } = useArticleAt(pathname, '/article/');
  return <ReaderPage summary={summary} article={article} />;
}

/** `/article/<id>`: the reader. */
export default function ArticleRoute() {
  const { pathname } = useLocation();
  return <LoadedArticle key={pathname} pathname={pathname} />;
}
