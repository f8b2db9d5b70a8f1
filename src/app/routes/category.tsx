import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { articleIndexQuery } from '../../features/articles/api/get-article-index';
import { ArticleListPage } from '../../features/articles/components/article-list-page';
import { categoryFromPathname } from '../../shared/paths';

/** Loads the index; an unknown category is an empty state on the page, not an error. */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(articleIndexQuery());
  return null;
};

/** `/category/<path>`: the articles in a category and below it. */
export default function CategoryRoute() {
  const { data: index } = useSuspenseQuery(articleIndexQuery());
  // The raw pathname keeps `%2F` inside a level apart from the `/` between levels.
  const { pathname } = useLocation();
  const category = useMemo(() => categoryFromPathname(pathname) ?? [''], [pathname]);
  return <ArticleListPage index={index} category={category} />;
}
