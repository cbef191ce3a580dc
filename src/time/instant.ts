/** `2024-03-10T07:30:00Z`, `2024-03-10T00:30:00.123-07:00`, `…+0530`; seconds optional. */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads an ISO-8601 instant with a `Z` or an explicit offset into epoch milliseconds (fractions
 * below a millisecond are dropped, which cannot change a calendar date). Returns `undefined` for
 * anything else, including a date-only or zone-less timestamp, whose instant would be a guess.
 * @example
 * parseInstant('1970-01-01T01:00:00+01:00') //=> 0
 */
export function parseInstant(text: string): number | undefined {
  // The parser checks `createdAt` and the mapper reads it again: remember the last one.
  if (text === lastText) return lastValue;
  const value = readInstant(text);
  lastText = text;
  lastValue = value;
  return value;
}

let lastText: string | undefined;
let lastValue: number | undefined;

function readInstant(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  const zone = m[8]!;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = digits.length > 3 ? Number(digits.slice(3, 5)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; set the year again to keep it literal.
  const date = new Date(utc);
  if (year < 100) date.setUTCFullYear(year);
  return date.getTime() - offset * 60_000;
}
