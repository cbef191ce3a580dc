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

/**
 * The calendar date (`YYYY-MM-DD`) of an instant as seen in `timeZone`: the date a person on the
 * project's site would write down, not the UTC date and not the machine's.
 * @param epochMillis - The instant.
 * @param timeZone - An IANA zone, checked with {@link isTimeZone} beforehand.
 * @example
 * calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific') //=> '2024-03-09'
 */
export function calendarDate(epochMillis: number, timeZone: string): string {
  const local = new Date(epochMillis + tzOffset(timeZone, new Date(epochMillis)) * 60_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
