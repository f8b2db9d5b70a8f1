import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation, type LoaderFunctionArgs } from 'react-router';
import { siteIndexQuery } from '../../features/articles/api/get-article-index';
import { ArticleListPage } from '../../features/articles/components/article-list-page';
import { loadList } from '../../features/articles/utils/load-list';
import { requestPathname } from '../../lib/base-url';
import { categoryFromPathname } from '../../shared/paths';

/** Loads the entry index and the category's first page; an unknown category is an empty state, not an error. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  await loadList(queryClient, categoryFromPathname(requestPathname(request)));
  return null;
};

/** `/category/<path>`: the articles in a category and below it. */
export default function CategoryRoute() {
  const { data: site } = useSuspenseQuery(siteIndexQuery());
  // The raw pathname keeps `%2F` inside a level apart from the `/` between levels.
  const { pathname } = useLocation();
  const category = useMemo(() => categoryFromPathname(pathname) ?? [''], [pathname]);
  return <ArticleListPage site={site} category={category} />;
}
