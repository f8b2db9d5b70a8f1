import { createStore } from '../../lib/storage';

/** Where the reader stopped in one article. */
export interface ReadingPosition {
  /** The chapter the top of the window was in, or null above the first chapter (or with none). */
  chapter: string | null;
  /** How far into that chapter (or the part before the first), 0–1. */
  offset: number;
  /** How much of the whole article was read, 0–100, for the list. */
  percent: number;
  /** When it was saved (epoch ms), so the oldest are dropped first. */
  at: number;
}

type Positions = Record<string, ReadingPosition>;

// Enough for any realistic reading history while keeping the stored JSON small.
const MAX_ENTRIES = 300;

function isPosition(value: unknown): value is ReadingPosition {
  const p = value as ReadingPosition;
  return (
    !!p &&
    typeof p === 'object' &&
    (p.chapter === null || typeof p.chapter === 'string') &&
    Number.isFinite(p.offset) &&
    Number.isFinite(p.percent) &&
    Number.isFinite(p.at)
  );
}

const store = createStore<Positions>({
  name: 'positions',
  version: 1,
  fallback: () => ({}),
  validate: (data) => {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return Object.fromEntries(Object.entries(data).filter(([, value]) => isPosition(value)));
  },
});

// The list asks once per card: parse the stored JSON once per change, not once per card.
let cache: Positions | null = null;

/** The saved position in this article, if any. */
export function readPosition(articleId: string): ReadingPosition | null {
  cache ??= store.read();
  return Object.hasOwn(cache, articleId) ? cache[articleId] : null;
}

/** Remembers the position in this article, dropping the oldest entries beyond the limit. */
export function savePosition(articleId: string, position: ReadingPosition): void {
  cache ??= store.read();
  const next: Positions = { ...cache, [articleId]: position };
  const ids = Object.keys(next);
  if (ids.length > MAX_ENTRIES) {
    ids.sort((a, b) => next[a].at - next[b].at);
    for (const id of ids.slice(0, ids.length - MAX_ENTRIES)) delete next[id];
  }
  cache = next;
  store.write(next);
}
