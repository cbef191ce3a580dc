import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantArb, TIME_ZONES } from '../../src/testing/arbitraries.js';
import { calendarDate, isTimeZone, zoneOffsetMillis } from '../../src/time/calendarDate.js';
import { parseInstant } from '../../src/time/instant.js';

/** Instants near the zones' transitions (DST, Samoa's lost day, Lord Howe's half hour) and far off. */
const NEAR = [
  '2024-03-10T10:00:00Z',
  '2024-11-03T09:00:00Z',
  '2011-12-30T10:00:00Z',
  '2024-04-06T15:00:00Z',
  '2024-10-05T15:30:00Z',
  '1883-11-18T20:00:00Z',
  '1970-01-01T00:00:00Z',
].map((s) => Date.parse(s));
const ZONES = [...TIME_ZONES, 'Pacific/Apia', 'Europe/Amsterdam', 'Asia/Kathmandu'];

describe('zoneOffsetMillis', () => {
  it('equals asking Intl every time, across transitions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...NEAR), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }))
            .map(([t, d]) => t + d),
          fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }),
        ),
        (zone, t) => {
          // Twice: the second answer comes from the memo.
          expect(zoneOffsetMillis(t, zone)).toBe(tzOffset(zone, new Date(t)) * 60_000);
          expect(zoneOffsetMillis(t, zone)).toBe(tzOffset(zone, new Date(t)) * 60_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers inside an hour that holds a transition', () => {
    const change = Date.parse('2024-03-10T10:00:00Z'); // 02:00 PST becomes 03:00 PDT
    for (const t of [change - 1, change, change + 1, change - 1_800_000]) {
      expect(zoneOffsetMillis(t, 'US/Pacific')).toBe(tzOffset('US/Pacific', new Date(t)) * 60_000);
    }
  });

  it('forgets when it has seen very many hours, and stays right', () => {
    for (let h = 0; h < 50_010; h++) zoneOffsetMillis(h * 3_600_000, 'Asia/Kolkata');
    expect(zoneOffsetMillis(0, 'Asia/Kolkata')).toBe(330 * 60_000);
  });
});

describe('calendarDate', () => {
  it('is the date in the project’s zone', () => {
    expect(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific')).toBe('2024-03-09');
    expect(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'Asia/Kolkata')).toBe('2024-03-10');
    expect(calendarDate(Date.parse('0099-06-01T12:00:00Z'), 'UTC')).toBe('0099-06-01');
  });

  it('agrees with the zone’s wall clock', () => {
    fc.assert(
      fc.property(instantArb(), fc.constantFrom(...TIME_ZONES), (instant, zone) => {
        const t = parseInstant(instant)!;
        const wall = new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        });
        expect(calendarDate(t, zone)).toBe(wall.format(new Date(t)));
      }),
    );
  });

  it('knows time zones', () => {
    expect(isTimeZone('US/Pacific')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('parseInstant', () => {
  it.each([
    ['1970-01-01T01:00:00+01:00', 0],
    ['1970-01-01T00:00Z', 0],
    ['1970-01-01T00:00:00.5z', 500],
    ['1970-01-01T05:30:00+0530', 0],
    ['1970-01-01T00:00:00-01', 3_600_000],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['0050-01-01T00:00:00Z', Date.parse('0050-01-01T00:00:00Z')],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '2024-03-10',
    '2024-03-10T07:30:00',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-04-31T00:00:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T00:60:00Z',
    '2024-01-01T00:00:60Z',
    '2024-01-01T00:00:00+24:00',
    '2024-01-01T00:00:00+01:60',
  ])('refuses %s', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});
