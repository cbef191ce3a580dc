import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExactSum, sumDecimals } from '../src/money/exactSum.js';
import { amountArb } from '../src/testing/arbitraries.js';
import { oracleSum, outputUnits } from './helpers/oracle.js';

// ExactSum's speed contract: an amount of at most 15 digits (trailing zeros of the fraction do not
// count) is added as a scaled integer in a double, without decimal.js; a longer amount, or a running
// sum that would leave the safe-integer range, goes through decimal.js, and stays exact. Our private
// decimal.js clone shares Decimal.prototype, so a spy on `plus` sees every wide addition.

afterEach(() => {
  vi.restoreAllMocks();
});

function sumWatched(amounts: string[]): { sum: string; wide: boolean } {
  const plus = vi.spyOn(Decimal.prototype, 'plus');
  const sum = sumDecimals(amounts);
  const wide = plus.mock.calls.length > 0;
  plus.mockRestore();
  return { sum, wide };
}

function exact(amounts: string[]): boolean {
  const expected = oracleSum(amounts);
  return outputUnits(sumDecimals(amounts), expected.scale) === expected.units;
}

describe('ExactSum: which amounts take the fast path', () => {
  it.each([
    [['233.0'], '233.00'],
    [['1.50', '-0.25'], '1.25'],
    [['999999999999999'], '999999999999999.00'], // 15 digits
    [['-99999999999999.9'], '-99999999999999.90'], // 15 digits, a sign and a point
    [['9999999999999.99', '-0.01'], '9999999999999.98'],
    [['1.5000000000000000000000'], '1.50'], // trailing zeros do not count
    [['-7.0000000000000000000'], '-7.00'],
    [['0.1', '99999999999999'], '99999999999999.10'], // the running sum is rescaled, still safe
    [['5.0', '0.05'], '5.05'],
  ])('%j adds without decimal.js, to %s', (amounts, expected) => {
    expect(sumWatched(amounts)).toEqual({ sum: expected, wide: false });
  });

  it.each([
    [['1234567890123456'], '1234567890123456.00'], // 16 digits
    [['-123456789012345.6'], '-123456789012345.60'],
    [['0.000000000000001'], '0.000000000000001'],
    [['12345678901234.56'], '12345678901234.56'],
    [['1234567890123456.0'], '1234567890123456.00'], // a point with no fraction digit is no digit
  ])('%j has more than 15 digits: decimal.js, to %s', (amounts, expected) => {
    expect(sumWatched(amounts)).toEqual({ sum: expected, wide: true });
  });

  it('small amounts never touch decimal.js', () => {
    fc.assert(
      fc.property(fc.array(amountArb({ integerDigits: 9, decimals: 2 }), { maxLength: 30 }), (amounts) => {
        expect(sumWatched(amounts).wide).toBe(false);
      }),
    );
  });
});

describe('ExactSum: leaving the safe-integer range midway stays exact', () => {
  it('when the sum outgrows 2^53 units', () => {
    const amounts = Array.from({ length: 12 }, () => '999999999999999');
    expect(sumWatched(amounts)).toEqual({ sum: '11999999999999988.00', wide: true });
    expect(exact([...amounts, '1', '-3'])).toBe(true);
  });
  it('when a finer amount rescales a large running sum', () => {
    expect(sumWatched(['999999999999999', '0.1'])).toEqual({ sum: '999999999999999.10', wide: true });
    expect(sumWatched(['99999999999999', '0.01'])).toEqual({ sum: '99999999999999.01', wide: true });
  });
  it('when a large amount meets a finer running sum', () => {
    expect(sumWatched(['0.1', '999999999999999'])).toEqual({ sum: '999999999999999.10', wide: true });
    expect(sumWatched(['-0.001', '999999999999999'])).toEqual({ sum: '999999999999998.999', wide: true });
  });
  it('whatever the order of large and fine amounts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            amountArb({ integerDigits: 15, decimals: 0 }),
            amountArb({ integerDigits: 2, decimals: 6 }),
          ),
          { maxLength: 20 },
        ),
        (amounts) => {
          expect(exact(amounts)).toBe(true);
        },
      ),
    );
  });
});

describe('ExactSum: canonical output', () => {
  it.each([
    [['0.001', '0.009'], '0.01'],
    [['0.0010', '0.0090'], '0.01'],
    [['0.125', '0.375'], '0.50'],
    [['-0.001', '-0.009'], '-0.01'],
    [['0.5', '-0.5'], '0.00'],
    [['0.001', '-0.001'], '0.00'],
    [['1000', '0.000'], '1000.00'],
  ])('%j sums to %s: no trailing zero beyond two decimals, never -0.00', (amounts, expected) => {
    expect(sumDecimals(amounts)).toBe(expected);
  });
});

describe('ExactSum.addSum: the same paths as add', () => {
  function sumOf(amounts: string[]): ExactSum {
    const s = new ExactSum();
    for (const a of amounts) s.add(a);
    return s;
  }
  function addSumWatched(left: string[], right: string[]): { sum: string; wide: boolean } {
    const a = sumOf(left);
    const b = sumOf(right);
    const plus = vi.spyOn(Decimal.prototype, 'plus');
    a.addSum(b);
    const wide = plus.mock.calls.length > 0;
    plus.mockRestore();
    return { sum: a.toString(), wide };
  }

  it.each([
    [['1.25'], ['500'], '501.25'], // the coarser sum is scaled up
    [['500'], ['1.25'], '501.25'],
    [['0.5'], ['0.25'], '0.75'],
    [['-3'], ['3'], '0.00'],
  ])('%j plus %j adds without decimal.js, to %s', (left, right, expected) => {
    expect(addSumWatched(left, right)).toEqual({ sum: expected, wide: false });
  });

  it.each([
    // 9 × 999999999999999 plus 999999999999998 is odd and past 2^53: a double would round it.
    [Array.from({ length: 9 }, () => '999999999999999'), ['999999999999998'], '9999999999999989.00'],
    [['99999999999999.9'], ['0.00000000000001'], '99999999999999.90000000000001'],
    [['0.00000000000001'], ['99999999999999.9'], '99999999999999.90000000000001'],
  ])('%j plus %j leaves the safe range: decimal.js, to %s', (left, right, expected) => {
    expect(addSumWatched(left, right)).toEqual({ sum: expected, wide: true });
  });

  it('a running sum whose result leaves the safe range by one odd unit goes wide, exactly', () => {
    const amounts = [...Array.from({ length: 9 }, () => '999999999999999'), '999999999999998'];
    expect(sumWatched(amounts)).toEqual({ sum: '9999999999999989.00', wide: true });
    // Past 2^55 units the cents of an odd count of whole units are no double: the general formatting.
    expect(sumWatched(['360000000000001'])).toEqual({ sum: '360000000000001.00', wide: false });
  });
});
