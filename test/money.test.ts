import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalText,
  integerDigits as digitsOf,
  explainNotDecimal,
  isDecimalString,
  MAX_AMOUNT_LENGTH,
  decimalPlaces as placesOf,
  readDecimal,
} from '../src/money/decimalString.js';
import { ExactSum, sumDecimals } from '../src/money/exactSum.js';
import { amountArb } from '../src/testing/arbitraries.js';
import { oracleSum, outputUnits } from './helpers/oracle.js';

function parts(s: string) {
  const p = readDecimal(s);
  if (p === undefined) throw new Error(`not a decimal: ${s}`);
  return p;
}
const decimalPlaces = (s: string) => placesOf(parts(s));
const integerDigits = (s: string) => digitsOf(parts(s));
const canonicalAmount = (s: string) => canonicalText(s);

describe('isDecimalString', () => {
  it.each(['0', '-0', '233.0', '-1250.5', '007', '0.010', '999999999.99'])('accepts %s', (s) => {
    expect(isDecimalString(s)).toBe(true);
  });
  it.each(['', '1e3', '12,50', '+5', '.5', '5.', ' 1', '1 000', 'NaN', 'Infinity', '0x10', '1_000', '--1'])(
    'rejects %j',
    (s) => {
      expect(isDecimalString(s)).toBe(false);
      expect(explainNotDecimal(s)).toMatch(/Amount/);
    },
  );
  it('rejects non-strings and says why', () => {
    expect(isDecimalString(12.5)).toBe(false);
    expect(explainNotDecimal(12.5)).toMatch(/JSON number 12\.5.*"12\.50"/);
    expect(explainNotDecimal(Number.NaN)).toBe(
      'Amount is NaN, which is not an amount; send a decimal string such as "1250.50".',
    );
    expect(explainNotDecimal(null)).toMatch(/decimal string/);
  });
  it('names the fault in each message', () => {
    expect(explainNotDecimal('')).toMatch(/empty/);
    expect(explainNotDecimal('12,50')).toMatch(/comma.*12\.50/);
    expect(explainNotDecimal('1e3')).toMatch(/exponent/);
    expect(explainNotDecimal('+5')).toMatch(/plus sign/);
    expect(explainNotDecimal('.5')).toMatch(/"0\.5"/);
    expect(explainNotDecimal('5.')).toMatch(/ends with a point/);
    expect(explainNotDecimal(' 5')).toMatch(/spaces/);
    expect(explainNotDecimal('1,000,000')).toMatch(/grouping/);
    expect(explainNotDecimal('abc')).toMatch(/not a decimal number/);
    expect(explainNotDecimal('1'.repeat(MAX_AMOUNT_LENGTH + 1))).toMatch(/at most 40/);
  });
  it('is undefined exactly for decimal strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(amountArb(), fc.string()),
        (s) => (explainNotDecimal(s) === undefined) === isDecimalString(s),
      ),
    );
  });
});

describe('decimalPlaces and integerDigits count by value', () => {
  it.each([
    ['0.010', 2, 1],
    ['5.0', 0, 1],
    ['5', 0, 1],
    ['-0.125', 3, 1],
    ['007.50', 1, 1],
    ['1000000000.00', 0, 10],
    ['-999999999.99', 2, 9],
  ])('%s has %i decimals and %i integer digits', (s, places, digits) => {
    expect(decimalPlaces(s)).toBe(places);
    expect(integerDigits(s)).toBe(digits);
  });
});

describe('canonical form', () => {
  it.each([
    ['233.0', '233.00'],
    ['-1250.5', '-1250.50'],
    ['0.010', '0.01'],
    ['-0.1250', '-0.125'],
    ['-0', '0.00'],
    ['-0.000', '0.00'],
    ['007', '7.00'],
    ['0.000001', '0.000001'],
  ])('%s becomes %s', (input, output) => {
    expect(canonicalAmount(input)).toBe(output);
  });
  it('never has an exponent, has at least two decimals, and no trailing zero past them', () => {
    fc.assert(
      fc.property(fc.array(amountArb({ integerDigits: 20, decimals: 12 })), (amounts) => {
        const s = sumDecimals(amounts);
        expect(s).toMatch(/^-?\d+\.\d{2,}$/);
        expect(s).not.toMatch(/e/i);
        const fraction = s.split('.')[1]!;
        if (fraction.length > 2) expect(fraction.endsWith('0')).toBe(false);
        expect(s.startsWith('-0.00') && /^-0\.0+$/.test(s)).toBe(false);
      }),
    );
  });
});

describe('ExactSum equals the BigInt oracle', () => {
  const check = (amounts: string[]) => {
    const expected = oracleSum(amounts);
    expect(outputUnits(sumDecimals(amounts), expected.scale)).toBe(expected.units);
  };
  it('on small amounts (the fast path)', () => {
    fc.assert(fc.property(fc.array(amountArb({ integerDigits: 9, decimals: 2 }), { maxLength: 50 }), check));
  });
  it('on amounts beyond 15 digits (the decimal.js path)', () => {
    fc.assert(fc.property(fc.array(amountArb({ integerDigits: 28, decimals: 9 }), { maxLength: 20 }), check));
  });
  it('when a sum crosses from the fast path to decimal.js midway', () => {
    fc.assert(
      fc.property(
        fc.array(amountArb({ integerDigits: 6, decimals: 2 }), { maxLength: 10 }),
        amountArb({ integerDigits: 15, decimals: 6 }),
        fc.array(amountArb({ integerDigits: 6, decimals: 2 }), { maxLength: 10 }),
        (before, big, after) => check([...before, big, ...after]),
      ),
    );
  });
  it('at the edge of the safe-integer range', () => {
    check(['9007199254740991', '1']);
    check(['900719925474099.1', '0.01']);
    check(['999999999999999', '999999999999999', '-0.000000000000001']);
    check(['0.000000000000001', '100000000000000']);
  });
  it('is order-independent', () => {
    fc.assert(
      fc.property(fc.array(amountArb({ integerDigits: 16, decimals: 4 })), fc.nat(), (amounts, k) => {
        const rotated = [
          ...amounts.slice(k % (amounts.length || 1)),
          ...amounts.slice(0, k % (amounts.length || 1)),
        ];
        expect(sumDecimals(rotated)).toBe(sumDecimals(amounts));
        expect(sumDecimals([...amounts].reverse())).toBe(sumDecimals(amounts));
      }),
    );
  });
  it('sum(a ++ b) = sum([sum(a), sum(b)])', () => {
    const amounts = fc.array(amountArb({ integerDigits: 12, decimals: 5 }));
    fc.assert(
      fc.property(amounts, amounts, (a, b) => {
        expect(sumDecimals([...a, ...b])).toBe(sumDecimals([sumDecimals(a), sumDecimals(b)]));
      }),
    );
  });
  it('is not moved by a host application changing decimal.js settings', async () => {
    const { Decimal } = await import('decimal.js');
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN });
    try {
      expect(sumDecimals(['12345678901234567890.123', '0.877'])).toBe('12345678901234567891.00');
    } finally {
      Decimal.set(saved);
    }
  });
  it('counts 0.1 + 0.2 as 0.30, where floats say 0.30000000000000004', () => {
    const sum = new ExactSum();
    sum.add('0.1');
    sum.add('0.2');
    expect(sum.toString()).toBe('0.30');
  });
});
