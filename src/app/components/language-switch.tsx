import { useI18n } from '../../lib/i18n/use-i18n';
import type { Locale } from '../../lib/i18n/locale';

const CHOICES: { locale: Locale; lang: string; label: string }[] = [
  { locale: 'zh', lang: 'zh-CN', label: '中文' },
  { locale: 'en', lang: 'en', label: 'EN' },
];

/** Two toggle buttons; each language names itself so it is findable whatever the current one. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.language}>
      {CHOICES.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          lang={choice.lang}
          aria-pressed={locale === choice.locale}
          onClick={() => setLocale(choice.locale)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
