import type { SearchManifest } from '../../../shared/search-types';
import { categoryTerm, distinctTerms, queryGroups, termShard } from '../../../shared/search-tokenize';

/** What a query needs: its terms (each once), grouped by query word, the category term, and their shards. */
export interface SearchPlan {
  terms: string[];
  /** The terms of each query word (a CJK word's bigrams), for ranking whole words first. */
  groups: string[][];
  filterTerm: string | null;
  shardNumbers: number[];
}

/** Works out which shards a query (and its category filter) must download. */
export function planSearch(manifest: SearchManifest, query: string, category: string[] | null): SearchPlan {
  const groups = queryGroups(query);
  const terms = distinctTerms(groups);
  const filterTerm = category && category.length > 0 ? categoryTerm(category) : null;
  const wanted = filterTerm ? [...terms, filterTerm] : terms;
  const shardNumbers = [...new Set(wanted.map((term) => termShard(term, manifest.shards.length)))].sort((a, b) => a - b);
  return { terms, groups, filterTerm, shardNumbers };
}
