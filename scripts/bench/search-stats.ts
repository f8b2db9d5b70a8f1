import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { postingsOf, rank } from '../../src/features/search/utils/rank';
import { planSearch } from '../../src/features/search/utils/search-plan';
import type { SiteIndex } from '../../src/shared/article-types';
import type { SearchDocChunk, SearchManifest, SearchShard } from '../../src/shared/search-types';

/** Search figures of one build: index size on disk, cold-query download and in-memory query time. */
export interface SearchStats {
  search_index_bytes: number;
  /** Largest gzip download of a sample query with nothing cached: manifest, its shards, the docs of 20 results. */
  search_cold_query_gzip_bytes: number;
  /** Median time to rank a sample query once its parts are loaded. */
  query_ms: number;
  search_queries: number;
}

/** gzip -9 size, memoized: queries share the manifest, shards and chunks, and gzip is the costly step at 20k. */
function gzipSizer(): (text: string) => number {
  const sizes = new Map<string, number>();
  return (text) => {
    let size = sizes.get(text);
    if (size === undefined) sizes.set(text, (size = gzipSync(text, { level: 9 }).length));
    return size;
  };
}
const SHOWN = 20;
const QUERIES = 25;

/** Sample queries: a word or a 2–4 character CJK run from titles spread over the given titles. */
function sampleQueries(titles: string[], count = QUERIES): string[] {
  const step = Math.max(1, Math.floor(titles.length / count));
  const queries: string[] = [];
  for (let i = 0; i < titles.length && queries.length < count; i += step) {
    const match = /[\u4e00-\u9fff]{2,4}|[a-z]{4,}/i.exec(titles[i]);
    if (match) queries.push(match[0]);
  }
  return queries;
}

/** Up to `count` numbers spread evenly over 0..length-1. */
function spread(length: number, count: number): number[] {
  return [...new Set(Array.from({ length: Math.min(length, count) }, (_, i) => Math.floor((i * length) / Math.min(length, count))))];
}

/** A memoized reader of numbered files. */
function lazy(load: (n: number) => string): (n: number) => string {
  const cache = new Map<number, string>();
  return (n) => {
    let text = cache.get(n);
    if (text === undefined) cache.set(n, (text = load(n)));
    return text;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Measures the search files of a built `dist` (base `/`); null when the build has no search. */
export function searchStats(distDir: string): SearchStats | null {
  const dir = path.join(distDir, 'assets/articles');
  const names = readdirSync(dir);
  const read = (url: string) => readFileSync(path.join(distDir, url), 'utf8');
  const indexName = names.find((name) => name.startsWith('index-'));
  const site = indexName ? (JSON.parse(read(`assets/articles/${indexName}`)) as SiteIndex) : null;
  if (!site?.search) return null;
  const bytes = names.filter((n) => /^(s|d|search)-/.test(n)).reduce((sum, n) => sum + statSync(path.join(dir, n)).size, 0);
  const manifestText = read(site.search);
  const manifest = JSON.parse(manifestText) as SearchManifest;
  // Only the files the sample queries touch are read and parsed: at 20k the index is ~70 MB.
  const shardText = lazy((n) => read(manifest.shards[n]));
  const chunkText = lazy((n) => read(manifest.docChunks[n]));
  const shards = new Array<SearchShard | undefined>(manifest.shards.length);
  const sampled = spread(manifest.docChunks.length, QUERIES).map((n) => JSON.parse(chunkText(n)) as SearchDocChunk);
  const titles = sampled.flatMap((chunk) => chunk.docs.flatMap((d) => (d ? [d.title] : [])));
  const queries = sampleQueries(titles);
  const times: number[] = [];
  const gz = gzipSizer();
  let cold = 0;
  for (const query of queries) {
    const plan = planSearch(manifest, query, null);
    for (const n of plan.shardNumbers) shards[n] ??= JSON.parse(shardText(n)) as SearchShard;
    const started = performance.now();
    const { hits } = rank(shards, plan.groups, plan.filterTerm ? postingsOf(shards, plan.filterTerm) : null);
    times.push(performance.now() - started);
    const chunks = new Set(hits.slice(0, SHOWN).map((h) => Math.floor(h.doc / manifest.docsPerChunk)));
    const bytesOf = [manifestText, ...plan.shardNumbers.map(shardText), ...[...chunks].map(chunkText)];
    cold = Math.max(cold, bytesOf.reduce((sum, text) => sum + gz(text), 0));
  }
  return {
    search_index_bytes: bytes,
    search_cold_query_gzip_bytes: cold,
    query_ms: Number(median(times).toFixed(2)),
    search_queries: queries.length,
  };
}
