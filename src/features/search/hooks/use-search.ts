import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchShard } from '../../../shared/search-types';
import { searchManifestQuery, searchShardQuery } from '../api/get-search-files';
import { postingsOf, rank, type Hit } from '../utils/rank';
import { planSearch } from '../utils/search-plan';

/** The outcome of a query: ranked hits, or still loading / failed. */
export interface SearchState {
  hits: Hit[];
  /** False when no article has every term and the hits match any of them. */
  allTerms: boolean;
  terms: string[];
  pending: boolean;
  error: Error | null;
}

/** Runs `query` (filtered by `category`) against the sharded index, fetching only its shards. */
export function useSearch(manifestUrl: string, query: string, category: string[] | null): SearchState {
  const { data: manifest } = useSuspenseQuery(searchManifestQuery(manifestUrl));
  const plan = useMemo(() => planSearch(manifest, query, category), [manifest, query, category]);
  const results = useQueries({ queries: plan.shardNumbers.map((n) => searchShardQuery(manifest.shards[n])) });
  const pending = results.some((r) => r.isPending);
  const error = results.find((r) => r.error)?.error ?? null;
  const datas = results.map((r) => r.data);
  // `results` is a new array each render; this key changes only when a shard arrives.
  const loadedKey = results.map((r) => r.dataUpdatedAt).join();
  const ranked = useMemo(() => {
    if (pending || error) return { hits: [], allTerms: true };
    const shards: (SearchShard | undefined)[] = new Array(manifest.shards.length);
    plan.shardNumbers.forEach((n, i) => (shards[n] = datas[i]));
    const filter = plan.filterTerm ? postingsOf(shards, plan.filterTerm) : null;
    return rank(shards, plan.groups, filter);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, error, plan, manifest, loadedKey]);
  return { ...ranked, terms: plan.terms, pending, error };
}
