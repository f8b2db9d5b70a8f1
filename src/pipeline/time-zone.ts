/** A calendar date and wall-clock time, month 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a readable error when `timeZone` is not an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new Error(`ARTICLES_TIMEZONE "${timeZone}" is not a known IANA time zone (e.g. Asia/Shanghai, UTC)`);
  }
}

/** The wall time read as if it were UTC; setUTCFullYear keeps years below 100 literal. */
function utcOf(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** Minutes to add to UTC to get the wall time in `timeZone` at the instant `utcMs`. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const asUtc = utcOf({
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: 0,
  });
  const wholeSeconds = Math.floor(utcMs / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/** UTC milliseconds of a wall time; `offsetMinutes` when the text gave a zone, else `timeZone` (DST-correct). */
export function wallTimeToUtc(wall: WallTime, timeZone: string, offsetMinutes?: number): number {
  const asUtc = utcOf(wall);
  if (offsetMinutes !== undefined) return asUtc - offsetMinutes * 60_000;
  // Two passes settle instants next to a DST change; a skipped or repeated hour resolves the same way every build.
  const first = zoneOffsetMinutes(asUtc, timeZone);
  const second = zoneOffsetMinutes(asUtc - first * 60_000, timeZone);
  return asUtc - second * 60_000;
}
