/**
 * What the search index needs from one article: its weighted terms and the row a result shows.
 * Computed where the article is built (a worker thread for large folders), so the main thread
 * only merges postings.
 */
import type { ArticleSummary } from '../shared/article-types.ts';
import { WEIGHT_BODY, WEIGHT_META, WEIGHT_TITLE, type SearchDoc } from '../shared/search-types.ts';
import { categoryTerm, tokenize } from '../shared/search-tokenize.ts';

/** Characters of text kept per doc for the snippet; the result fetches the article for a match further in. */
const SNIPPET_CHARS = 160;
/** Body characters indexed per article: enough for the subject, bounded index size. */
export const BODY_CHARS = 4000;
/** The largest weight: every field at once (the bits are described in search-types.ts). */
export const MAX_WEIGHT = WEIGHT_TITLE + WEIGHT_META + WEIGHT_BODY;

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
  for (const token of tokenize(bodyText.slice(0, BODY_CHARS))) {
    weights.set(token, Math.min(WEIGHT_BODY, (weights.get(token) ?? 0) + 1));
  }
  const flag = (tokens: Iterable<string>, bit: number) => {
    for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) | bit);
  };
  flag(tokenize(summary.title, true), WEIGHT_TITLE);
  flag(tokenize([summary.author ?? '', ...summary.tags, ...summary.categories.flat()].join(' ')), WEIGHT_META);
  for (const path of summary.categories) {
    for (let depth = 1; depth <= path.length; depth++) weights.set(categoryTerm(path.slice(0, depth)), 0);
  }
  return weights;
}

/** The row a search result shows; `dataUrl` lets the result fetch the article as the reader does. */
export function searchDoc(summary: SummaryFields, bodyText: string, dataUrl: string): SearchDoc {
  return {
    id: summary.id,
    title: summary.title,
    author: summary.author,
    date: summary.date,
    categories: summary.categories.map((path) => path.join(' / ')),
    text: (summary.excerpt || bodyText).slice(0, SNIPPET_CHARS),
    dataUrl,
  };
}

/** Everything the index needs from one article, in a form that crosses threads cheaply. */
export function docTerms(summary: SummaryFields, bodyText: string, dataUrl: string): DocTerms {
  const weighed = weighDoc(summary, bodyText);
  return { terms: [...weighed.keys()], weights: [...weighed.values()], doc: searchDoc(summary, bodyText, dataUrl) };
}
