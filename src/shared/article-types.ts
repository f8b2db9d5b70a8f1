/**
 * Version of the article JSON written by the pipeline; bump when the shape changes.
 * 2: the index is split into a small entry (`SiteIndex`), list pages and id lookup shards.
 * 3: lists hold `ListEntry` (no chapters, tags, source file or update date: only the article needs them).
 */
export const FORMAT_VERSION = 3;

/** Name of the `<meta>` in index.html whose content is the entry index's URL (relative to the base URL). */
export const INDEX_META_NAME = 'folio-index';

/** One entry of an article's chapter navigation. */
export interface Chapter {
  /** Anchor id carried by the heading in the body; always starts with `ch-`. */
  id: string;
  /** Plain text of the heading. */
  title: string;
  /** Heading level (1 for `<h1>`, 2 for `<h2>`...). */
  level: number;
}

/** What the list needs about an article; the index holds one per article. */
export interface ArticleSummary {
  id: string;
  title: string;
  author: string | null;
  /** ISO 8601 instant, or null when the file's date could not be read. */
  date: string | null;
  /**
   * ISO 8601 instant of front matter `updated`, or null. Absent (undefined) in article files
   * built before it existed, which readers may still have cached.
   */
  updated?: string | null;
  /** Category paths, Hexo-style: each is the list of levels from the top. */
  categories: string[][];
  tags: string[];
  /** Cover image URL (https), or null for the placeholder. */
  cover: string | null;
  excerpt: string;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
  chapters: Chapter[];
  /** The source file, relative to ARTICLES_DIR, for messages and "view source". */
  source: string;
  /** URL of the article's JSON, relative to the app's base URL. */
  dataUrl: string;
}

/** What a list shows of an article: its summary without what only the reader uses. */
export type ListEntry = Omit<ArticleSummary, 'chapters' | 'tags' | 'source' | 'updated'>;

/** One article's full data, as fetched from `ArticleSummary.dataUrl`. */
export interface Article {
  formatVersion: number;
  id: string;
  /** Body HTML, normalized at build time; still untrusted, sanitize before use. */
  html: string;
  /** The article's summary, so a reader opened by URL needs no list page. */
  summary: Omit<ArticleSummary, 'dataUrl'>;
}

/** A node of the category tree, as Hexo builds it. */
export interface CategoryNode {
  name: string;
  /** Levels from the top, this node's name last. */
  path: string[];
  /** Articles in this category and every category below it. */
  count: number;
  children: CategoryNode[];
  /** URLs of this category's list pages (`ListPage`), newest first; set in the built index. */
  pages?: string[];
}

/** One page of a list (all articles, or one category), newest first. */
export interface ListPage {
  formatVersion: number;
  articles: ListEntry[];
}

/** One shard of the id → data URL lookup; the shard of an id is `lookupShard(id, shards)`. */
export interface LookupShard {
  formatVersion: number;
  entries: [id: string, dataUrl: string][];
}

/**
 * The entry file the app loads first: the category tree with counts and page URLs, the first
 * page of all articles, and where the rest lives. Its size follows the tree, not the archive.
 */
export interface SiteIndex {
  formatVersion: number;
  /** Number of articles. */
  total: number;
  /** Articles per list page. */
  pageSize: number;
  /** URLs of the pages of all articles, newest first; the first is also inlined below. */
  pages: string[];
  firstPage: ListEntry[];
  categories: CategoryNode[];
  /** URLs of the id lookup shards. */
  lookup: string[];
  /** URL of the search manifest (`SearchManifest`), or null when there is none. */
  search: string | null;
}

/** Every summary (newest first, undated last) and the category tree, assembled from every list page. */
export interface ArticleIndex {
  formatVersion: number;
  /** URLs of the list pages of all articles (`SiteIndex.pages`). */
  pages: string[];
  articles: ListEntry[];
  categories: CategoryNode[];
}
