import {
  FORMAT_VERSION,
  type ArticleSummary,
  type CategoryNode,
  type SiteIndex,
} from '../shared/article-types.ts';
import { addHashed, type FileSink, listEntry, PAGE_SIZE, writeCategoryPages, writeLookup, writePages } from './build-lists.ts';
import type { PackedArticle } from './pack-article.ts';

/** Search files made beside the article files (see search-index.ts). */
export interface SearchFiles {
  manifestUrl: string;
}

/** The files the app fetches (entry index, list pages, lookup shards, articles), keyed by path below the base URL. */
export interface BuiltFiles {
  index: SiteIndex;
  indexFileName: string;
  /** Where the files went: a Map in memory unless a sink was given. */
  files: FileSink;
  /** Every summary, newest first. */
  summaries: ArticleSummary[];
}

/** Newest first; undated after every dated article; ties by title then id so output is stable. */
export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'zh') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the category tree; an article counts once at every level of each of its paths. */
export function buildCategoryTree(articles: readonly Pick<ArticleSummary, 'categories'>[]): CategoryNode[] {
  const roots: CategoryNode[] = [];
  // A Map per level keeps names such as `__proto__` from touching object prototypes.
  const childIndex = new Map<CategoryNode[], Map<string, CategoryNode>>();
  for (const article of articles) {
    const counted = new Set<CategoryNode>();
    for (const categoryPath of article.categories) {
      let level = roots;
      for (let depth = 0; depth < categoryPath.length; depth++) {
        const name = categoryPath[depth];
        let byName = childIndex.get(level);
        if (!byName) childIndex.set(level, (byName = new Map()));
        let node = byName.get(name);
        if (!node) {
          node = { name, path: categoryPath.slice(0, depth + 1), count: 0, children: [] };
          byName.set(name, node);
          level.push(node);
        }
        if (!counted.has(node)) {
          counted.add(node);
          node.count++;
        }
        level = node.children;
      }
    }
  }
  const sortLevel = (nodes: CategoryNode[]) => {
    nodes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
    nodes.forEach((node) => sortLevel(node.children));
  };
  sortLevel(roots);
  return roots;
}

/**
 * Writes the lists (entry index, list pages, lookup shards) of packed articles as content-hashed
 * files under `assetsDir/articles`, plus the article JSON that was kept in memory (see pack-article.ts).
 */
export function buildFiles<S extends FileSink = Map<string, string>>(
  articles: readonly PackedArticle[],
  assetsDir: string,
  search?: SearchFiles,
  files: S = new Map<string, string>() as unknown as S,
): BuiltFiles & { files: S } {
  const dir = `${assetsDir}/articles`;
  for (const { summary, json } of articles) if (json !== undefined) files.set(summary.dataUrl, json);
  const summaries = articles.map((article) => article.summary).sort(compareArticles);
  const categories = buildCategoryTree(summaries);
  writeCategoryPages(files, dir, categories, summaries);
  const pages = writePages(files, dir, summaries);
  const index: SiteIndex = {
    formatVersion: FORMAT_VERSION,
    total: summaries.length,
    pageSize: PAGE_SIZE,
    pages,
    firstPage: summaries.slice(0, PAGE_SIZE).map(listEntry),
    categories,
    lookup: writeLookup(files, dir, summaries),
    search: search?.manifestUrl ?? null,
  };
  const indexFileName = addHashed(files, dir, 'index-', index);
  return { index, indexFileName, files, summaries };
}
