import { useEffect, useState, type RefObject } from 'react';
import { readFraction } from '../reading-geometry';

/** What the reading status shows, recomputed once per frame while scrolling or resizing. */
export interface ReadState {
  /** Share of the article read, 0–1, in steps of 1/1000 (finer changes cause no re-render). */
  fraction: number;
  /** True once the reader is more than a screen down the page (shows "back to top"). */
  scrolledDown: boolean;
}

/** Tracks how far through the article the reader is. */
export function useReadFraction(articleRef: RefObject<HTMLElement | null>): ReadState {
  const [fraction, setFraction] = useState(0);
  const [scrolledDown, setScrolledDown] = useState(false);

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setFraction(Math.round(readFraction(article) * 1000) / 1000);
      setScrolledDown(window.scrollY > window.innerHeight);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    // The body grows as images arrive: that changes the fraction without any scrolling.
    const resize = new ResizeObserver(schedule);
    resize.observe(article);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [articleRef]);

  return { fraction, scrolledDown };
}
