import { daysFromCivil } from './civil.js';

/**
 * `2024-03-10T07:30:00Z`, `2024-03-10T00:30:00.123-07:00`, `…+0530`; seconds optional. The
 * language `readInstant` reads; exported for the tests, which check the two agree.
 */
export const INSTANT =
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
  return readInstant(text);
}

/** The two ASCII digits at `i` as a number, or -1. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Reads the language of `INSTANT` by hand, in one pass (checked against the pattern in the tests). */
function readInstant(t: string): number | undefined {
  const n = t.length;
  const y1 = two(t, 0);
  const y2 = two(t, 2);
  const month = two(t, 5);
  const day = two(t, 8);
  const hour = two(t, 11);
  const minute = two(t, 14);
  if ((y1 | y2 | month | day | hour | minute) < 0) return undefined;
  if (
    t.charCodeAt(4) !== 45 ||
    t.charCodeAt(7) !== 45 ||
    t.charCodeAt(10) !== 84 ||
    t.charCodeAt(13) !== 58
  ) {
    return undefined;
  }
  const year = y1 * 100 + y2;
  let second = 0;
  let millis = 0;
  let i = 16;
  if (t.charCodeAt(i) === 58) {
    second = two(t, i + 1);
    if (second < 0) return undefined;
    i += 3;
    if (t.charCodeAt(i) === 46) {
      const start = ++i;
      while (i < n && i - start < 10 && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      const count = i - start;
      if (count < 1 || count > 9) return undefined;
      for (let k = 0; k < 3; k++) millis = millis * 10 + (k < count ? t.charCodeAt(start + k) - 48 : 0);
    }
  }
  let offset = 0;
  const z = t.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return undefined;
  } else if (z === 43 || z === 45) {
    const oh = two(t, i + 1);
    if (oh < 0) return undefined;
    let j = i + 3;
    let om = 0;
    if (j < n) {
      if (t.charCodeAt(j) === 58) j++;
      om = two(t, j);
      if (om < 0) return undefined;
      j += 2;
    }
    if (j !== n) return undefined;
    if (oh > 23 || om > 59) return undefined;
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Day arithmetic, no Date object (Date.UTC would also read years 0–99 as 1900–1999).
  const day0 = daysFromCivil(year, month, day);
  return (((day0 * 24 + hour) * 60 + minute - offset) * 60 + second) * 1000 + millis;
}
