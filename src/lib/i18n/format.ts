/**
 * Dates and numbers for the two UI languages, written out by hand. The first `Intl` formatter a
 * page creates makes the browser load its ICU locale data, 40–200 ms of main-thread work on a
 * phone, and every page shows a date or a count in its first render. The output matches
 * `Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric' })` and
 * `Intl.NumberFormat(tag)` for 'zh-CN' and 'en' (test/unit/lib/i18n/format.test.ts checks it).
 */
import type { Locale } from './locale';

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A calendar date in the reader's time zone ("2021年10月3日", "October 3, 2021"), or null if undated. */
export function formatDate(locale: Locale, iso: string | null): string | null {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  return locale === 'zh' ? `${year}年${month + 1}月${day}日` : `${EN_MONTHS[month]} ${day}, ${year}`;
}

/**
 * `abs` (finite, not negative) at most three decimals, trailing zeros dropped. Like ICU, it rounds
 * the shortest decimal that reads back as the same double (1.0005 gives 1.001), half away from zero.
 */
function roundToThousandths(abs: number): string {
  // Below half a thousandth everything is 0, including what String() writes with an exponent.
  if (abs < 0.0005) return '0';
  if (abs >= 1e21) return BigInt(abs).toString();
  const [whole = '0', fraction = ''] = String(abs).split('.');
  let digits = BigInt(whole + fraction.slice(0, 3).padEnd(3, '0'));
  if (fraction.length > 3 && fraction.charCodeAt(3) >= 53 /* '5' */) digits += 1n;
  const text = digits.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`.replace(/\.?0+$/, '');
}

/** Digits grouped by thousands with at most three decimals, as `Intl.NumberFormat` writes them by default. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value < 0 ? '-∞' : '∞';
  const [whole = '0', fraction] = roundToThousandths(Math.abs(value)).split('.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
