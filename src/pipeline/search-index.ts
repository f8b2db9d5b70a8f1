/**
 * Builds the search index: an inverted index term → postings, split by a stable hash of the
 * term into shards, and a doc table split into small chunks by doc number.
 *
 * Hand-made rather than MiniSearch/FlexSearch: their serialized indexes are one blob (or split
 * by field, not by term), so a query would download the whole index — megabytes at 20,000
 * articles. Sharding by term means a query fetches only the shards of its own terms and the
 * doc chunks of the results it shows, and every file is content-hashed, so caches never go stale.
 */
import { SEARCH_FORMAT_VERSION, type SearchDoc, type SearchManifest } from '../shared/search-types';
import { categoryTerm, termShard, tokenize } from '../shared/search-tokenize';
import { addHashed } from './build-lists';
import type { SearchFiles } from './build-index';
import type { BuiltArticle } from './types';

/** Docs per doc-table chunk: small, because a query shows results from many chunks. */
export const DOCS_PER_CHUNK = 32;
/** Characters of text kept per doc for the snippet. */
const SNIPPET_CHARS = 160;
/** Body characters indexed per article: enough for the subject, bounded index size. */
const BODY_CHARS = 4000;
/**
 * Rough target size of a shard, in JSON characters. Small, because a query downloads one shard
 * per term (a CJK query has a term per bigram); 1,024 shards at most keep the manifest small.
 */
const SHARD_TARGET = 4_000;
const MAX_SHARDS = 1024;
const TITLE_WEIGHT = 10;
const META_WEIGHT = 4;
const MAX_WEIGHT = 60;

/** Plain text of normalized body HTML (tags dropped, common entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) =>
      ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Term weights of one article: title beats categories, tags and author, which beat the body. */
export function weighDoc(article: BuiltArticle, bodyText: string): Map<string, number> {
  const { summary } = article;
  const weights = new Map<string, number>();
  const add = (tokens: string[], weight: number) => {
    for (const token of tokens) weights.set(token, Math.min(MAX_WEIGHT, (weights.get(token) ?? 0) + weight));
  };
  add([...new Set(tokenize(summary.title, true))], TITLE_WEIGHT);
  const meta = [summary.author ?? '', ...summary.tags, ...summary.categories.flat()].join(' ');
  add([...new Set(tokenize(meta))], META_WEIGHT);
  add(tokenize(bodyText.slice(0, BODY_CHARS)), 1);
  for (const path of summary.categories) {
    for (let depth = 1; depth <= path.length; depth++) weights.set(categoryTerm(path.slice(0, depth)), 0);
  }
  return weights;
}

function searchDoc(article: BuiltArticle, bodyText: string): SearchDoc {
  const { summary } = article;
  const text = (summary.excerpt || bodyText).slice(0, SNIPPET_CHARS);
  return {
    id: summary.id,
    title: summary.title,
    date: summary.date,
    categories: summary.categories.map((path) => path.join(' / ')),
    text,
  };
}

/** Postings of every term, doc numbers ascending and delta-encoded. */
function invert(weighed: Map<string, number>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  weighed.forEach((weights, doc) => {
    for (const [term, weight] of weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc - (last.get(term) ?? 0), weight);
      last.set(term, doc);
    }
  });
  return postings;
}

/** Shard count: about one per 200 docs, more when the index is big, so each shard stays small. */
export function shardCountFor(docCount: number, indexChars: number): number {
  const wanted = Math.max(Math.ceil(docCount / 200), Math.ceil(indexChars / SHARD_TARGET));
  return Math.min(MAX_SHARDS, Math.max(1, wanted));
}

function writeShards(files: Map<string, string>, dir: string, postings: Map<string, number[]>, docs: number) {
  let chars = 0;
  for (const [term, list] of postings) chars += term.length + list.length * 3 + 6;
  const count = shardCountFor(docs, chars);
  const shards = Array.from({ length: count }, () => ({} as Record<string, number[]>));
  // Sorted terms keep each shard's JSON (and so its hash) independent of article order.
  for (const term of [...postings.keys()].sort()) shards[termShard(term, count)][term] = postings.get(term)!;
  return shards.map((terms) => addHashed(files, dir, 's-', { formatVersion: SEARCH_FORMAT_VERSION, terms }));
}

/** Builds the search files for `articles` under `dir` (`<assetsDir>/articles`). */
export function buildSearchFiles(articles: readonly BuiltArticle[], dir: string): SearchFiles {
  const files = new Map<string, string>();
  // Doc numbers follow the ids, so the output does not depend on the order files were read.
  const sorted = [...articles].sort((a, b) => (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0));
  const texts = sorted.map((article) => htmlToText(article.html));
  const postings = invert(sorted.map((article, doc) => weighDoc(article, texts[doc])));
  const shards = writeShards(files, dir, postings, sorted.length);
  const docChunks: string[] = [];
  for (let start = 0; start < sorted.length; start += DOCS_PER_CHUNK) {
    const docs = sorted.slice(start, start + DOCS_PER_CHUNK).map((a, i) => searchDoc(a, texts[start + i]));
    docChunks.push(addHashed(files, dir, 'd-', { formatVersion: SEARCH_FORMAT_VERSION, docs }));
  }
  const manifest: SearchManifest = {
    formatVersion: SEARCH_FORMAT_VERSION,
    docCount: sorted.length,
    shards,
    docsPerChunk: DOCS_PER_CHUNK,
    docChunks,
  };
  return { manifestUrl: addHashed(files, dir, 'search-', manifest), files };
}
