import type { SearchShard } from '../../../shared/search-types';
import { termShard } from '../../../shared/search-tokenize';

/** One ranked hit: a doc number and its score. */
export interface Hit {
  doc: number;
  score: number;
}

/** Decodes a term's delta-encoded postings into doc → weight. */
export function postingsOf(shards: readonly (SearchShard | undefined)[], term: string): Map<number, number> {
  const docs = new Map<number, number>();
  // Terms are keys of a parsed JSON object: `Object.hasOwn` keeps `constructor` from matching.
  const terms = shards[termShard(term, shards.length)]?.terms;
  if (!terms || !Object.hasOwn(terms, term)) return docs;
  const list = terms[term];
  let doc = 0;
  for (let i = 0; i + 1 < list.length; i += 2) {
    doc += list[i];
    docs.set(doc, list[i + 1]);
  }
  return docs;
}

function sumOver(lists: Map<number, number>[], docs: Iterable<number>): Hit[] {
  const hits: Hit[] = [];
  for (const doc of docs) {
    let score = 0;
    for (const list of lists) score += list.get(doc) ?? 0;
    hits.push({ doc, score });
  }
  return hits;
}

/**
 * Ranks docs for `terms` (AND; when no doc has every term, OR), optionally only those in
 * `filter`. `shards` is indexed by shard number; only the query's shards need to be present.
 */
export function rank(
  shards: readonly (SearchShard | undefined)[],
  terms: readonly string[],
  filter: Map<number, number> | null,
): { hits: Hit[]; allTerms: boolean } {
  const lists = terms.map((term) => postingsOf(shards, term));
  const smallest = [...lists].sort((a, b) => a.size - b.size)[0] ?? new Map<number, number>();
  const inFilter = (doc: number) => filter === null || filter.has(doc);
  const all = [...smallest.keys()].filter((doc) => inFilter(doc) && lists.every((list) => list.has(doc)));
  let hits = sumOver(lists, all);
  const allTerms = hits.length > 0 || lists.length === 0;
  if (!allTerms) {
    const any = new Set<number>();
    for (const list of lists) for (const doc of list.keys()) if (inFilter(doc)) any.add(doc);
    hits = sumOver(lists, any);
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { hits, allTerms };
}
