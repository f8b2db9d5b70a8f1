import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createStore, onStorageDegraded, resetStorageForTests, storageStatus, type StoreSpec } from '../../../src/lib/storage';

/** A Map-backed Storage whose methods a test can make throw. */
class FakeStorage implements Storage {
  items = new Map<string, string>();
  failGet: Error | null = null;
  failSet: Error | null = null;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failGet) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw this.failSet;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface Prefs {
  size: number;
  dark: boolean;
}

// Version 1 stored `{ big: boolean }`; version 2 stores a size and a dark flag.
const spec: StoreSpec<Prefs> = {
  name: 'prefs',
  version: 2,
  fallback: () => ({ size: 16, dark: false }),
  migrate: (data, from) => (from === 1 && data && typeof data === 'object' ? { size: (data as { big?: boolean }).big ? 20 : 16, dark: false } : undefined),
  validate: (data) => {
    const d = data as Prefs;
    return d && typeof d.size === 'number' && typeof d.dark === 'boolean' ? { size: d.size, dark: d.dark } : undefined;
  },
};

let storage: FakeStorage;

beforeEach(() => {
  storage = new FakeStorage();
  vi.stubGlobal('window', { localStorage: storage });
  resetStorageForTests();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage', () => {
  test('writes JSON with a version under the folio: namespace and reads it back', () => {
    const store = createStore(spec);
    store.write({ size: 18, dark: true });
    expect(JSON.parse(storage.items.get('folio:prefs') ?? 'null')).toEqual({ v: 2, data: { size: 18, dark: true } });
    expect(store.read()).toEqual({ size: 18, dark: true });
    expect(storageStatus().degraded).toBe(false);
  });

  test('nothing stored gives the fallback', () => {
    expect(createStore(spec).read()).toEqual({ size: 16, dark: false });
  });

  test('migrates a value written by an older version', () => {
    storage.items.set('folio:prefs', JSON.stringify({ v: 1, data: { big: true } }));
    expect(createStore(spec).read()).toEqual({ size: 20, dark: false });
  });

  test('a value from a newer version, or one that fails validation, gives the fallback', () => {
    const store = createStore(spec);
    storage.items.set('folio:prefs', JSON.stringify({ v: 3, data: { size: 30, dark: true } }));
    expect(store.read()).toEqual({ size: 16, dark: false });
    storage.items.set('folio:prefs', JSON.stringify({ v: 2, data: { size: 'huge' } }));
    expect(store.read()).toEqual({ size: 16, dark: false });
  });

  test.each(['{not json', 'null', '42', '"text"', '{"data":{}}', '[]'])('corrupt value %s gives the fallback', (raw) => {
    storage.items.set('folio:prefs', raw);
    expect(createStore(spec).read()).toEqual({ size: 16, dark: false });
  });

  test('QuotaExceededError keeps the value in memory and flags the store as degraded', () => {
    const listener = vi.fn();
    onStorageDegraded(listener);
    storage.failSet = new DOMException('full', 'QuotaExceededError');
    const store = createStore(spec);
    expect(() => store.write({ size: 22, dark: true })).not.toThrow();
    expect(store.read()).toEqual({ size: 22, dark: true });
    expect(storageStatus().degraded).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('storage that throws on every access (privacy mode) never breaks reads or writes', () => {
    storage.failGet = new DOMException('denied', 'SecurityError');
    storage.failSet = new DOMException('denied', 'SecurityError');
    const store = createStore(spec);
    expect(store.read()).toEqual({ size: 16, dark: false });
    store.write({ size: 17, dark: false });
    expect(store.read()).toEqual({ size: 17, dark: false });
    expect(storageStatus().degraded).toBe(true);
  });

  test('a window whose localStorage getter throws, or no window at all, falls back to memory', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    const store = createStore(spec);
    store.write({ size: 19, dark: true });
    expect(store.read()).toEqual({ size: 19, dark: true });
    vi.stubGlobal('window', undefined);
    resetStorageForTests();
    expect(createStore(spec).read()).toEqual({ size: 16, dark: false });
  });

  test('once storage works again, a write goes back to it', () => {
    storage.failSet = new DOMException('full', 'QuotaExceededError');
    const store = createStore(spec);
    store.write({ size: 22, dark: false });
    storage.failSet = null;
    store.write({ size: 24, dark: false });
    expect(JSON.parse(storage.items.get('folio:prefs') ?? 'null').data).toEqual({ size: 24, dark: false });
    expect(store.read()).toEqual({ size: 24, dark: false });
  });
});
