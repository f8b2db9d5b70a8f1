import type { CategoryNode, ListEntry } from '../../../shared/article-types';
import { findCategoryTrail } from '../../articles/utils/index-lookup';

/**
 * The category a reader goes on with after an article: the deepest level of its first category
 * path that holds other articles too, walking up a level at a time (`新媒体 › 36kr › 快讯` holding
 * only this article gives `新媒体 › 36kr`). Null when no level does: the latest articles instead.
 */
export function relatedTrail(tree: readonly CategoryNode[], categories: readonly string[][]): CategoryNode[] | null {
  const trail = categories.length > 0 ? findCategoryTrail(tree, categories[0]) : null;
  if (!trail) return null;
  for (let depth = trail.length; depth > 0; depth--) {
    if (trail[depth - 1].count > 1) return trail.slice(0, depth);
  }
  return null;
}

/**
 * Up to `count` entries to read next from a list (newest first): the ones just after the current
 * article (older, as if reading on down the list), then the ones just before it; from the top of
 * the list when the article is not on this page. Never the article itself.
 */
export function pickNeighbors(entries: readonly ListEntry[], id: string, count: number): ListEntry[] {
  const at = entries.findIndex((entry) => entry.id === id);
  if (at < 0) return entries.slice(0, count);
  const after = entries.slice(at + 1, at + 1 + count);
  const before = entries.slice(Math.max(0, at - (count - after.length)), at).reverse();
  return [...after, ...before];
}
