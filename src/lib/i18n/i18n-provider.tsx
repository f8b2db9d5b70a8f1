import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { formatDate, formatNumber } from './format';
import { I18nContext, type I18n } from './i18n-context';
import { detectLocale, languageTag, saveLocale, type Locale } from './locale';
import { zh } from './zh';

const DICTIONARIES = { en, zh } as const;

/** Chooses the UI language, keeps `<html lang>` in step and remembers a switch. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(detectLocale);
  const lang = languageTag(locale);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);

  // Hand-written formatters: the first Intl formatter loads ICU data, too slow for the first render (format.ts).
  const value = useMemo<I18n>(
    () => ({
      locale,
      lang,
      t: DICTIONARIES[locale],
      setLocale,
      formatDate: (iso) => formatDate(locale, iso),
      formatNumber,
    }),
    [lang, locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
