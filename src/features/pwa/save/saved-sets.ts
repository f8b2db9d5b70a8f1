import { createStore } from '../../../lib/storage';

/** One "save for offline" the reader made: all articles, or one category and those below it. */
export interface SavedSet {
  /** Category path joined with `/`, or '' for all articles. */
  key: string;
  articleIds: string[];
  /** Absolute URLs stored in the saved cache for this set. */
  urls: string[];
  /** Bytes of the bodies whose size is known (same-origin files and CORS images). */
  bytes: number;
  /** Images from other hosts: stored, but the browser hides their size. */
  opaque: number;
  /** Files that could not be downloaded. */
  failed: number;
  savedAt: string;
}

function isSavedSet(value: unknown): value is SavedSet {
  const set = value as SavedSet | null;
  return !!set && typeof set.key === 'string' && Array.isArray(set.urls) && Array.isArray(set.articleIds)
    && typeof set.bytes === 'number';
}

const store = createStore<SavedSet[]>({
  name: 'offline-saved',
  version: 1,
  fallback: () => [],
  validate: (data) => (Array.isArray(data) ? data.filter(isSavedSet) : undefined),
});

/** Every saved set, oldest first. */
export function readSavedSets(): SavedSet[] {
  return store.read();
}

/** Adds or replaces the set with the same key. */
export function putSavedSet(set: SavedSet): SavedSet[] {
  const next = [...readSavedSets().filter((other) => other.key !== set.key), set];
  store.write(next);
  return next;
}

/** Forgets one set; returns the rest and the URLs no remaining set needs. */
export function dropSavedSet(key: string): { rest: SavedSet[]; orphans: string[] } {
  const all = readSavedSets();
  const rest = all.filter((set) => set.key !== key);
  const kept = new Set(rest.flatMap((set) => set.urls));
  const orphans = (all.find((set) => set.key === key)?.urls ?? []).filter((url) => !kept.has(url));
  store.write(rest);
  return { rest, orphans };
}
