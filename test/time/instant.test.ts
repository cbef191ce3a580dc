import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantArb } from '../../src/testing/arbitraries.js';
import { INSTANT, parseInstant } from '../../src/time/instant.js';

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

/** The reading by the pattern, as the library did before it read by hand: the oracle. */
function byPattern(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((k) => Number(m[k]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month! < 1 || month! > 12 || day! < 1 || day! > days[month! - 1]!) return undefined;
  if (hour! > 23 || minute! > 59 || second > 59) return undefined;
  const zone = m[8]!;
  let offset = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const d = zone.replace(':', '');
    const oh = Number(d.slice(1, 3));
    const om = d.length > 3 ? Number(d.slice(3, 5)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second, millis));
  if (year! < 100) date.setUTCFullYear(year!);
  return date.getTime() - offset * 60_000;
}

describe('parseInstant by hand', () => {
  it('reads exactly what the pattern reads, to the millisecond', () => {
    const pieces = fc.constantFrom('0', '1', '2', '9', '-', ':', 'T', 'Z', 'z', '.', '+', ' ', '5', '3');
    const mutated = fc
      .tuple(instantArb(), fc.nat(), pieces, fc.constantFrom('replace', 'insert', 'delete', 'keep'))
      .map(([s, at, c, how]) => {
        const k = at % (s.length + 1);
        if (how === 'replace') return s.slice(0, k) + c + s.slice(k + 1);
        if (how === 'insert') return s.slice(0, k) + c + s.slice(k);
        if (how === 'delete') return s.slice(0, k) + s.slice(k + 1);
        return s;
      });
    // Valid dates and times with every form of fraction and zone, near misses included.
    const n2 = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, '0'));
    const shaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
        n2(13),
        n2(32),
        n2(24),
        n2(60),
        fc.option(n2(60)),
        fc.option(fc.stringMatching(/^[0-9]{0,11}$/)),
        fc.oneof(
          fc.constantFrom('Z', 'z', '', 'Q'),
          fc
            .tuple(
              fc.constantFrom('+', '-'),
              n2(25),
              fc.constantFrom('', ':', '.'),
              fc.constantFrom('', '00', '30', '60', '3', '300'),
            )
            .map((p) => p.join('')),
        ),
      )
      .map(
        ([y, mo, d, h, mi, s, f, z]) =>
          `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${f === null ? '' : `.${f}`}`}${z}`,
      );
    fc.assert(
      fc.property(fc.oneof(mutated, shaped, fc.string()), (text) => {
        expect(parseInstant(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
