// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, settingsStore, type ReaderSettings } from '../../../src/features/settings/reader-settings';
import { resetStorageForTests } from '../../../src/lib/storage';
import { PRERENDER_SETTINGS } from '../../../src/pipeline/prerender-settings';

const PROPERTIES = ['--reader-font', '--reader-font-size', '--reader-line-height', '--reader-measure'];

/** What a settings step left on <html>: the theme attribute and the type properties. */
function onHtml(root: HTMLElement): Record<string, string | undefined> {
  return {
    theme: root.dataset.theme,
    ...Object.fromEntries(PROPERTIES.map((name) => [name, root.style.getPropertyValue(name)])),
  };
}

/** Runs the prerendered page's inline settings script against the document, as the browser would. */
function runPrerenderScript(): ReturnType<typeof onHtml> {
  new Function(PRERENDER_SETTINGS)();
  return onHtml(document.documentElement);
}

function clearHtml(): void {
  document.documentElement.removeAttribute('style');
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
}

afterEach(() => {
  localStorage.clear();
  resetStorageForTests();
  clearHtml();
});

describe('the prerendered page applies saved settings before its first paint', () => {
  const choices: ReaderSettings[] = [
    { theme: 'dark', typeface: 'serif', fontSize: 24, lineHeight: 2, width: 'wide' },
    { theme: 'sepia', typeface: 'sans', fontSize: 15, lineHeight: 1.5, width: 'narrow' },
    { theme: 'light', typeface: 'serif', fontSize: 20, lineHeight: 1.65, width: 'medium' },
  ];

  it.each(choices)('as the app does for %o', (settings) => {
    settingsStore.write(settings);
    const early = runPrerenderScript();
    clearHtml();
    applySettings(settingsStore.read());
    expect(early).toEqual(onHtml(document.documentElement));
    expect(early.theme).toBe(settings.theme);
  });

  it('leaves "follow the system" to the stylesheet, with the type as chosen', () => {
    settingsStore.write({ ...DEFAULT_SETTINGS, theme: 'system', fontSize: 22 });
    const early = runPrerenderScript();
    expect(early.theme).toBeUndefined();
    expect(early['--reader-font-size']).toBe(`${22 / 16}rem`);
  });

  it('ignores what the settings panel cannot write, field by field, and never throws', () => {
    localStorage.setItem(
      'folio:settings',
      JSON.stringify({ v: 1, data: { theme: 'x" onload="', typeface: 'url(x)', fontSize: 9999, lineHeight: '2', width: 'toString' } }),
    );
    expect(runPrerenderScript()).toEqual({ theme: undefined, '--reader-font': '', '--reader-font-size': '', '--reader-line-height': '', '--reader-measure': '' });
    for (const stored of ['{', 'null', '"dark"', '[]', JSON.stringify({ v: 1 })]) {
      localStorage.setItem('folio:settings', stored);
      expect(() => runPrerenderScript()).not.toThrow();
      expect(document.documentElement.dataset.theme).toBeUndefined();
    }
    localStorage.clear();
    expect(() => runPrerenderScript()).not.toThrow();
  });
});
