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

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const SHOWN = 20;

/** Sample queries: a word or a 2–4 character CJK run from titles spread over the archive. */
function sampleQueries(titles: string[], count = 25): string[] {
  const step = Math.max(1, Math.floor(titles.length / count));
  const queries: string[] = [];
  for (let i = 0; i < titles.length && queries.length < count; i += step) {
    const match = /[\u4e00-\u9fff]{2,4}|[a-z]{4,}/i.exec(titles[i]);
    if (match) queries.push(match[0]);
  }
  return queries;
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
  const shardTexts = manifest.shards.map(read);
  const shards = shardTexts.map((text) => JSON.parse(text) as SearchShard);
  const chunkTexts = manifest.docChunks.map(read);
  const titles = chunkTexts.flatMap((text) => (JSON.parse(text) as SearchDocChunk).docs.map((d) => d.title));
  const queries = sampleQueries(titles);
  const times: number[] = [];
  let cold = 0;
  for (const query of queries) {
    const started = performance.now();
    const plan = planSearch(manifest, query, null);
    const { hits } = rank(shards, plan.terms, plan.filterTerm ? postingsOf(shards, plan.filterTerm) : null);
    times.push(performance.now() - started);
    const chunks = new Set(hits.slice(0, SHOWN).map((h) => Math.floor(h.doc / manifest.docsPerChunk)));
    const bytesOf = [manifestText, ...plan.shardNumbers.map((n) => shardTexts[n]), ...[...chunks].map((c) => chunkTexts[c])];
    cold = Math.max(cold, bytesOf.reduce((sum, text) => sum + gz(text), 0));
  }
  return {
    search_index_bytes: bytes,
    search_cold_query_gzip_bytes: cold,
    query_ms: Number(median(times).toFixed(2)),
    search_queries: queries.length,
  };
}
