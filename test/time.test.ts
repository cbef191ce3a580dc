import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantArb, TIME_ZONES } from '../src/testing/arbitraries.js';
import { parseInstant } from '../src/time/instant.js';
import { calendarDate, isTimeZone } from '../src/time/zone.js';

describe('parseInstant', () => {
  it.each([
    ['2024-03-10T07:30:00Z', Date.UTC(2024, 2, 10, 7, 30)],
    ['2024-03-10T00:30:00-07:00', Date.UTC(2024, 2, 10, 7, 30)],
    ['2024-03-10T13:00+0530', Date.UTC(2024, 2, 10, 7, 30)],
    ['2024-03-10T09:30:00+02', Date.UTC(2024, 2, 10, 7, 30)],
    ['2020-10-19T12:17:31.123456789-07:00', Date.UTC(2020, 9, 19, 19, 17, 31, 123)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });
  it('keeps years below 100 literal (Date.UTC would move them to the 1900s)', () => {
    expect(new Date(parseInstant('0099-01-01T00:00:00Z')!).getUTCFullYear()).toBe(99);
    expect(calendarDate(parseInstant('0099-06-01T12:00:00Z')!, 'UTC')).toEqual({
      ok: true,
      value: '0099-06-01',
    });
  });
  it.each([
    '2024-03-10',
    '2024-03-10T07:30:00',
    '2024-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-03-10T24:00:00Z',
    '2024-03-10T07:60:00Z',
    '2024-03-10T07:30:60Z',
    '2024-03-10T07:30:00+24:00',
    '2024-03-10T07:30:00+05:60',
    'yesterday',
    '',
  ])('refuses %j', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
  it('agrees with Date.parse on instants it accepts', () => {
    fc.assert(fc.property(instantArb(), (text) => parseInstant(text) === Date.parse(text)));
  });
});

describe('calendarDate', () => {
  it('takes the date in the project zone, not UTC', () => {
    // 06:59:59 UTC on Nov 1 is still Oct 31 in California (PDT, UTC-7).
    expect(calendarDate(Date.UTC(2024, 10, 1, 6, 59, 59), 'US/Pacific')).toEqual({
      ok: true,
      value: '2024-10-31',
    });
    expect(calendarDate(Date.UTC(2024, 10, 1, 7, 0, 0), 'US/Pacific')).toEqual({
      ok: true,
      value: '2024-11-01',
    });
    // After the fall-back, PST is UTC-8.
    expect(calendarDate(Date.UTC(2024, 10, 4, 7, 59, 59), 'US/Pacific')).toEqual({
      ok: true,
      value: '2024-11-03',
    });
    expect(calendarDate(Date.UTC(2024, 10, 4, 8, 0, 0), 'US/Pacific')).toEqual({
      ok: true,
      value: '2024-11-04',
    });
    expect(calendarDate(Date.UTC(2024, 2, 10, 18, 30), 'Asia/Kolkata')).toEqual({
      ok: true,
      value: '2024-03-11',
    });
    expect(calendarDate(Date.UTC(2024, 2, 10, 10, 0), 'Pacific/Kiritimati')).toEqual({
      ok: true,
      value: '2024-03-11',
    });
  });
  it('equals what Intl shows in that zone', () => {
    fc.assert(
      fc.property(instantArb(), fc.constantFrom(...TIME_ZONES), (text, zone) => {
        const ms = parseInstant(text)!;
        const parts = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).formatToParts(ms);
        const get = (type: string) => parts.find((p) => p.type === type)!.value;
        expect(calendarDate(ms, zone)).toEqual({
          ok: true,
          value: `${get('year')}-${get('month')}-${get('day')}`,
        });
      }),
    );
  });
});

describe('isTimeZone', () => {
  it.each(['US/Pacific', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata'])('knows %s', (z) => {
    expect(isTimeZone(z)).toBe(true);
  });
  it.each(['', 'Mars/Olympus', 'Pacific', 'US/Pacifc'])('does not know %j', (z) => {
    expect(isTimeZone(z)).toBe(false);
  });
});
