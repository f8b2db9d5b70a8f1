import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SiteIndex } from '../../../shared/article-types';
import { decodeLevels } from '../../../shared/paths';
import { queryWords } from '../../../shared/search-tokenize';
import { searchManifestQuery } from '../api/get-search-files';
import { useSearch } from '../hooks/use-search';
import { SearchCategorySelect } from './search-category-select';
import { SearchResultItem } from './search-result-item';

/** Results shown at first and added per "more": each needs its doc chunk, so not all at once. */
const STEP = 20;
/** Ranked results listed at most; the count still says how many matched. */
const MAX_RESULTS = 50;

interface Props {
  site: SiteIndex;
  manifestUrl: string;
  query: string;
  category: string;
  onCategoryChange: (value: string) => void;
}

/** The results of `query`: count, filter, ranked list with highlighted snippets, empty state. */
export function SearchPage({ site, manifestUrl, query, category, onCategoryChange }: Props) {
  const { t, formatNumber } = useI18n();
  const { data: manifest } = useSuspenseQuery(searchManifestQuery(manifestUrl));
  const path = category ? decodeLevels(category) : null;
  const search = useSearch(manifestUrl, query, path);
  const [shown, setShown] = useState(STEP);
  const hits = search.hits.slice(0, MAX_RESULTS);
  // The whole words of the query mark first, then the bigrams that matched inside longer words.
  const marks = useMemo(() => ({ words: queryWords(query), terms: search.terms }), [query, search.terms]);
  return (
    <section className="search-page" aria-labelledby="search-heading">
      <title>{`${query ? t.searchResultsFor(query) : t.search} · Folio`}</title>
      <h1 id="search-heading">{query ? t.searchResultsFor(query) : t.search}</h1>
      <SearchCategorySelect categories={site.categories} value={category} onChange={onCategoryChange} />
      {search.error && <p role="alert">{t.searchFailed}</p>}
      {search.pending && query && <p aria-busy="true">{t.loading}</p>}
      {!search.pending && !search.error && query && (
        <p className="search-count" role="status" data-search-count={hits.length}>
          {hits.length === 0 ? t.searchNoResults : t.searchCount(formatNumber(search.hits.length))}
          {hits.length > 0 && !search.allTerms && ` ${t.searchPartial}`}
        </p>
      )}
      {!query && <p className="search-hint">{t.searchHint}</p>}
      <ol className="search-results">
        {hits.slice(0, shown).map((hit) => (
          <SearchResultItem key={hit.doc} manifest={manifest} doc={hit.doc} query={query} marks={marks} />
        ))}
      </ol>
      {hits.length > shown && (
        <button type="button" className="search-more" onClick={() => setShown(shown + STEP)}>
          {t.searchMore}
        </button>
      )}
    </section>
  );
}
