// Exact sums as users read them: the canonical text of a sum at each scale and size, sums of sums,
// and what an amount sent as a JSON number is told to become (at the edges of the 40-character
// limit and of the range where numbers print without an exponent).
import { describe, expect, it } from 'vitest';
import { aggregateLineItems } from '../../src/aggregateLineItems.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { ExactSum } from '../../src/money/exactSum.js';

function sum(...amounts: string[]): string {
  const s = new ExactSum();
  for (const a of amounts) expect(s.add(a)).toBe(true);
  return s.toString();
}

describe('the text of an exact sum', () => {
  it.each([
    [['0'], '0.00'],
    [['-0.00'], '0.00'],
    [['0.001', '-0.001'], '0.00'],
    [['1.05'], '1.05'],
    [['-1.05'], '-1.05'],
    [['1.5'], '1.50'],
    [['7'], '7.00'],
    [['-0.1', '0.05'], '-0.05'],
    [['0.123'], '0.123'],
    [['-0.123'], '-0.123'],
    [['0.0001'], '0.0001'],
    [['0.125', '0.125'], '0.25'],
    [['1.2300'], '1.23'],
    [['10.010', '0.09'], '10.10'],
    [['1.100', '2.2'], '3.30'],
    [['12.345', '0.005'], '12.35'],
    [['123.4567', '-23.4567'], '100.00'],
  ])('%j sums to %s', (amounts, expected) => {
    expect(sum(...amounts)).toBe(expected);
  });

  it('sums beyond what cents can count in a double keep every digit', () => {
    // 2 × 99999999999999 units is past 2^53 / 100: the general formatting, no scaling to cents.
    expect(sum('99999999999999', '99999999999999')).toBe('199999999999998.00');
    expect(sum('9999999999999.9', '9999999999999.9')).toBe('19999999999999.80');
    expect(sum('-9999999999999.9', '-9999999999999.9')).toBe('-19999999999999.80');
    expect(sum('99999999999.999', '99999999999.999')).toBe('199999999999.998');
  });

  it('adding sums equals adding their amounts, on either path and at any scale', () => {
    const cases: [string[], string[]][] = [
      [['1.5'], ['0.25']],
      [['0.001'], ['2']],
      [['123456789012345'], ['0.5']],
      [['1234567890123456789'], ['0.01']],
      [['0.1'], ['1234567890123456789.123']],
      [[], ['3.3']],
      [['3.3'], []],
    ];
    for (const [a, b] of cases) {
      const left = new ExactSum();
      for (const x of a) left.add(x);
      const right = new ExactSum();
      for (const x of b) right.add(x);
      left.addSum(right);
      expect(left.toString()).toBe(sum(...a, ...b));
    }
  });

  it('an amount that is not a plain decimal string is refused and adds nothing', () => {
    const s = new ExactSum();
    s.add('1.25');
    for (const bad of ['', '1e3', '+1', '1.', '.5', '1,5', ' 1', `1${'0'.repeat(40)}`]) {
      expect(s.add(bad)).toBe(false);
    }
    expect(s.toString()).toBe('1.25');
  });
});

describe('an amount sent as a JSON number', () => {
  const message = (amount: unknown): string | undefined => {
    const line = { id: '1', commitmentLineItemId: 'A', description: '', amount } as unknown as LineItem;
    const r = aggregateLineItems([line]);
    return r.ok ? undefined : r.error[0]?.message;
  };

  it('is told the decimal string to send, without an exponent, up to 40 characters', () => {
    expect(message(12.5)).toBe(
      'Line 1: The amount is the JSON number 12.5; send it as a decimal string such as "12.50", because binary numbers cannot hold every cent.',
    );
    expect(message(-3)).toContain('such as "-3.00"');
    expect(message(1e20)).toContain('such as "100000000000000000000.00"');
    expect(message(-1e21)).toContain('such as "-1000000000000000000000.00"');
    // 1e36 is 37 digits: with ".00", exactly 40 characters, the longest suggested (1e38, 38 digits as a double, would be 41; so would -1e36 with its sign).
    // The suggestion is the double's exact value, in plain digits.
    const suggested = /such as "([^"]*)"/.exec(message(1e36) ?? '')?.[1] ?? '';
    expect(suggested).toMatch(/^1\d{36}\.00$/);
    expect(suggested).toHaveLength(40);
    expect(Number(suggested)).toBe(1e36);
    expect(message(1e38)).toBe(
      'Line 1: The amount is the JSON number 1e+38, far beyond an amount of at most 40 characters; send a decimal string.',
    );
    expect(message(-1e36)).toBe(
      'Line 1: The amount is the JSON number -1e+36, far beyond an amount of at most 40 characters; send a decimal string.',
    );
  });

  it('a number that is no amount at all is named', () => {
    expect(message(Number.NaN)).toBe(
      'Line 1: The amount is NaN, which is not an amount; send a decimal string such as "1250.50".',
    );
    expect(message(Number.NEGATIVE_INFINITY)).toBe(
      'Line 1: The amount is -Infinity, which is not an amount; send a decimal string such as "1250.50".',
    );
  });

  it('other malformed amounts are named by their fault', () => {
    expect(message(null)).toBe('Line 1: The amount must be a decimal string such as "1250.50".');
    expect(message('')).toBe('Line 1: The amount is empty; write a decimal string such as "0.00".');
    expect(message('1'.repeat(41))).toBe('Line 1: The amount has 41 characters; at most 40 are accepted.');
    expect(message('-12,50')).toBe(
      'Line 1: The amount "-12,50" uses a comma; write the decimal point as "." (-12.50).',
    );
    expect(message('1,000,000')).toBe(
      'Line 1: The amount "1,000,000" has digit grouping; write digits only, such as "1250000.00".',
    );
    expect(message('1_000')).toContain('has digit grouping');
    expect(message('1 000')).toContain('has digit grouping');
    expect(message('a1,5')).toContain('has digit grouping');
    expect(message('1,5a')).toContain('has digit grouping');
    expect(message('1E5')).toContain('is in exponent notation');
    expect(message('1+2')).toBe(
      'Line 1: The amount "1+2" is not a decimal number; write it like "-1250.50".',
    );
    expect(message('.55')).toBe('Line 1: The amount ".55" has no digit before the point; write "0.55".');
    expect(message('55.')).toBe(
      'Line 1: The amount "55." ends with a point; add the decimals or remove the point.',
    );
    expect(message('\t5')).toBe('Line 1: The amount "\\t5" has spaces around it; remove them.');
    expect(message('5 ')).toBe('Line 1: The amount "5 " has spaces around it; remove them.');
  });
});
