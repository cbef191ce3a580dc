import { tzOffset } from '@date-fns/tz';

/**
 * Whether `timeZone` is a time zone the runtime knows (an IANA name such as `America/Los_Angeles`
 * or a link such as `US/Pacific`).
 * @example
 * isTimeZone('US/Pacific') //=> true
 * isTimeZone('Mars/Olympus') //=> false
 */
export function isTimeZone(timeZone: string): boolean {
  return timeZone !== '' && !Number.isNaN(tzOffset(timeZone, new Date(0)));
}

const HOUR = 3_600_000;
/** Remembered hours per zone, at most; then the zone's memo starts again. */
const MAX_HOURS = 50_000;
/** Per zone: UTC hour number → the zone's offset in milliseconds, for hours with one offset. */
const hourOffsets = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset at an instant, in milliseconds. Asking `Intl` costs about a microsecond, so
 * offsets are remembered per UTC hour: an hour is remembered only when the offset at its first and
 * its last millisecond agree, which makes the offset constant over the hour unless a zone changed
 * its offset twice within that hour (an assumption: no such pair of transitions is known). A pure
 * memo: the tests check it against asking `Intl` each time, across transitions.
 */
export function zoneOffsetMillis(epochMillis: number, timeZone: string): number {
  const hour = Math.floor(epochMillis / HOUR);
  let zone = hourOffsets.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  const known = zone.get(hour);
  if (known !== undefined) return known;
  const start = tzOffset(timeZone, new Date(hour * HOUR));
  if (start === tzOffset(timeZone, new Date(hour * HOUR + HOUR - 1))) {
    if (zone.size >= MAX_HOURS) zone.clear();
    zone.set(hour, start * 60_000);
    return start * 60_000;
  }
  return tzOffset(timeZone, new Date(epochMillis)) * 60_000;
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant as seen in `timeZone`: the date a person on the
 * project's site would write down, not the UTC date and not the machine's.
 * @param epochMillis - The instant.
 * @param timeZone - An IANA zone, checked with {@link isTimeZone} beforehand.
 * @example
 * calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific') //=> '2024-03-09'
 */
export function calendarDate(epochMillis: number, timeZone: string): string {
  const local = new Date(epochMillis + zoneOffsetMillis(epochMillis, timeZone));
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
