/**
 * One small versioned store over localStorage. Every value lives under `folio:<name>` as JSON
 * `{ v, data }`; reads migrate older versions; every access is guarded, so private modes,
 * a full quota or a corrupt value never break the app: the value then lives in memory only
 * and `storageStatus().degraded` turns true, for a quiet notice.
 */

const PREFIX = 'folio:';

/** How one stored value is read, upgraded and written. */
export interface StoreSpec<T> {
  /** Key below the `folio:` namespace. */
  name: string;
  /** Current format version, written with every value. */
  version: number;
  /** Used when nothing (valid) is stored. */
  fallback: () => T;
  /** Turns data written by version `from` into current data; undefined means "cannot", use the fallback. */
  migrate?: (data: unknown, from: number) => T | undefined;
  /** Accepts current-version data or rejects it (returns undefined). */
  validate: (data: unknown) => T | undefined;
}

/** A typed handle on one stored value. */
export interface Store<T> {
  read: () => T;
  write: (value: T) => void;
}

const memory = new Map<string, string>();
const listeners = new Set<() => void>();
let degraded = false;

function markDegraded(): void {
  if (degraded) return;
  degraded = true;
  listeners.forEach((listener) => listener());
}

function backend(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Accessing the property itself throws in sandboxed frames and some privacy modes.
  }
}

function rawGet(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    const store = backend();
    if (!store) throw new Error('no localStorage');
    return store.getItem(key);
  } catch {
    markDegraded();
    return null;
  }
}

function rawSet(key: string, text: string): void {
  try {
    const store = backend();
    if (!store) throw new Error('no localStorage');
    store.setItem(key, text);
    memory.delete(key);
  } catch {
    // QuotaExceededError or storage refused: keep the value for this visit.
    memory.set(key, text);
    markDegraded();
  }
}

function decode<T>(spec: StoreSpec<T>, text: string | null): T {
  if (text === null) return spec.fallback();
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || typeof (parsed as { v?: unknown }).v !== 'number') {
      return spec.fallback();
    }
    const { v, data } = parsed as { v: number; data: unknown };
    const current = v === spec.version ? data : v < spec.version ? spec.migrate?.(data, v) : undefined;
    return (current === undefined ? undefined : spec.validate(current)) ?? spec.fallback();
  } catch {
    return spec.fallback(); // Corrupt JSON: start over rather than fail.
  }
}

/** A store for one versioned value. */
export function createStore<T>(spec: StoreSpec<T>): Store<T> {
  const key = PREFIX + spec.name;
  return {
    read: () => decode(spec, rawGet(key)),
    write: (value) => rawSet(key, JSON.stringify({ v: spec.version, data: value })),
  };
}

/** Whether anything had to fall back to memory during this visit. */
export function storageStatus(): { degraded: boolean } {
  return { degraded };
}

/** Calls `listener` when storage becomes degraded; returns the unsubscribe. */
export function onStorageDegraded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test hook: forget the in-memory fallback and the degraded flag. */
export function resetStorageForTests(): void {
  memory.clear();
  degraded = false;
}
