import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { articleIndexQuery } from '../../features/articles/api/get-article-index';
import { ArticleListPage } from '../../features/articles/components/article-list-page';

/** Loads the index before the list renders. */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(articleIndexQuery());
  return null;
};

/** `/`: every article, newest first. */
export default function HomeRoute() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  return <ArticleListPage index={index} category={null} />;
}
