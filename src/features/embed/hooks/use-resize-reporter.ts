import { useEffect, type RefObject } from 'react';

/** The message an embedding page receives whenever the embed's content height changes. */
export interface ResizeMessage {
  type: 'folio:resize';
  id: string;
  height: number;
}

/**
 * Posts `{ type: "folio:resize", id, height }` to `window.parent` whenever the element's height
 * changes (images loading, fonts, width changes), so the host can size its iframe. The height is
 * not secret, so any host may read it ("*").
 */
export function useResizeReporter(ref: RefObject<HTMLElement | null>, id: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: 'folio:resize', id, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [ref, id]);
}
