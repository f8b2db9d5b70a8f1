/**
 * What a search result hands the reader it opens: the query and its marks, so the reader can
 * mark the same words in the text and step through them. It travels in the history entry's
 * state, not the URL: a shared or bookmarked link opens the article plain, a reload or "back"
 * keeps the marks.
 */
export interface FindState {
  query: string;
  /** The query's whole words, tried first. */
  words: string[];
  /** The index terms (a word's bigrams), used when no whole word is in the text. */
  terms: string[];
}

// History state outlives app versions and could be anything: read it defensively, within bounds.
const MAX_MARKS = 32;
const MAX_MARK_LENGTH = 64;
const MAX_QUERY_LENGTH = 200;

/** The history state for a link from search to an article. */
export function findStateFor(query: string, words: readonly string[], terms: readonly string[]): { find: FindState } {
  return { find: { query, words: [...words], terms: [...terms] } };
}

function markList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter((mark): mark is string => typeof mark === 'string' && mark.length > 0 && mark.length <= MAX_MARK_LENGTH)
    .slice(0, MAX_MARKS);
}

/** The find request in a location's state, or null when there is none (or it is not one of ours). */
export function readFindState(state: unknown): FindState | null {
  if (typeof state !== 'object' || state === null || !('find' in state)) return null;
  const find = (state as { find: unknown }).find;
  if (typeof find !== 'object' || find === null) return null;
  const { query, words, terms } = find as Record<string, unknown>;
  const wordList = markList(words);
  const termList = markList(terms);
  if (typeof query !== 'string' || !wordList || !termList) return null;
  if (wordList.length === 0 && termList.length === 0) return null;
  return { query: query.slice(0, MAX_QUERY_LENGTH), words: wordList, terms: termList };
}
