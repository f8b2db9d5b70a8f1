/**
 * Builds the search index: an inverted index term → postings, split by a stable hash of the
 * term into shards, and a doc table split into small chunks by doc number.
 *
 * Hand-made rather than MiniSearch/FlexSearch: their serialized indexes are one blob (or split
 * by field, not by term), so a query would download the whole index — megabytes at 20,000
 * articles. Sharding by term means a query fetches only the shards of its own terms and the
 * doc chunks of the results it shows, and every file is content-hashed, so caches never go stale.
 */
import { SEARCH_FORMAT_VERSION, type SearchDoc, type SearchManifest } from '../shared/search-types.ts';
import { termShard } from '../shared/search-tokenize.ts';
import { addHashed, type FileSink } from './build-lists.ts';
import type { SearchFiles } from './build-index.ts';
import { MAX_WEIGHT, type DocTerms } from './search-terms.ts';

/** Docs per doc-table chunk: small, because a query shows results from many chunks. */
export const DOCS_PER_CHUNK = 32;
/**
 * Rough target size of a shard, in JSON characters. Small, because a query downloads one shard
 * per term (a CJK query has a term per bigram); 1,024 shards at most keep the manifest small.
 */
const SHARD_TARGET = 4_000;
const MAX_SHARDS = 1024;
/** A posting is `doc * WEIGHT_SPAN + weight`: one small integer instead of two array slots. */
const WEIGHT_SPAN = MAX_WEIGHT + 1;

/** Shard count: about one per 200 docs, more when the index is big, so each shard stays small. */
export function shardCountFor(docCount: number, indexChars: number): number {
  const wanted = Math.max(Math.ceil(docCount / 200), Math.ceil(indexChars / SHARD_TARGET));
  return Math.min(MAX_SHARDS, Math.max(1, wanted));
}

/** `[delta, weight, ...]` of packed postings, doc numbers ascending. */
function encode(packed: number[]): number[] {
  const sorted = Int32Array.from(packed).sort();
  const out = new Array<number>(sorted.length * 2);
  let last = 0;
  sorted.forEach((posting, i) => {
    const doc = Math.floor(posting / WEIGHT_SPAN);
    out[2 * i] = doc - last;
    out[2 * i + 1] = posting % WEIGHT_SPAN;
    last = doc;
  });
  return out;
}

/**
 * Collects docs in any order (doc numbers are stable: the article's file index), then writes
 * the shards and doc chunks. Postings are packed integers, so 20,000 articles fit in memory.
 */
export class SearchIndexBuilder {
  private readonly postings = new Map<string, number[]>();
  private readonly docs: (SearchDoc | null)[] = [];

  /** Adds doc number `doc` (a gap in the numbers is a file that was skipped). */
  add(doc: number, { terms, weights, doc: row }: DocTerms): void {
    this.docs[doc] = row;
    terms.forEach((term, i) => {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(doc * WEIGHT_SPAN + weights[i]);
    });
  }

  /**
   * Writes the search files under `dir` to `files` and returns the manifest's URL. Postings are
   * let go as their shard is written, so the index is never in memory twice.
   */
  build(dir: string, files: FileSink, docCount = this.docs.length): SearchFiles {
    const shards = this.writeShards(files, dir, docCount);
    const docChunks: string[] = [];
    for (let start = 0; start < docCount; start += DOCS_PER_CHUNK) {
      const docs = Array.from({ length: Math.min(DOCS_PER_CHUNK, docCount - start) }, (_, i) => this.docs[start + i] ?? null);
      docChunks.push(addHashed(files, dir, 'd-', { formatVersion: SEARCH_FORMAT_VERSION, docs }));
    }
    const manifest: SearchManifest = { formatVersion: SEARCH_FORMAT_VERSION, docCount, shards, docsPerChunk: DOCS_PER_CHUNK, docChunks };
    return { manifestUrl: addHashed(files, dir, 'search-', manifest) };
  }

  private writeShards(files: FileSink, dir: string, docCount: number): string[] {
    let chars = 0;
    for (const [term, list] of this.postings) chars += term.length + list.length * 4 + 6;
    const count = shardCountFor(docCount, chars);
    const shards = Array.from({ length: count }, () => [] as string[]);
    // Sorted terms keep each shard's JSON (and so its hash) independent of the order docs came in.
    for (const term of [...this.postings.keys()].sort()) shards[termShard(term, count)].push(term);
    return shards.map((terms) => {
      // No prototype: a term such as `__proto__` must become a key like any other.
      const entries: Record<string, number[]> = Object.create(null);
      for (const term of terms) {
        entries[term] = encode(this.postings.get(term)!);
        this.postings.delete(term);
      }
      return addHashed(files, dir, 's-', { formatVersion: SEARCH_FORMAT_VERSION, terms: entries });
    });
  }
}
