import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber } from '../../../../src/lib/i18n/format';
import { languageTag, type Locale } from '../../../../src/lib/i18n/locale';

const LOCALES: Locale[] = ['zh', 'en'];
const DATE_OPTIONS = { year: 'numeric', month: 'long', day: 'numeric' } as const;

describe('formatDate', () => {
  test.each(LOCALES)('writes what Intl writes (%s)', (locale) => {
    const intl = new Intl.DateTimeFormat(languageTag(locale), DATE_OPTIONS);
    // Every month, day boundaries near midnight UTC, leap days and years with fewer digits.
    const isos = ['2021-10-03T05:00:00Z', '2021-10-03T23:59:59+08:00', '2020-02-29T12:00:00Z', '1999-12-31T23:30:00-05:00', '0950-06-15T00:00:00Z'];
    for (let month = 1; month <= 12; month++) isos.push(`2024-${String(month).padStart(2, '0')}-1${month % 10}T08:00:00Z`);
    for (const iso of isos) expect(formatDate(locale, iso), iso).toBe(intl.format(new Date(iso)));
  });

  test('an undated or unreadable date gives null', () => {
    expect(formatDate('en', null)).toBeNull();
    expect(formatDate('zh', 'Invalid Date')).toBeNull();
  });
});

describe('formatNumber', () => {
  test.each(LOCALES)('writes what Intl writes (%s)', (locale) => {
    const intl = new Intl.NumberFormat(languageTag(locale));
    const values = [0, -0, 1, 7, 12, 999, 1000, 1234, 12345, 999999, 1234567, -1234.5, 0.5, 1.0005, 1.0015, 0.0625, 0.1875, -0.0001, 0.0005, 0.00049, 1e-9, 17.5, 99.9999, 2.675, 9.9995, 999.9996, 1e21, 123456789012.3456, NaN, Infinity, -Infinity];
    for (let i = 0; i < 500; i++) values.push(Math.round(Math.random() * 10 ** (i % 9)) / 10 ** (i % 5));
    for (const value of values) expect(formatNumber(value), String(value)).toBe(intl.format(value));
  });
});
