import { WEIGHT_BODY, WEIGHT_META, WEIGHT_TITLE, type SearchShard } from '../../../shared/search-types';
import { distinctTerms, termShard } from '../../../shared/search-tokenize';

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

/** Total weights stay below this, so a word score outranks any total (63 × 1,040 terms fit). */
const TIE_SPAN = 1 << 16;
const FIELDS = WEIGHT_TITLE | WEIGHT_META;

/**
 * How well a doc holds one query word, from the weights of the word's terms (a CJK word's
 * bigrams): the word can only be whole inside one field, so a field counts when every term is
 * in it, and the body holds the word at most as often as its rarest bigram. A title holding
 * one bigram of the word, or bigrams scattered over title and body, counts for nothing here.
 */
function wordScore(weights: readonly number[], group: readonly number[]): number {
  let fields = FIELDS;
  let body = WEIGHT_BODY;
  for (const i of group) {
    fields &= weights[i];
    body = Math.min(body, weights[i] & WEIGHT_BODY);
  }
  return fields + body;
}

/** Scores docs: the sum of their word scores first, then the sum of every term's weight. */
function scoreDocs(lists: Map<number, number>[], groups: readonly (readonly number[])[], docs: Iterable<number>): Hit[] {
  const hits: Hit[] = [];
  const weights = new Array<number>(lists.length);
  for (const doc of docs) {
    let total = 0;
    lists.forEach((list, i) => (total += weights[i] = list.get(doc) ?? 0));
    let words = 0;
    for (const group of groups) words += wordScore(weights, group);
    hits.push({ doc, score: words * TIE_SPAN + Math.min(total, TIE_SPAN - 1) });
  }
  return hits;
}

/**
 * Ranks docs for a query given as `groups`, the terms of each of its words (AND over every term;
 * when no doc has them all, OR), optionally only docs in `filter`. `shards` is indexed by shard
 * number; only the query's shards need to be present.
 */
export function rank(
  shards: readonly (SearchShard | undefined)[],
  groups: readonly (readonly string[])[],
  filter: Map<number, number> | null,
): { hits: Hit[]; allTerms: boolean } {
  const terms = distinctTerms(groups);
  const lists = terms.map((term) => postingsOf(shards, term));
  const termGroups = groups.filter((group) => group.length > 0).map((group) => group.map((term) => terms.indexOf(term)));
  const smallest = [...lists].sort((a, b) => a.size - b.size)[0] ?? new Map<number, number>();
  const inFilter = (doc: number) => filter === null || filter.has(doc);
  const all = [...smallest.keys()].filter((doc) => inFilter(doc) && lists.every((list) => list.has(doc)));
  let hits = scoreDocs(lists, termGroups, all);
  const allTerms = hits.length > 0 || lists.length === 0;
  if (!allTerms) {
    const any = new Set<number>();
    for (const list of lists) for (const doc of list.keys()) if (inFilter(doc)) any.add(doc);
    hits = scoreDocs(lists, termGroups, any);
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { hits, allTerms };
}
