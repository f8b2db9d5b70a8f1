/**
 * Version of the search files; bump when their shape changes.
 * 2: weights say which field a term is in (title, meta, body count); a doc has its author and data URL.
 */
export const SEARCH_FORMAT_VERSION = 2;

/** Where the search files live; `SiteIndex.search` points at this file. */
export interface SearchManifest {
  formatVersion: number;
  /** Number of indexed articles (doc numbers run from 0). */
  docCount: number;
  /** URLs of the term shards; a term lives in `shards[termShard(term, shards.length)]`. */
  shards: string[];
  /** Docs per doc-table chunk; doc `n` lives in `docChunks[Math.floor(n / docsPerChunk)]`. */
  docsPerChunk: number;
  docChunks: string[];
}

/**
 * What a posting's weight holds, in 6 bits: whether the term is in the title, whether it is in the
 * categories, tags or author, and how often it is in the body (at most `WEIGHT_BODY`). So a
 * title hit outweighs any other, a category hit any body count, and the ranking can tell in
 * which field all of a word's bigrams occur together.
 */
export const WEIGHT_TITLE = 32;
export const WEIGHT_META = 16;
export const WEIGHT_BODY = 15;

/** One term shard: term → postings `[doc, weight, doc, weight, ...]`, doc numbers delta-encoded. */
export interface SearchShard {
  formatVersion: number;
  terms: Record<string, number[]>;
}

/** What a result shows about an article. */
export interface SearchDoc {
  id: string;
  title: string;
  author: string | null;
  date: string | null;
  /** Category paths joined with ` / `. */
  categories: string[];
  /** The start of the article's text (or its description), for the snippet. */
  text: string;
  /** URL of the article's JSON (`ArticleSummary.dataUrl`), to cut the snippet from the whole text. */
  dataUrl: string;
}

/** One chunk of the doc table, `docsPerChunk` docs in doc-number order. */
export interface SearchDocChunk {
  formatVersion: number;
  /** `null` where a doc number belongs to a file that was skipped. */
  docs: (SearchDoc | null)[];
}
