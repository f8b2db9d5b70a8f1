import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArticleSummary } from '../../../shared/article-types';
import { articleQuery } from '../api/get-article';
import { articleLocationQuery, type ArticleLocation } from '../api/get-article-location';

type Located = Pick<ArticleSummary, 'id' | 'dataUrl'>;

/**
 * Fetches an article's data before it is opened, so the reader shows its text at once: on hover,
 * on focus, and once its card has been on screen for a moment (not while flinging past it).
 * Returns a callback ref for the card's element and the hover and focus handlers.
 */
export function usePrefetchArticle(summary: Located | undefined) {
  const queryClient = useQueryClient();
  const prefetch = useCallback(() => {
    if (!summary) return;
    // The list already knows where the data lives: the reader's loader need not ask a lookup shard.
    const location: ArticleLocation = { id: summary.id, dataUrl: summary.dataUrl };
    queryClient.setQueryData(articleLocationQuery(summary.id).queryKey, location);
    void queryClient.prefetchQuery(articleQuery(summary));
  }, [queryClient, summary]);
  // A callback ref with a cleanup (React 19): each element the card renders into is watched, without a re-render.
  const ref = useCallback(
    (node: HTMLElement | null) => {
      if (!node || typeof IntersectionObserver === 'undefined') return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new IntersectionObserver(([entry]) => {
        clearTimeout(timer);
        if (entry.isIntersecting) timer = setTimeout(prefetch, VISIBLE_MS);
      });
      observer.observe(node);
      return () => {
        clearTimeout(timer);
        observer.disconnect();
      };
    },
    [prefetch],
  );
  return { ref, onPointerEnter: prefetch, onFocus: prefetch };
}

// Long enough to skip cards that only fly past during a fast scroll.
const VISIBLE_MS = 300;
