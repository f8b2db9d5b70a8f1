/** Version of the article JSON written by the pipeline; bump when the shape changes. */
export const FORMAT_VERSION = 1;

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

/** One article's full data, as fetched from `ArticleSummary.dataUrl`. */
export interface Article {
  formatVersion: number;
  id: string;
  /** Body HTML, normalized at build time; still untrusted, sanitize before use. */
  html: string;
}

/** A node of the category tree, as Hexo builds it. */
export interface CategoryNode {
  name: string;
  /** Levels from the top, this node's name last. */
  path: string[];
  /** Articles in this category and every category below it. */
  count: number;
  children: CategoryNode[];
}

/** The bundled index: every summary (newest first, undated last) and the category tree. */
export interface ArticleIndex {
  formatVersion: number;
  articles: ArticleSummary[];
  categories: CategoryNode[];
}
