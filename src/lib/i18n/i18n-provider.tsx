import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
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

  const value = useMemo<I18n>(() => {
    const dates = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' });
    const numbers = new Intl.NumberFormat(lang);
    return {
      locale,
      lang,
      t: DICTIONARIES[locale],
      setLocale,
      formatDate: (iso) => {
        const date = iso ? new Date(iso) : null;
        return date && !Number.isNaN(date.getTime()) ? dates.format(date) : null;
      },
      formatNumber: (n) => numbers.format(n),
    };
  }, [lang, locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
