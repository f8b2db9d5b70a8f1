import { createContext } from 'react';
import type { Messages } from './en';
import type { Locale } from './locale';

/** What components get from `useI18n()`. */
export interface I18n {
  locale: Locale;
  /** BCP 47 tag of the locale, for `lang` attributes. */
  lang: string;
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** A localized calendar date, or null for an undated article. */
  formatDate: (iso: string | null) => string | null;
  formatNumber: (value: number) => string;
}

/** Set by `I18nProvider`; null outside it. */
export const I18nContext = createContext<I18n | null>(null);
