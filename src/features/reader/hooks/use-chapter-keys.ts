import { useEffect } from 'react';
import { isPageKey } from '../../../lib/ui/events';

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
      if (!step || !isPageKey(event)) return;
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
