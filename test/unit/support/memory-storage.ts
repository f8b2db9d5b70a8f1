import { afterEach, beforeEach, vi } from 'vitest';
import { resetStorageForTests } from '../../../src/lib/storage';

/**
 * Gives each test of the calling file a `window.localStorage` backed by the returned Map, emptied
 * before every test, with the storage module's cache reset to match.
 */
export function useMemoryStorage(): Map<string, string> {
  const items = new Map<string, string>();
  beforeEach(() => {
    items.clear();
    vi.stubGlobal('window', {
      localStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v) },
    });
    resetStorageForTests();
  });
  afterEach(() => vi.unstubAllGlobals());
  return items;
}
