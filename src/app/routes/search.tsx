import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { siteIndexQuery } from '../../features/articles/api/get-article-index';
import { searchManifestQuery, searchShardQuery } from '../../features/search/api/get-search-files';
import { SearchPage } from '../../features/search/components/search-page';
import { planSearch } from '../../features/search/utils/search-plan';
import { useI18n } from '../../lib/i18n/use-i18n';
import { decodeLevels } from '../../shared/paths';

/** Loads the entry index, the search manifest and the shards of `?q=`, so a reload shows results at once. */
export const loader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  const site = await queryClient.ensureQueryData(siteIndexQuery());
  if (!site.search) return null;
  const manifest = await queryClient.ensureQueryData(searchManifestQuery(site.search));
  const params = new URL(request.url).searchParams;
  const category = decodeLevels(params.get('c') ?? '');
  const plan = planSearch(manifest, params.get('q') ?? '', category);
  await Promise.all(plan.shardNumbers.map((n) => queryClient.ensureQueryData(searchShardQuery(manifest.shards[n]))));
  return null;
};

/** `/search?q=<query>&c=<category>`: full-text search over every article. */
export default function SearchRoute() {
  const { t } = useI18n();
  const { data: site } = useSuspenseQuery(siteIndexQuery());
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const category = params.get('c') ?? '';
  const onCategoryChange = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('c', value);
    else next.delete('c');
    setParams(next);
  };
  if (!site.search) return <p className="search-hint">{t.searchUnavailable}</p>;
  return (
    <SearchPage
      key={`${query}\u0000${category}`}
      site={site}
      manifestUrl={site.search}
      query={query}
      category={category}
      onCategoryChange={onCategoryChange}
    />
  );
}
