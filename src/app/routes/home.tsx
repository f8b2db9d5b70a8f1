import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { siteIndexQuery } from '../../features/articles/api/get-article-index';
import { ArticleListPage } from '../../features/articles/components/article-list-page';
import { loadList } from '../../features/articles/utils/load-list';

/** Loads the entry index (which inlines the first page) before the list renders. */
export const loader = (queryClient: QueryClient) => async () => {
  await loadList(queryClient, null);
  return null;
};

/** `/`: every article, newest first. */
export default function HomeRoute() {
  const { data: site } = useSuspenseQuery(siteIndexQuery());
  return <ArticleListPage site={site} category={null} />;
}
