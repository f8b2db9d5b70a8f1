import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/pipeline/dates';
import { assertTimeZone, zoneOffsetMinutes } from '../../../src/pipeline/time-zone';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('parseDate', () => {
  it('reads RFC 2822 with GMT, numeric and named zones', () => {
    expect(parseDate('Sun, 03 Oct 2021 05:00:00 GMT', SH)).toBe('2021-10-03T05:00:00.000Z');
    expect(parseDate('03 Oct 2021 13:00 +0800', NY)).toBe('2021-10-03T05:00:00.000Z');
    expect(parseDate('Sun, 3 Oct 2021 01:00:00 EDT', SH)).toBe('2021-10-03T05:00:00.000Z');
  });

  it('reads ISO 8601 with a zone as that instant', () => {
    expect(parseDate('2021-04-17T08:08:06Z', NY)).toBe('2021-04-17T08:08:06.000Z');
    expect(parseDate('2021-04-17T08:08:06.5+05:30', SH)).toBe('2021-04-17T02:38:06.500Z');
    expect(parseDate('2021-04-17T08:08-0200', SH)).toBe('2021-04-17T10:08:00.000Z');
  });

  it('takes dates without a zone in ARTICLES_TIMEZONE', () => {
    expect(parseDate('2021-04-17T08:08:06', SH)).toBe('2021-04-17T00:08:06.000Z');
    expect(parseDate('2021-04-17', SH)).toBe('2021-04-16T16:00:00.000Z');
    expect(parseDate('2021-04-17', 'UTC')).toBe('2021-04-17T00:00:00.000Z');
  });

  it("reads Hexo's YYYY-MM-DD HH:mm:ss, HH:mm and slashed dates", () => {
    expect(parseDate('2021-04-17 08:08:06', SH)).toBe('2021-04-17T00:08:06.000Z');
    expect(parseDate('2021-04-17 08:08', SH)).toBe('2021-04-17T00:08:00.000Z');
    expect(parseDate('2021/04/17', SH)).toBe('2021-04-16T16:00:00.000Z');
    expect(parseDate('2021/4/7 9:05', SH)).toBe('2021-04-07T01:05:00.000Z');
  });

  it('follows daylight saving time in the configured zone', () => {
    expect(parseDate('2021-01-15 12:00', NY)).toBe('2021-01-15T17:00:00.000Z');
    expect(parseDate('2021-07-15 12:00', NY)).toBe('2021-07-15T16:00:00.000Z');
    // 01:30 happens twice on 2021-11-07 in New York; the first (EDT) is taken, every build.
    expect(parseDate('2021-11-07 01:30', NY)).toBe('2021-11-07T05:30:00.000Z');
    expect(parseDate('2021-03-14 03:30', NY)).toBe('2021-03-14T07:30:00.000Z');
  });

  it('returns null for anything else, including the literal Invalid Date', () => {
    for (const text of ['Invalid Date', '', 'yesterday', '2021-02-29', '2021-13-01', '2021-04-17 25:00', '17/04/2021']) {
      expect(parseDate(text, SH), text).toBeNull();
    }
    expect(parseDate('2024-02-29', SH)).not.toBeNull();
  });
});

describe('time zones', () => {
  it('computes offsets with Intl, DST included', () => {
    expect(zoneOffsetMinutes(Date.UTC(2021, 0, 1), SH)).toBe(480);
    expect(zoneOffsetMinutes(Date.UTC(2021, 0, 1), NY)).toBe(-300);
    expect(zoneOffsetMinutes(Date.UTC(2021, 6, 1), NY)).toBe(-240);
  });

  it('rejects an unknown zone with a readable message', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/ARTICLES_TIMEZONE/);
    expect(() => assertTimeZone('Europe/Paris')).not.toThrow();
  });
});
