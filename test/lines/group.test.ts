// The shape each group carries for the rules on sums is its amount's own reading: the rules read
// it instead of reading the amount again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupLines } from '../../src/lines/group.js';
import { decimalShape } from '../../src/money/decimalString.js';
import { changeOrderArb } from '../../src/testing/arbitraries.js';
import { aLineItem } from '../../src/testing/builders.js';

describe('groupLines', () => {
  it("carries decimalShape of each group's amount, merged or not", () => {
    fc.assert(
      fc.property(changeOrderArb(), fc.boolean(), (co, merge) => {
        for (const group of groupLines(co.lineItems, merge)) {
          expect(group.shape).toBe(decimalShape(group.amount));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a sum longer than 40 characters, or an invalid one, has no shape', () => {
    const big = '9'.repeat(39);
    const lines = [
      aLineItem().withAmount(big).buildWithId('1'),
      aLineItem().withAmount(big).buildWithId('2'),
      aLineItem().withAmount('x').onCommitmentLine('502').buildWithId('3'),
    ];
    expect(groupLines(lines, true).map((g) => [g.amount.length, g.shape])).toEqual([
      [43, -1],
      [0, -1],
    ]);
  });
});
