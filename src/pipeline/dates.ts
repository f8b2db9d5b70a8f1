import { wallTimeToUtc, type WallTime } from './time-zone.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 2822 zone names; the rest are numeric (`+0800`). */
const NAMED_ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

// `Sun, 03 Oct 2021 05:00:00 GMT`, day name and seconds optional.
const RFC_2822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?$/i;

// ISO 8601 and Hexo's `YYYY-MM-DD HH:mm[:ss]` / `YYYY/MM/DD`; zone optional.
const ISO_LIKE =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isValidWall(w: WallTime): boolean {
  return (
    w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 && w.minute <= 59 && w.second <= 59
  );
}

/** `+08`, `+0800`, `+08:00`, `Z` → minutes east of UTC. */
function numericOffset(zone: string): number {
  if (zone.toLowerCase() === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

function fromRfc2822(m: RegExpExecArray): { wall: WallTime; offset?: number } | null {
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return null;
  const wall = { year: +m[3], month, day: +m[1], hour: +m[4], minute: +m[5], second: +(m[6] ?? 0), millisecond: 0 };
  const zone = m[7]?.toLowerCase();
  if (zone === undefined) return { wall };
  if (/^[+-]/.test(zone)) return { wall, offset: numericOffset(zone) };
  return zone in NAMED_ZONES ? { wall, offset: NAMED_ZONES[zone] } : null;
}

function fromIsoLike(m: RegExpExecArray): { wall: WallTime; offset?: number } {
  const millisecond = m[8] ? Math.floor(Number(`0.${m[8]}`) * 1000) : 0;
  const wall = {
    year: +m[1], month: +m[3], day: +m[4],
    hour: +(m[5] ?? 0), minute: +(m[6] ?? 0), second: +(m[7] ?? 0), millisecond,
  };
  return m[9] === undefined ? { wall } : { wall, offset: numericOffset(m[9]) };
}

/**
 * Reads RFC 2822, ISO 8601 and Hexo dates; a date without a zone is wall time in `timeZone`.
 * Returns the ISO instant, or null when the text is none of these (e.g. `Invalid Date`).
 */
export function parseDate(text: string, timeZone: string): string | null {
  const trimmed = text.trim();
  const rfc = RFC_2822.exec(trimmed);
  const iso = rfc ? null : ISO_LIKE.exec(trimmed);
  const parsed = rfc ? fromRfc2822(rfc) : iso ? fromIsoLike(iso) : null;
  if (!parsed || !isValidWall(parsed.wall)) return null;
  if (parsed.offset !== undefined && Math.abs(parsed.offset) > 18 * 60) return null;
  return new Date(wallTimeToUtc(parsed.wall, timeZone, parsed.offset)).toISOString();
}
