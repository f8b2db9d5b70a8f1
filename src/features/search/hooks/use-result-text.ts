import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchDoc } from '../../../shared/search-types';
import { articleQuery } from '../../articles/api/get-article';
import { usePrefetchArticle } from '../../articles/hooks/use-prefetch-article';

/**
 * A result's whole article text, once its data is here, so the snippet can show a match past the
 * stored start. The data loads as a list card's does (on screen for a moment, hovered or
 * focused) and by the reader's own query, so opening the result is instant and a saved article
 * works offline; a failure leaves the text null and the stored snippet in place.
 */
export function useResultText(doc: SearchDoc) {
  const located = useMemo(() => ({ id: doc.id, dataUrl: doc.dataUrl }), [doc.id, doc.dataUrl]);
  const { ref, ...handlers } = usePrefetchArticle(located);
  // Never fetches by itself: it hears what the prefetch (or an earlier visit) put in the cache.
  const article = useQuery({ ...articleQuery(located), enabled: false });
  const html = article.data?.html;
  const text = useQuery({
    queryKey: ['article-text', doc.dataUrl],
    queryFn: async () => (await import('../utils/article-text')).articleText(html ?? ''),
    enabled: html !== undefined,
    staleTime: Infinity,
  });
  return { ref, handlers, text: text.data ?? null };
}
