import { describe, expect, it } from 'vitest';
import { aggregateLineItems } from '../src/aggregateLineItems.js';
import { aLineItem } from '../src/testing/builders.js';
import { errors, value } from './helpers/result.js';

/** The aggregated lines of lines that must aggregate. */
const aggregated = (lines: Parameters<typeof aggregateLineItems>[0]) => value(aggregateLineItems(lines));

// The exact shape of an aggregated line: absent codes are absent keys (not `undefined` values,
// which `toEqual` and JSON.stringify would hide), codes come from the group's first line.

describe('aggregateLineItems: the shape of a line', () => {
  it('has no costCode or category key when the first line has none', () => {
    const [line] = aggregated([aLineItem().withoutCostCode().withoutCategory().build()]);
    expect(Object.keys(line!).sort()).toEqual([
      'amount',
      'commitmentLineItemId',
      'description',
      'lineItemIds',
    ]);
    const [coded] = aggregated([aLineItem().withoutCategory().build()]);
    expect(Object.keys(coded!).sort()).toEqual([
      'amount',
      'commitmentLineItemId',
      'costCode',
      'description',
      'lineItemIds',
    ]);
  });

  it('takes description and codes from the first line of a group, ids from every line', () => {
    const lines = [
      aLineItem().withId('a').withDescription('first').withoutCategory().build(),
      aLineItem().withId('b').withDescription('second').withCostCode('09-999').withCategory('Z').build(),
    ];
    expect(aggregated(lines)).toStrictEqual([
      {
        commitmentLineItemId: '501',
        amount: '2501.00',
        costCode: { code: '03-200', erpId: '03-200' },
        description: 'first',
        lineItemIds: ['a', 'b'],
      },
    ]);
  });

  it('names the line and the amount when misused with unparsed input', () => {
    const ok = aLineItem().build();
    const bad = { ...aLineItem().withId('x').build(), amount: '12,50' };
    expect(errors(aggregateLineItems([ok, bad]))).toEqual([
      {
        code: 'invalid_decimal',
        path: ['lineItems', 1, 'amount'],
        message:
          'Line 2 ("Rebar material"): The amount "12,50" uses a comma; write the decimal point as "." (12.50).',
      },
    ]);
  });
});
