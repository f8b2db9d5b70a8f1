/** Version of the search files; bump when their shape changes. */
export const SEARCH_FORMAT_VERSION = 1;

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

/** One term shard: term → postings `[doc, weight, doc, weight, ...]`, doc numbers delta-encoded. */
export interface SearchShard {
  formatVersion: number;
  terms: Record<string, number[]>;
}

/** What a result shows about an article. */
export interface SearchDoc {
  id: string;
  title: string;
  date: string | null;
  /** Category paths joined with ` / `. */
  categories: string[];
  /** The start of the article's text, for the snippet. */
  text: string;
}

/** One chunk of the doc table, `docsPerChunk` docs in doc-number order. */
export interface SearchDocChunk {
  formatVersion: number;
  /** `null` where a doc number belongs to a file that was skipped. */
  docs: (SearchDoc | null)[];
}
