import type { CategoryNode } from '../../../shared/article-types';

/**
 * Rows the category tree shows before the reader opens anything. A blog's few dozen categories
 * show whole; an archive's hundreds start folded below the levels that fit, which also keeps the
 * tree from costing most of a second to render on a phone.
 */
export const TREE_ROW_BUDGET = 100;

/**
 * How many levels of the tree start open (nodes at a depth below it): the most for which every
 * row then shown fits in `budget`; Infinity when the whole tree fits. The top level always shows.
 */
export function openLevels(tree: readonly CategoryNode[], budget = TREE_ROW_BUDGET): number {
  let shown = tree.length;
  let level = tree;
  for (let open = 0; ; open++) {
    const next = level.flatMap((node) => node.children);
    if (next.length === 0) return Number.POSITIVE_INFINITY;
    if (shown + next.length > budget) return open;
    shown += next.length;
    level = next;
  }
}
