import { useCallback, useEffect } from 'react';

/** Tells the host where a chapter starts inside the frame, so a frame sized to its content can scroll the host there. */
export interface ScrollMessage {
  type: 'folio:scroll';
  id: string;
  top: number;
}

function chapterElement(chapterId: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(chapterId));
  } catch {
    return null;
  }
}

/**
 * Chapter jumps that stay inside the frame: scroll the frame's own document (never
 * `scrollIntoView`, which would also scroll the host's), keep the hash by replacing the entry
 * (a push would add to the host's back history) and tell the host. Opens at `#<chapter-id>`.
 */
export function useEmbedChapters(articleId: string): (chapterId: string) => void {
  const jump = useCallback(
    (chapterId: string) => {
      const target = chapterElement(chapterId);
      if (!target) return;
      const top = Math.round(target.getBoundingClientRect().top + window.scrollY);
      window.scrollTo({ top });
      history.replaceState(history.state, '', `#${encodeURIComponent(chapterId)}`);
      const message: ScrollMessage = { type: 'folio:scroll', id: articleId, top };
      window.parent.postMessage(message, '*');
    },
    [articleId],
  );
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (hash) jump(hash);
  }, [jump]);
  return jump;
}
