/**
 * Turns a built article into what ships: its content-hashed JSON file and its summary with the
 * file's URL, plus its search terms. Runs where the article was built (often a worker thread),
 * and writes the file itself when given a folder, so the archive's bodies never pile up in
 * the main thread's memory.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_VERSION, type Article, type ArticleSummary } from '../shared/article-types.ts';
import { contentHash } from './build-lists.ts';
import { docTerms, type DocTerms } from './search-terms.ts';
import type { BuiltArticle } from './types.ts';

/** Where packed articles go. */
export interface PackOptions {
  /** URL folder of the article files, relative to the base URL (`assets/articles`). */
  urlDir: string;
  /** When set, each article's JSON is written to `<writeDir>/<its URL>` instead of returned. */
  writeDir?: string;
}

/** An article ready to list and index; its body is on disk or in `json`. */
export interface PackedArticle {
  summary: ArticleSummary;
  /** The article JSON, when it was not written to disk. */
  json?: string;
  /** The body's first blocks of text, for the prerendered page. */
  lead: string[];
  /** Search data; dropped once merged into the index. */
  search?: DocTerms;
}

/** Serializes, names (by content hash) and, with `writeDir`, writes one article. */
export function packArticle(built: BuiltArticle, pack: PackOptions): PackedArticle {
  const { summary, html, text, lead } = built;
  const article: Article = { formatVersion: FORMAT_VERSION, id: summary.id, html, summary };
  const json = JSON.stringify(article);
  const dataUrl = `${pack.urlDir}/${contentHash(json)}.json`;
  if (pack.writeDir) writeFileSync(path.join(pack.writeDir, dataUrl), json);
  return {
    summary: { ...summary, dataUrl },
    json: pack.writeDir ? undefined : json,
    lead,
    search: docTerms(summary, text, dataUrl),
  };
}
