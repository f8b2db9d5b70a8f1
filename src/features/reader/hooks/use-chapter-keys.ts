import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

const STEPS: Record<string, number> = { j: 1, ']': 1, k: -1, '[': -1 };

/**
 * `j`/`]` go to the next chapter, `k`/`[` to the previous one (not while typing, not with
 * modifier keys, which belong to the browser). Before the first chapter, "next" is the first.
 */
export function useChapterKeys(ids: readonly string[], activeId: string | null, go: (id: string) => void): void {
  useEffect(() => {
    if (ids.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (!step || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) {
        return;
      }
      const current = activeId === null ? -1 : ids.indexOf(activeId);
      const next = Math.min(ids.length - 1, Math.max(0, current + step));
      if (next === current) return;
      event.preventDefault();
      go(ids[next]);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ids, activeId, go]);
}
