import { useCallback, useEffect, useRef, useState } from 'react';

// A heading is "being read" once its top passes this fraction of the viewport height.
const READING_LINE = 0.3;
// A click-scroll settles well within this; updates meanwhile would flicker through chapters.
const PIN_MS = 600;

function isAtBottom(): boolean {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
}

function headingAtLine(headings: readonly HTMLElement[]): string | null {
  if (isAtBottom()) return headings[headings.length - 1].id;
  const line = window.innerHeight * READING_LINE;
  let active: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    active = heading.id;
  }
  return active;
}

/**
 * Scroll-spy: the chapter being read. One IntersectionObserver fires whenever a heading crosses
 * the reading line; the bottom of the page (last chapter) and jumps that cross no heading are
 * caught by a cheap scroll check. `pin` marks a clicked chapter and ignores updates while the
 * page jumps there.
 */
export function useActiveChapter(ids: readonly string[]): { activeId: string | null; pin: (id: string) => void } {
  const [activeId, setActiveId] = useState<string | null>(null);
  const pinnedUntil = useRef(0);

  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;
    const update = () => {
      if (performance.now() >= pinnedUntil.current) setActiveId(headingAtLine(headings));
    };
    const observer = new IntersectionObserver(update, {
      rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`,
    });
    headings.forEach((heading) => observer.observe(heading));
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => isAtBottom() && update());
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', update);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', update);
    };
  }, [ids]);

  const pin = useCallback((id: string) => {
    pinnedUntil.current = performance.now() + PIN_MS;
    setActiveId(id);
  }, []);

  return { activeId, pin };
}
