import type { CategoryNode } from '../../../shared/article-types';

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
