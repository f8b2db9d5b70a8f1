/** The UI languages Folio speaks. */
export type Locale = 'zh' | 'en';

const STORAGE_KEY = 'folio:locale';

/** The BCP 47 tag for `<html lang>` and Intl formatters. */
export function languageTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

function parseLocale(value: string | null | undefined): Locale | null {
  const tag = value?.toLowerCase() ?? '';
  if (tag.startsWith('zh')) return 'zh';
  if (tag.startsWith('en')) return 'en';
  return null;
}

function storedLocale(): Locale | null {
  try {
    return parseLocale(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can throw (privacy modes, sandboxed iframes); fall back to the browser's choice.
    return null;
  }
}

/** The saved choice, else the first supported entry of `navigator.languages`, else English. */
export function detectLocale(): Locale {
  const saved = storedLocale();
  if (saved) return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const locale = parseLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** Remembers the reader's choice; silently does nothing where storage is unavailable. */
export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is fine; the choice still applies to this page.
  }
}
