import { useEffect, type RefObject } from 'react';
import { capturePosition, scrollTopFor } from '../reading-geometry';
import { readPosition, savePosition, type ReadingPosition } from '../reading-positions';

// Write at most this often while scrolling; storage writes are synchronous.
const SAVE_DELAY_MS = 250;

/**
 * Brings the reader back to where they stopped in this article (a `#chapter` in the URL wins)
 * and remembers the position while they scroll, as chapter + offset so late images above it
 * do not move the spot.
 */
export function useReadingPosition(
  articleId: string,
  chapterIds: readonly string[],
  articleRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const saved = window.location.hash ? null : readPosition(articleId);
    // Runs after the router's ScrollRestoration (a layout effect), so it is not undone.
    if (saved) window.scrollTo({ top: scrollTopFor(article, chapterIds, saved), behavior: 'instant' });
    let latest: ReadingPosition | null = null;
    let timer = 0;
    const flush = () => {
      window.clearTimeout(timer);
      timer = 0;
      if (latest) savePosition(articleId, latest);
    };
    const onScroll = () => {
      if (!article.isConnected) return; // The next page's scroll-to-top, before this cleanup ran.
      latest = capturePosition(article, chapterIds);
      if (!timer) timer = window.setTimeout(flush, SAVE_DELAY_MS);
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      // Save what was captured while reading: by now the next page may have scrolled to its top.
      flush();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [articleId, chapterIds, articleRef]);
}
