import { createHash } from 'node:crypto';
import {
  FORMAT_VERSION,
  type ArticleSummary,
  type CategoryNode,
  type ListEntry,
  type ListPage,
  type LookupShard,
} from '../shared/article-types.ts';
import { lookupShard } from '../shared/lookup-shard.ts';

/** Articles per list page: a screenful or two of cards, a few kB gzipped. */
export const PAGE_SIZE = 50;
/** Ids per lookup shard: one shard is a few kB, and a 20,000-article archive has ~80. */
export const IDS_PER_SHARD = 256;

/** Where built files go: a Map in memory (dev server, tests) or straight to disk (see staging.ts). */
export interface FileSink {
  set(name: string, json: string): unknown;
}

/** Short content hash used in every built file name. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

/** Adds `value` under a content-hashed name in `dir` and returns that name. */
export function addHashed(files: FileSink, dir: string, prefix: string, value: unknown): string {
  const json = JSON.stringify(value);
  const name = `${dir}/${prefix}${contentHash(json)}.json`;
  files.set(name, json);
  return name;
}

/** What a list page holds of a summary (see `ListEntry`). */
export function listEntry({ chapters: _chapters, tags: _tags, source: _source, updated: _updated, ...entry }: ArticleSummary): ListEntry {
  return entry;
}

/** Writes a sorted list as pages of PAGE_SIZE and returns their URLs in order. */
export function writePages(files: FileSink, dir: string, articles: readonly ArticleSummary[]): string[] {
  const urls: string[] = [];
  for (let start = 0; start < articles.length; start += PAGE_SIZE) {
    const page: ListPage = { formatVersion: FORMAT_VERSION, articles: articles.slice(start, start + PAGE_SIZE).map(listEntry) };
    urls.push(addHashed(files, dir, 'l-', page));
  }
  return urls;
}

/** Gives every node of the tree the pages of its articles (its own and every descendant's, once each). */
export function writeCategoryPages(
  files: FileSink,
  dir: string,
  tree: CategoryNode[],
  sorted: readonly ArticleSummary[],
): void {
  const byPath = new Map<string, { node: CategoryNode; members: ArticleSummary[] }>();
  const visit = (nodes: CategoryNode[]) =>
    nodes.forEach((node) => {
      byPath.set(JSON.stringify(node.path), { node, members: [] });
      visit(node.children);
    });
  visit(tree);
  for (const summary of sorted) {
    const seen = new Set<string>();
    for (const categoryPath of summary.categories) {
      for (let depth = 1; depth <= categoryPath.length; depth++) {
        const key = JSON.stringify(categoryPath.slice(0, depth));
        if (seen.has(key)) continue;
        seen.add(key);
        byPath.get(key)?.members.push(summary);
      }
    }
  }
  for (const { node, members } of byPath.values()) node.pages = writePages(files, dir, members);
}

/** Writes the id → data URL lookup in shards and returns their URLs (shard n at index n). */
export function writeLookup(files: FileSink, dir: string, articles: readonly ArticleSummary[]): string[] {
  const count = Math.max(1, Math.ceil(articles.length / IDS_PER_SHARD));
  const shards = Array.from({ length: count }, (): LookupShard['entries'] => []);
  for (const { id, dataUrl } of articles) shards[lookupShard(id, count)].push([id, dataUrl]);
  return shards.map((entries) => addHashed(files, dir, 'k-', { formatVersion: FORMAT_VERSION, entries }));
}
