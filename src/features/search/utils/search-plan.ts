import type { SearchManifest } from '../../../shared/search-types';
import { categoryTerm, queryTerms, termShard } from '../../../shared/search-tokenize';

/** What a query needs: its terms, the category term, and the shard numbers holding them. */
export interface SearchPlan {
  terms: string[];
  filterTerm: string | null;
  shardNumbers: number[];
}

/** Works out which shards a query (and its category filter) must download. */
export function planSearch(manifest: SearchManifest, query: string, category: string[] | null): SearchPlan {
  const terms = queryTerms(query);
  const filterTerm = category && category.length > 0 ? categoryTerm(category) : null;
  const wanted = filterTerm ? [...terms, filterTerm] : terms;
  const shardNumbers = [...new Set(wanted.map((term) => termShard(term, manifest.shards.length)))].sort((a, b) => a - b);
  return { terms, filterTerm, shardNumbers };
}
