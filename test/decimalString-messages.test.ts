import { describe, expect, it } from 'vitest';
import { explainNotDecimal, isDecimalString, MAX_AMOUNT_LENGTH } from '../src/money/decimalString.js';

// The message for each way an amount can be malformed is chosen by anchored patterns: these pin the
// anchors (a fault in the middle of the text is not the fault at its start or end) and the length
// limit at its exact edge.

describe('explainNotDecimal: which fault it names', () => {
  it('accepts exactly 40 characters and explains 41', () => {
    const forty = `1${'0'.repeat(MAX_AMOUNT_LENGTH - 4)}.00`;
    expect(forty).toHaveLength(40);
    expect(isDecimalString(forty)).toBe(true);
    expect(isDecimalString(`${forty}0`)).toBe(false);
    expect(explainNotDecimal(`${forty}0`)).toBe('Amount has 41 characters; at most 40 are accepted.');
    const fortyBad = `${'1'.repeat(39)}x`;
    expect(explainNotDecimal(fortyBad)).toBe(
      `Amount "${fortyBad}" is not a decimal number; write it like "-1250.50".`,
    );
  });

  it('a plus sign only at the start', () => {
    expect(explainNotDecimal('+5')).toBe(
      'Amount "+5" has a plus sign; write positive amounts without a sign.',
    );
    expect(explainNotDecimal('5+1')).toBe('Amount "5+1" is not a decimal number; write it like "-1250.50".');
  });

  it('no digit before the point: the suggestion keeps the sign', () => {
    expect(explainNotDecimal('.5')).toBe('Amount ".5" has no digit before the point; write "0.5".');
    expect(explainNotDecimal('-.25')).toBe('Amount "-.25" has no digit before the point; write "-0.25".');
    expect(explainNotDecimal('x.5')).toBe('Amount "x.5" is not a decimal number; write it like "-1250.50".');
    expect(explainNotDecimal('.5x')).toBe('Amount ".5x" is not a decimal number; write it like "-1250.50".');
  });

  it('a trailing point, after one digit or many', () => {
    expect(explainNotDecimal('5.')).toBe(
      'Amount "5." ends with a point; add the decimals or remove the point.',
    );
    expect(explainNotDecimal('-125.')).toBe(
      'Amount "-125." ends with a point; add the decimals or remove the point.',
    );
    expect(explainNotDecimal('x5.')).toBe('Amount "x5." is not a decimal number; write it like "-1250.50".');
    expect(explainNotDecimal('5.x')).toBe('Amount "5.x" is not a decimal number; write it like "-1250.50".');
  });
});
