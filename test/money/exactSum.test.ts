import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalText,
  integerDigits as digitsOf,
  explainNotDecimal,
  isDecimalString,
  decimalPlaces as placesOf,
  readDecimal,
} from '../../src/money/decimalString.js';
import { ExactSum, sumDecimals } from '../../src/money/exactSum.js';
import { amountArb } from '../../src/testing/arbitraries.js';
import { oracleText } from '../helpers/oracle.js';

/** The grammar as a regular expression: the oracle the hand-written reader is checked against. */
const DECIMAL_PATTERN = /^-?\d+(?:\.\d+)?$/;

function parts(s: string) {
  const p = readDecimal(s);
  if (p === undefined) throw new Error(`not a decimal: ${s}`);
  return p;
}
const decimalPlaces = (s: string) => placesOf(parts(s));
const integerDigits = (s: string) => digitsOf(parts(s));
const canonicalAmount = (s: string) => canonicalText(s);

/** Amounts of every size: cents, many decimals, and more digits than a double holds. */
const anyAmount = fc.oneof(
  amountArb({ integerDigits: 9, decimals: 2 }),
  amountArb({ integerDigits: 4, decimals: 12 }),
  amountArb({ integerDigits: 16, decimals: 2 }),
  amountArb({ integerDigits: 28, decimals: 9 }),
  fc.constantFrom('0', '-0', '0.000', '-0.0', '9007199254740991', '-9007199254740993', '0.000000000000001'),
);

describe('ExactSum', () => {
  it('equals the BigInt oracle', () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 30 }), (amounts) => {
        expect(sumDecimals(amounts)).toBe(oracleText(amounts));
      }),
      { numRuns: 500 },
    );
  });

  it('adds sums as it adds their amounts', () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 10 }), fc.array(anyAmount, { maxLength: 10 }), (a, b) => {
        const left = new ExactSum();
        for (const x of a) left.add(x);
        const right = new ExactSum();
        for (const x of b) right.add(x);
        left.addSum(right);
        expect(left.toString()).toBe(oracleText([...a, ...b]));
      }),
      { numRuns: 300 },
    );
  });

  it('is order-independent and splits: sum(a ++ b) = sum(a) + sum(b)', () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 20 }), (amounts) => {
        expect(sumDecimals([...amounts].reverse())).toBe(sumDecimals(amounts));
        const half = amounts.length >> 1;
        const sumOf = (xs: string[]) => {
          const sum = new ExactSum();
          for (const x of xs) sum.add(x);
          return sum;
        };
        // Sums are added as sums: their text may be longer than the 40 characters of an amount.
        const split = sumOf(amounts.slice(0, half));
        split.addSum(sumOf(amounts.slice(half)));
        expect(split.toString()).toBe(sumDecimals(amounts));
      }),
    );
  });

  it('writes canonical amounts', () => {
    expect(canonicalAmount('233.0')).toBe('233.00');
    expect(canonicalAmount('-0.1250')).toBe('-0.125');
    expect(canonicalAmount('-0.00')).toBe('0.00');
    expect(canonicalAmount('007')).toBe('7.00');
    expect(canonicalAmount('-0.05')).toBe('-0.05');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(sumDecimals(['90071992547409.91', '0.01'])).toBe('90071992547409.92');
    expect(sumDecimals(['9007199254740991', '1'])).toBe('9007199254740992.00');
    expect(sumDecimals([])).toBe('0.00');
  });

  it('counts decimal places and integer digits by value', () => {
    expect([decimalPlaces('0.010'), decimalPlaces('5.0'), decimalPlaces('5'), decimalPlaces('1.25')]).toEqual(
      [2, 0, 0, 2],
    );
    expect([integerDigits('-0.5'), integerDigits('007'), integerDigits('1234567890.1')]).toEqual([1, 1, 10]);
  });
});

describe('isDecimalString', () => {
  it('accepts exactly the language of DECIMAL_PATTERN, up to 40 characters', () => {
    const near = fc.stringMatching(/^[-+0-9.,eE ]{0,12}$/);
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), anyAmount), (s) => {
        expect(isDecimalString(s)).toBe(s.length <= 40 && DECIMAL_PATTERN.test(s));
      }),
      { numRuns: 1000 },
    );
    expect(isDecimalString(12.5)).toBe(false);
    expect(isDecimalString('1'.repeat(41))).toBe(false);
  });

  it.each([
    [12.5, /JSON number 12\.5; send it as a decimal string such as "12\.50"/],
    [Number.POSITIVE_INFINITY, /^Amount is Infinity, which is not an amount/],
    // A JSON number from 1e21 on: plain digits, never "1e+21", which the parser would refuse.
    [1e21, /such as "1000000000000000000000\.00"/],
    [1e300, /far beyond an amount of at most 40 characters/],
    [null, /must be a decimal string/],
    ['', /empty/],
    ['1'.repeat(41), /41 characters; at most 40/],
    [' 12.50', /spaces around it/],
    ['12,50', /uses a comma; .*\(12\.50\)/],
    ['1e3', /exponent notation/],
    ['+5', /plus sign/],
    ['-.5', /no digit before the point; write "-0\.5"/],
    ['5.', /ends with a point/],
    ['1,250,000.00', /digit grouping/],
    ['12a', /is not a decimal number/],
  ])('explains why %j is not an amount', (value, why) => {
    expect(explainNotDecimal(value)).toMatch(why);
  });

  it('has nothing to explain for an amount', () => {
    expect(explainNotDecimal('-1250.5')).toBeUndefined();
  });
});

describe('ExactSum.add checks as it reads', () => {
  it('takes exactly the plain decimals of at most 40 characters, and adds nothing else', () => {
    const near = fc.stringMatching(/^-?[-+0-9.,eE ]{0,12}$/);
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), anyAmount), anyAmount, (s, before) => {
        const sum = new ExactSum();
        sum.add(before);
        const plain = s.length <= 40 && DECIMAL_PATTERN.test(s);
        expect(sum.add(s)).toBe(plain);
        expect(sum.toString()).toBe(oracleText(plain ? [before, s] : [before]));
      }),
      { numRuns: 1000 },
    );
    expect(new ExactSum().add(12 as unknown as string)).toBe(false);
  });

  it('makes sumDecimals throw on what is not an amount', () => {
    expect(() => sumDecimals(['1', '1e3'])).toThrow('[cco-erp] "1e3" is not a decimal string.');
  });
});

describe('canonicalText', () => {
  it('prints what ExactSum prints for one amount, or refuses what is not one', () => {
    const near = fc.stringMatching(/^-?[0-9.]{0,8}$/);
    fc.assert(
      fc.property(fc.oneof(near, anyAmount, fc.string()), (s) => {
        expect(canonicalText(s)).toBe(DECIMAL_PATTERN.test(s) ? oracleText([s]) : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back an amount that is already canonical, unchanged', () => {
    for (const a of ['1.50', '-0.05', '12.345', '0.10']) expect(canonicalText(a)).toBe(a);
    expect([canonicalText('-0.000'), canonicalText('007.5'), canonicalText('-00.10')]).toEqual([
      '0.00',
      '7.50',
      '-0.10',
    ]);
  });
});
