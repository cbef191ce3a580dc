// The packed reading (`decimalShape`, what the hot paths use) and `readDecimal` against an oracle
// of the parts computed with a regular expression, on amounts of every length up to the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalShape,
  isDecimalString,
  MAX_AMOUNT_LENGTH,
  partsOf,
  readDecimal,
} from '../../src/money/decimalString.js';

/** Where the parts are, read with a regular expression: the oracle. */
function oracleParts(text: string) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null || text.length > MAX_AMOUNT_LENGTH) return undefined;
  const [, sign = '', digits = '', decimals] = m;
  const intStart = sign.length;
  const intEnd = intStart + digits.length;
  const leadingZeros = digits.length - digits.replace(/^0+(?=\d)/, '').length;
  const fracStart = decimals === undefined ? text.length : intEnd + 1;
  const fracEnd = decimals === undefined ? text.length : fracStart + decimals.replace(/0+$/, '').length;
  return { negative: sign === '-', wholeStart: intStart + leadingZeros, intEnd, fracStart, fracEnd };
}

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`)).filter((s) => s.length >= min);

/** Decimal strings of every length around the limit, with zeros where the parts' edges move. */
const nearDecimal = fc
  .tuple(
    fc.constantFrom('', '-', '+', ' '),
    fc.oneof(digits(0, 38), fc.constantFrom('0', '000', '0007')),
    fc.option(fc.oneof(digits(0, 38), fc.constantFrom('0', '500', '000')), { nil: undefined }),
    fc.constantFrom('', '', '', 'e3', ','),
  )
  .map(
    ([sign, whole, fraction, tail]) =>
      `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${tail}`,
  );

describe('decimalShape', () => {
  it('reads the same parts as the regular expression, packed, at every length', () => {
    fc.assert(
      fc.property(nearDecimal, (text) => {
        const expected = oracleParts(text);
        const shape = decimalShape(text);
        expect(shape < 0 ? undefined : partsOf(shape)).toEqual(expected);
        expect(readDecimal(text)).toEqual(expected);
        expect(isDecimalString(text)).toBe(expected !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('packs the largest indexes the length limit allows', () => {
    const longest = `-${'0'.repeat(19)}1.${'9'.repeat(MAX_AMOUNT_LENGTH - 22)}`;
    expect(longest).toHaveLength(MAX_AMOUNT_LENGTH);
    expect(partsOf(decimalShape(longest))).toEqual(oracleParts(longest));
    expect(decimalShape(`${longest}9`)).toBe(-1);
    expect(decimalShape(12)).toBe(-1);
  });
});
