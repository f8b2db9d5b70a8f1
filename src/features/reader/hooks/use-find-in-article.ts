import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { isPageKey } from '../../../lib/ui/events';
import { findMatches } from '../utils/find-matches';
import type { FindState } from '../utils/find-state';

/** Names of the CSS highlights (`::highlight(…)` in reader-tools.css). */
const ALL_MATCHES = 'folio-find';
const CURRENT_MATCH = 'folio-find-current';

/** The CSS Custom Highlight registry: marks text without touching the sanitized body's DOM. */
const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;

export interface FindInArticle {
  count: number;
  /** The match last stepped to; -1 before the first step. */
  index: number;
  step: (direction: 1 | -1) => void;
}

/** The first match below the top of the view (stepping forward) or the last above it (back); else wrap around. */
function nearest(ranges: readonly Range[], direction: 1 | -1): number {
  if (direction === 1) {
    const below = ranges.findIndex((range) => range.getBoundingClientRect().top >= 0);
    return below === -1 ? 0 : below;
  }
  const above = ranges.findLastIndex((range) => range.getBoundingClientRect().top < 0);
  return above === -1 ? ranges.length - 1 : above;
}

/** Scrolls a match to a third of the way down, unless it is already in view below `coveredTop`. */
function reveal(range: Range, coveredTop: number): void {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return; // Not laid out: nowhere to scroll to.
  if (rect.top >= coveredTop && rect.bottom <= window.innerHeight) return;
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
}

/**
 * Marks every match of the search that opened the article in its body, and steps through them
 * (`n` next, `Shift+N` previous, wrapping around). `coveredTop` says how much of the view's top
 * the header and find bar hide.
 */
export function useFindInArticle(
  articleRef: RefObject<HTMLElement | null>,
  find: FindState | null,
  html: string,
  coveredTop: () => number,
): FindInArticle {
  const [ranges, setRanges] = useState<Range[]>([]);
  const [index, setIndex] = useState(-1);

  // Before paint, so the find bar appears with its count in the same frame as the article.
  useLayoutEffect(() => {
    const body = articleRef.current?.querySelector('[data-article-body]');
    const found = find && body ? findMatches(body, find) : [];
    setRanges((previous) => (previous.length === 0 && found.length === 0 ? previous : found));
    setIndex(-1);
    if (!highlights || found.length === 0) return;
    highlights.set(ALL_MATCHES, new Highlight(...found));
    // Empty until the first step; each step puts its one match in it.
    const current = new Highlight();
    current.priority = 1; // Drawn over the mark every match has.
    highlights.set(CURRENT_MATCH, current);
    return () => {
      highlights.delete(ALL_MATCHES);
      highlights.delete(CURRENT_MATCH);
    };
  }, [articleRef, find, html]);

  useLayoutEffect(() => {
    const range = ranges[index];
    if (!range) return;
    const current = highlights?.get(CURRENT_MATCH);
    if (current) {
      current.clear();
      current.add(range);
    } else {
      // Without the highlight API (older browsers), the current match is at least selected.
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }, [ranges, index]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (ranges.length === 0) return;
      const next = index < 0 ? nearest(ranges, direction) : (index + direction + ranges.length) % ranges.length;
      setIndex(next);
      reveal(ranges[next], coveredTop());
    },
    [ranges, index, coveredTop],
  );

  useEffect(() => {
    if (ranges.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== 'n' && event.key !== 'N') || !isPageKey(event)) return;
      event.preventDefault();
      step(event.key === 'N' ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ranges, step]);

  return { count: ranges.length, index, step };
}
