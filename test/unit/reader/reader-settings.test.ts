import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, settingsStore, validateSettings } from '../../../src/features/settings/reader-settings';
import { useMemoryStorage } from '../support/memory-storage';

describe('reader settings', () => {
  const items = useMemoryStorage();

  test('defaults follow the system theme', () => {
    expect(settingsStore.read()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  test('one invalid field falls back alone; the others are kept', () => {
    expect(validateSettings({ theme: 'sepia', typeface: 'comic', fontSize: 999, lineHeight: 2, width: 'wide' })).toEqual({
      theme: 'sepia',
      typeface: DEFAULT_SETTINGS.typeface,
      fontSize: DEFAULT_SETTINGS.fontSize,
      lineHeight: 2,
      width: 'wide',
    });
    expect(validateSettings('dark')).toBeUndefined();
  });

  test('round-trips through folio:settings', () => {
    const chosen = { theme: 'dark', typeface: 'serif', fontSize: 22, lineHeight: 1.5, width: 'narrow' } as const;
    settingsStore.write(chosen);
    expect(JSON.parse(items.get('folio:settings') ?? '{}')).toEqual({ v: 1, data: chosen });
    expect(settingsStore.read()).toEqual(chosen);
  });

  test('settings saved before the typeface choice keep everything else and read the default typeface', () => {
    items.set('folio:settings', JSON.stringify({ v: 1, data: { theme: 'dark', fontSize: 22, lineHeight: 1.5, width: 'narrow' } }));
    expect(settingsStore.read()).toEqual({ theme: 'dark', typeface: 'sans', fontSize: 22, lineHeight: 1.5, width: 'narrow' });
  });
});
