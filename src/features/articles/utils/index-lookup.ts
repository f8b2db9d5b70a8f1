import type { ArticleIndex, ArticleSummary, CategoryNode } from '../../../shared/article-types';

const byIdCache = new WeakMap<ArticleIndex, Map<string, ArticleSummary>>();

/** The summary with this id, or undefined. Indexed once per index object. */
export function findSummary(index: ArticleIndex, id: string): ArticleSummary | undefined {
  let byId = byIdCache.get(index);
  if (!byId) {
    byId = new Map(index.articles.map((summary) => [summary.id, summary]));
    byIdCache.set(index, byId);
  }
  return byId.get(id);
}

/** The tree nodes from the top down to `path`, or null when the path is not in the tree. */
export function findCategoryTrail(tree: readonly CategoryNode[], path: readonly string[]): CategoryNode[] | null {
  const trail: CategoryNode[] = [];
  let level = tree;
  for (const name of path) {
    const node = level.find((candidate) => candidate.name === name);
    if (!node) return null;
    trail.push(node);
    level = node.children;
  }
  return trail;
}

/** True when `path` starts with every level of `prefix`. */
export function isPathPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name);
}

/** Articles filed in the category or anywhere below it, in index order (newest first). */
export function articlesInCategory(index: ArticleIndex, path: readonly string[]): ArticleSummary[] {
  return index.articles.filter((summary) => summary.categories.some((own) => isPathPrefix(path, own)));
}
