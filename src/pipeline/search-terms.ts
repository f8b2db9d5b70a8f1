/**
 * What the search index needs from one article: its weighted terms and the row a result shows.
 * Computed where the article is built (a worker thread for large folders), so the main thread
 * only merges postings.
 */
import type { ArticleSummary } from '../shared/article-types';
import type { SearchDoc } from '../shared/search-types';
import { categoryTerm, tokenize } from '../shared/search-tokenize';

/** Characters of text kept per doc for the snippet. */
const SNIPPET_CHARS = 160;
/** Body characters indexed per article: enough for the subject, bounded index size. */
export const BODY_CHARS = 4000;
const TITLE_WEIGHT = 10;
const META_WEIGHT = 4;
/** Weights fit in 6 bits, so a posting packs doc and weight into one small integer. */
export const MAX_WEIGHT = 60;

/** One article's search data: parallel term and weight lists, and its result row. */
export interface DocTerms {
  terms: string[];
  weights: number[];
  doc: SearchDoc;
}

type SummaryFields = Pick<ArticleSummary, 'id' | 'title' | 'author' | 'date' | 'tags' | 'categories' | 'excerpt'>;

/** Term weights of one article: title beats categories, tags and author, which beat the body. */
export function weighDoc(summary: SummaryFields, bodyText: string): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (tokens: Iterable<string>, weight: number) => {
    for (const token of tokens) weights.set(token, Math.min(MAX_WEIGHT, (weights.get(token) ?? 0) + weight));
  };
  add(new Set(tokenize(summary.title, true)), TITLE_WEIGHT);
  const meta = [summary.author ?? '', ...summary.tags, ...summary.categories.flat()].join(' ');
  add(new Set(tokenize(meta)), META_WEIGHT);
  add(tokenize(bodyText.slice(0, BODY_CHARS)), 1);
  for (const path of summary.categories) {
    for (let depth = 1; depth <= path.length; depth++) weights.set(categoryTerm(path.slice(0, depth)), 0);
  }
  return weights;
}

/** The row a search result shows. */
export function searchDoc(summary: SummaryFields, bodyText: string): SearchDoc {
  return {
    id: summary.id,
    title: summary.title,
    date: summary.date,
    categories: summary.categories.map((path) => path.join(' / ')),
    text: (summary.excerpt || bodyText).slice(0, SNIPPET_CHARS),
  };
}

/** Everything the index needs from one article, in a form that crosses threads cheaply. */
export function docTerms(summary: SummaryFields, bodyText: string): DocTerms {
  const weighed = weighDoc(summary, bodyText);
  return { terms: [...weighed.keys()], weights: [...weighed.values()], doc: searchDoc(summary, bodyText) };
}
