import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseExportContext } from '../../src/parse.js';
import {
  calendarDate,
  isTimeZone,
  MAX_BLOCKS,
  MAX_TIME_ZONE_LENGTH,
  MAX_ZONES,
  zoneMemoSize,
} from '../../src/time/zone.js';
import { exampleContext } from '../helpers/fixtures.js';
import {
  ALL_ZONES,
  intlDate,
  nearMidnight,
  nearTransition,
  transitionBetween,
  zoneInstantArb,
} from './intlOracle.js';

/** What `calendarDate` must answer, by the oracle: the date, or `date_out_of_range`. */
function expected(t: number, zone: string) {
  const date = intlDate(t, zone);
  return date.startsWith('out of range')
    ? { ok: false, error: 'date_out_of_range' }
    : { ok: true, value: date };
}

/** Whether Intl itself accepts the name as a zone. */
function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const MiB = 'A'.repeat(1 << 20);

describe('isTimeZone', () => {
  it.each([
    // A plain-object cache answered for these.
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    // An unanchored offset pattern found an offset inside these.
    'Mars/Olympus+05',
    'Etc/GMT+99',
    '2024-02-30T00:00:00Z',
    // Fixed offsets: not zones, whatever the engine says.
    '+05:00',
    '-08:00',
    '+0530',
    '',
    ' UTC',
    'UTC ',
    'Mars/Olympus',
    'US/Pacifc',
  ])('refuses %j', (name) => {
    expect(isTimeZone(name)).toBe(false);
  });

  it('refuses names longer than the bound without asking Intl (which takes ~9 ms for 1 MiB)', () => {
    const asked = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(isTimeZone(`America/${'A'.repeat(MAX_TIME_ZONE_LENGTH)}`)).toBe(false);
      expect(isTimeZone(MiB)).toBe(false);
      expect(asked).not.toHaveBeenCalled();
      expect(isTimeZone(`Mars/${'A'.repeat(MAX_TIME_ZONE_LENGTH - 5)}`)).toBe(false);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  it.each([null, undefined, 5, {}, ['UTC'], new String('UTC')])('refuses the non-string %p', (value) => {
    expect(isTimeZone(value)).toBe(false);
  });

  it('knows every zone the runtime lists, its links, and names in any letter case', () => {
    for (const zone of ALL_ZONES) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['utc', 'us/pacific', 'ASIA/KOLKATA', 'Etc/GMT+5', 'EST5EDT']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('the longest zone name fits the bound with room', () => {
    const longest = Math.max(...ALL_ZONES.map((z) => z.length));
    expect(longest).toBeLessThanOrEqual(MAX_TIME_ZONE_LENGTH / 2);
  });

  it('accepts only what Intl accepts, and every accepted zone dates an instant', () => {
    const nameish = fc.oneof(
      fc.string(),
      fc
        .constantFrom(...ALL_ZONES)
        .chain((z) =>
          fc
            .tuple(fc.nat(z.length), fc.string({ maxLength: 3 }), fc.boolean())
            .map(([at, s, cut]) =>
              cut ? z.slice(0, at) + s + z.slice(at + 1) : z.slice(0, at) + s + z.slice(at),
            ),
        ),
    );
    fc.assert(
      fc.property(nameish, (name) => {
        if (isTimeZone(name)) {
          expect(intlAccepts(name)).toBe(true);
          expect(calendarDate(0, name).ok).toBe(true);
        } else {
          expect(calendarDate(0, name)).toEqual({ ok: false, error: 'invalid_time_zone' });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseExportContext time zone', () => {
  const withZone = (timeZone: unknown) =>
    parseExportContext({ ...exampleContext(), project: { erpSynced: true, timeZone } });

  it.each(['__proto__', 'constructor', 'toString', 'Mars/Olympus+05', 'Etc/GMT+99', '2024-02-30T00:00:00Z'])(
    'refuses %j',
    (zone) => {
      const r = withZone(zone);
      expect(r).toMatchObject({
        ok: false,
        error: [{ code: 'invalid_time_zone', path: ['project', 'timeZone'] }],
      });
      expect(!r.ok && r.error[0]?.message).toBe(
        `Unknown time zone ${JSON.stringify(zone)}; use an IANA name such as "America/Los_Angeles".`,
      );
    },
  );

  it('says a fixed offset is not a zone', () => {
    const r = withZone('+05:00');
    expect(!r.ok && r.error[0]).toEqual({
      code: 'invalid_time_zone',
      path: ['project', 'timeZone'],
      message:
        'Time zone "+05:00" is a fixed offset, which knows no daylight saving; use an IANA name such as "America/Los_Angeles".',
    });
  });

  it('quotes a 1 MiB zone name in a short message that gives the limit and the length', () => {
    const r = withZone(MiB);
    const message = (!r.ok && r.error[0]?.message) || '';
    expect(message).toContain(`is ${MiB.length} characters; a zone name has at most ${MAX_TIME_ZONE_LENGTH}`);
    expect(message).toContain(`"${'A'.repeat(60)}…"`);
    expect(message.length).toBeLessThan(200);
  });

  it('a control character in the name cannot break the message', () => {
    const r = withZone('Mars/"\n');
    expect(!r.ok && r.error[0]?.message).toBe(
      'Unknown time zone "Mars/\\"\\n"; use an IANA name such as "America/Los_Angeles".',
    );
  });
});

describe('calendarDate', () => {
  it('is the date in the project’s zone, not UTC', () => {
    expect(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific')).toEqual({
      ok: true,
      value: '2024-03-09',
    });
    expect(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'Asia/Kolkata')).toEqual({
      ok: true,
      value: '2024-03-10',
    });
  });

  it('never answers with anything but YYYY-MM-DD or a problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...ALL_ZONES, 'Etc/GMT+99', '__proto__', 'toString')),
        fc.oneof(fc.double(), fc.integer({ min: -8.64e15, max: 8.64e15 })),
        (zone, t) => {
          const r = calendarDate(t, zone);
          if (r.ok) expect(r.value).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
          else expect(['invalid_time_zone', 'date_out_of_range']).toContain(r.error);
          if (!isTimeZone(zone)) expect(r).toEqual({ ok: false, error: 'invalid_time_zone' });
        },
      ),
    );
  });

  it('never throws, whatever a JavaScript caller passes', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(calendarDate(0, hostile as never)).toEqual({ ok: false, error: 'invalid_time_zone' });
    expect(calendarDate(0, Symbol('UTC') as never)).toEqual({ ok: false, error: 'invalid_time_zone' });
    expect(calendarDate(10n as never, 'UTC')).toEqual({ ok: false, error: 'date_out_of_range' });
    expect(calendarDate('0' as never, 'UTC')).toEqual({ ok: false, error: 'date_out_of_range' });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (t, zone) => {
        const r = calendarDate(t as never, zone as never);
        expect(r.ok ? r.value : r.error).toMatch(/^(\d{4}-\d\d-\d\d|invalid_time_zone|date_out_of_range)$/);
      }),
    );
  });

  it('refuses a zone name instead of dating it with a made-up offset', () => {
    // Etc/GMT+99 was read as UTC+99 hours: four days later.
    expect(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'Etc/GMT+99')).toEqual({
      ok: false,
      error: 'invalid_time_zone',
    });
    expect(calendarDate(0, '__proto__')).toEqual({ ok: false, error: 'invalid_time_zone' });
    expect(calendarDate(0, 'Mars/Olympus+05')).toEqual({ ok: false, error: 'invalid_time_zone' });
  });

  it('reads offsets west of UTC that are not whole minutes with their sign (Monrovia, −00:44:30)', () => {
    // 00:44:29 UTC is 23:59:59 of the day before in Monrovia; the offset read as +44.5 min said Jan 1.
    expect(calendarDate(Date.UTC(1970, 0, 1, 0, 44, 29), 'Africa/Monrovia')).toEqual({
      ok: true,
      value: '1969-12-31',
    });
    expect(calendarDate(Date.UTC(1970, 0, 1, 0, 44, 30), 'Africa/Monrovia')).toEqual({
      ok: true,
      value: '1970-01-01',
    });
    // New York's local mean time, −04:56:02.
    expect(calendarDate(Date.UTC(1850, 0, 1, 4, 56, 1), 'America/New_York')).toEqual({
      ok: true,
      value: '1849-12-31',
    });
  });

  it('answers inside an hour that holds a transition, to the millisecond', () => {
    const change = Date.parse('2024-11-03T09:00:00Z'); // 02:00 PDT becomes 01:00 PST
    for (const zone of ['US/Pacific', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      for (const t of [change - 1, change, change + 1, change - 1_800_000, change + 1_800_000]) {
        expect(calendarDate(t, zone)).toEqual(expected(t, zone));
      }
    }
    // Samoa skipped 2011-12-30: the day before midnight local, and just after.
    const skip = transitionBetween(Date.UTC(2011, 11, 1), Date.UTC(2011, 11, 31), 'Pacific/Apia');
    expect(skip).toBe(Date.parse('2011-12-30T10:00:00Z'));
    expect(calendarDate(Date.parse('2011-12-30T09:59:59.999Z'), 'Pacific/Apia')).toEqual({
      ok: true,
      value: '2011-12-29',
    });
    expect(calendarDate(Date.parse('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toEqual({
      ok: true,
      value: '2011-12-31',
    });
  });

  it('drops a fraction of a millisecond towards zero, as Date and Intl do', () => {
    expect(calendarDate(-0.5, 'UTC')).toEqual({ ok: true, value: '1970-01-01' });
    expect(calendarDate(-1, 'UTC')).toEqual({ ok: true, value: '1969-12-31' });
  });
});

describe('calendarDate at the edges of four-digit years', () => {
  const at = (iso: string) => {
    // Date.parse reads six-digit years (+010000-…) and years 0000-0099 literally.
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
    return t;
  };
  it.each([
    // The instant, the zone, the answer. Each also agrees with the oracle below.
    ['0000-01-01T00:30:00+01:00', 'UTC', 'date_out_of_range'], // was "00-1-12-31"
    ['0000-12-31T23:59:59.999Z', 'UTC', 'date_out_of_range'],
    ['0001-01-01T00:00:00Z', 'UTC', '0001-01-01'],
    ['0001-01-01T00:00:00Z', 'America/Los_Angeles', 'date_out_of_range'], // LMT −07:52:58: Dec 31, 1 BC
    ['0001-01-01T07:52:58Z', 'America/Los_Angeles', '0001-01-01'],
    ['0001-01-01T07:52:57.999Z', 'America/Los_Angeles', 'date_out_of_range'],
    ['0000-12-31T15:00:00Z', 'Asia/Tokyo', '0001-01-01'], // LMT +09:18:59
    ['0000-12-31T14:41:00Z', 'Asia/Tokyo', 'date_out_of_range'],
    ['9999-12-31T23:59:59Z', 'Pacific/Kiritimati', 'date_out_of_range'], // was "10000-01-01"
    ['9999-12-31T09:59:59.999Z', 'Pacific/Kiritimati', '9999-12-31'],
    ['9999-12-31T10:00:00Z', 'Pacific/Kiritimati', 'date_out_of_range'],
    ['9999-12-31T23:59:59.999Z', 'UTC', '9999-12-31'],
    ['+010000-01-01T00:00:00Z', 'UTC', 'date_out_of_range'],
    ['+010000-01-01T07:59:59Z', 'America/Los_Angeles', '9999-12-31'],
    ['+010000-01-01T08:00:00Z', 'America/Los_Angeles', 'date_out_of_range'],
    ['-000001-06-01T00:00:00Z', 'UTC', 'date_out_of_range'],
    ['+275760-09-13T00:00:00Z', 'UTC', 'date_out_of_range'],
    ['-271821-04-20T00:00:00Z', 'UTC', 'date_out_of_range'],
  ])('%s in %s is %s', (iso, zone, answer) => {
    const t = at(iso);
    const r = calendarDate(t, zone);
    expect(r).toEqual(
      answer === 'date_out_of_range' ? { ok: false, error: answer } : { ok: true, value: answer },
    );
    expect(r).toEqual(expected(t, zone));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 8.64e15 + 1, -8.64e15 - 1])(
    'has no date for the instant %p',
    (t) => {
      expect(calendarDate(t, 'UTC')).toEqual({ ok: false, error: 'date_out_of_range' });
    },
  );

  it('agrees with Intl (era-aware) around both edges in every zone', () => {
    const first = at('0001-01-01T00:00:00Z');
    const last = at('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_ZONES),
        fc.constantFrom(first, last),
        fc.integer({ min: -30 * 3_600_000, max: 30 * 3_600_000 }),
        (zone, edge, d) => {
          expect(calendarDate(edge + d, zone)).toEqual(expected(edge + d, zone));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('properties', () => {
  it('calendarDate is the date Intl shows, in every zone, 1800–2200, near transitions and midnights', () => {
    const arb = zoneInstantArb();
    fc.assert(
      fc.property(arb, ({ zone, t }) => {
        // Twice: the second answer may come from the memo and must be the same.
        expect(calendarDate(t, zone)).toEqual(expected(t, zone));
        expect(calendarDate(t, zone)).toEqual(expected(t, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('the arbitrary reaches offset transitions and local midnights', () => {
    const arb = zoneInstantArb();
    fc.statistics(
      arb,
      ({ zone, t }) =>
        nearTransition(t, zone)
          ? 'within 1 h of a transition'
          : nearMidnight(t, zone)
            ? 'within 1 min of midnight'
            : 'elsewhere',
      { numRuns: 1000 },
    );
    const sample = fc.sample(arb, 600);
    const share = (test: (c: { zone: string; t: number }) => boolean) =>
      sample.filter(test).length / sample.length;
    expect(share((c) => nearTransition(c.t, c.zone))).toBeGreaterThan(0.15);
    expect(share((c) => nearMidnight(c.t, c.zone))).toBeGreaterThan(0.15);
  });
});

describe('the zone memo', () => {
  it('remembers no name Intl refuses: 10,000 distinct bogus names leave it as it was', () => {
    const before = zoneMemoSize().zones;
    for (let i = 0; i < 10_000; i++) {
      const name =
        i % 3 === 0 ? `Mars/Olympus${i}` : i % 3 === 1 ? `${MiB.slice(0, 100)}${i}` : `Etc/GMT+${99 + i}`;
      expect(calendarDate(0, name)).toEqual({ ok: false, error: 'invalid_time_zone' });
    }
    expect(zoneMemoSize().zones).toBe(before);
  });

  it('holds at most MAX_ZONES zones: 10,000 distinct valid spellings, and stays right', () => {
    const base = 'America/Argentina/ComodRivadavia';
    const letters = [...base].map((c, i) => ({ c, i })).filter(({ c }) => /[a-z]/i.test(c));
    for (let n = 0; n < 10_000; n++) {
      // The bits of n choose which letters are upper case: 10,000 distinct names Intl accepts.
      const chars = [...base];
      letters.forEach(({ c, i }, k) => {
        chars[i] = (n >> k) & 1 ? c.toUpperCase() : c.toLowerCase();
      });
      const name = chars.join('');
      const t = Date.UTC(2024, 0, 1) + n * 3_600_000;
      expect(calendarDate(t, name)).toEqual(expected(t, 'America/Argentina/Catamarca'));
      expect(zoneMemoSize().zones).toBeLessThanOrEqual(MAX_ZONES);
    }
    expect(zoneMemoSize().zones).toBe(MAX_ZONES);
  });

  it('a zone that takes the place of a dropped one never reads the dropped one’s offsets', () => {
    // Three spellings of every zone: more zones than the memo holds, so each new one takes the slot
    // of one dropped, and all of them ask for the same hour (the same block number).
    const t = Date.UTC(2024, 6, 1, 12, 30);
    const spellings = [(z: string) => z, (z: string) => z.toLowerCase(), (z: string) => z.toUpperCase()];
    expect(new Set(spellings.flatMap((spell) => ALL_ZONES.map(spell))).size).toBeGreaterThan(MAX_ZONES);
    for (const spell of spellings) {
      for (const zone of ALL_ZONES) {
        expect(calendarDate(t, spell(zone)), spell(zone)).toEqual(expected(t, zone));
        expect(calendarDate(t + 12 * 3_600_000, spell(zone)), spell(zone)).toEqual(
          expected(t + 12 * 3_600_000, zone),
        );
      }
    }
    expect(zoneMemoSize().zones).toBe(MAX_ZONES);
  });

  it('holds at most MAX_BLOCKS blocks of hours, and stays right', () => {
    const zones = ['US/Pacific', 'Asia/Kolkata', 'Africa/Monrovia', 'Australia/Lord_Howe'];
    for (let k = 0; k < 3 * MAX_BLOCKS; k++) {
      const zone = zones[k % zones.length]!;
      // One instant in each block of 256 hours, far apart: a new block each time.
      const t = Date.UTC(1800, 0, 1) + k * 256 * 3_600_000 + 1234;
      expect(calendarDate(t, zone)).toEqual(expected(t, zone));
      expect(zoneMemoSize().blocks).toBeLessThanOrEqual(MAX_BLOCKS);
    }
    expect(zoneMemoSize().blocks).toBe(MAX_BLOCKS);
  });
});
