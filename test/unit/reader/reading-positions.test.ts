import { describe, expect, test, vi } from 'vitest';
import { useMemoryStorage } from '../support/memory-storage';

const items = useMemoryStorage();

/** A fresh copy of the module, so its in-memory cache starts empty like on a new page load. */
async function freshModule() {
  vi.resetModules();
  const storage = await import('../../../src/lib/storage');
  storage.resetStorageForTests();
  return import('../../../src/features/reader/reading-positions');
}


describe('reading positions', () => {
  test('are saved per article under folio:positions and read back after a reload', async () => {
    const first = await freshModule();
    expect(first.readPosition('a')).toBeNull();
    first.savePosition('a', { chapter: 'ch-two', offset: 0.25, percent: 40, at: 1 });
    const reloaded = await freshModule();
    expect(reloaded.readPosition('a')).toEqual({ chapter: 'ch-two', offset: 0.25, percent: 40, at: 1 });
    expect(JSON.parse(items.get('folio:positions') ?? '{}').v).toBe(1);
  });

  test('malformed entries are dropped, valid ones kept', async () => {
    items.set(
      'folio:positions',
      JSON.stringify({ v: 1, data: { good: { chapter: null, offset: 0, percent: 5, at: 2 }, bad: { chapter: 3 }, worse: 'x' } }),
    );
    const positions = await freshModule();
    expect(positions.readPosition('good')).toEqual({ chapter: null, offset: 0, percent: 5, at: 2 });
    expect(positions.readPosition('bad')).toBeNull();
    expect(positions.readPosition('worse')).toBeNull();
  });

  test('inherited object keys are never taken for positions', async () => {
    const positions = await freshModule();
    expect(positions.readPosition('constructor')).toBeNull();
    expect(positions.readPosition('__proto__')).toBeNull();
  });

  test('keeps at most 300 articles, dropping the least recently read', async () => {
    const positions = await freshModule();
    for (let i = 0; i < 305; i++) positions.savePosition(`a${i}`, { chapter: null, offset: 0, percent: 1, at: 1000 + i });
    const stored = JSON.parse(items.get('folio:positions') ?? '{}').data as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(300);
    expect(positions.readPosition('a0')).toBeNull();
    expect(positions.readPosition('a4')).toBeNull();
    expect(positions.readPosition('a5')).not.toBeNull();
    expect(positions.readPosition('a304')).not.toBeNull();
  });
});
