// Tests for the parts of the core this issue changed: labelled decimal messages, grouping without
// merging, the optional profile of validate and toSage300Payload.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportChangeOrder,
  parseChangeOrder,
  sage300Cre,
  toSage300Payload,
  validate,
  validateAll,
} from '../../src/index.js';
import { groupLines } from '../../src/lines/group.js';
import { viewpointVista } from '../../src/profiles/viewpointVista.js';
import {
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../../src/testing/index.js';
import { oracleSum, sameValue } from '../helpers/oracle.js';

describe('decimal messages name the field', () => {
  it.each([
    ['', 'Quantity is empty; write a decimal string such as "0.00".'],
    ['1'.repeat(41), 'Quantity has 41 characters; at most 40 are accepted.'],
    [' 1', 'Quantity " 1" has spaces around it; remove them.'],
    ['12,5', 'Quantity "12,5" uses a comma; write the decimal point as "." (12.5).'],
    ['+1', 'Quantity "+1" has a plus sign; write positive amounts without a sign.'],
    ['.5', 'Quantity ".5" has no digit before the point; write "0.5".'],
    ['5.', 'Quantity "5." ends with a point; add the decimals or remove the point.'],
    ['1_000', 'Quantity "1_000" has digit grouping; write digits only, such as "1250000.00".'],
    ['abc', 'Quantity "abc" is not a decimal number; write it like "-1250.50".'],
    [null, 'Quantity must be a decimal string such as "1250.50".'],
  ])('quantity %j', (quantity, message) => {
    const fixture = fc.sample(sendableChangeOrderArb({ maxLines: 1 }), { numRuns: 1, seed: 1 })[0]!;
    const input = JSON.parse(JSON.stringify(fixture)) as { lineItems: Record<string, unknown>[] };
    input.lineItems[0] = { ...input.lineItems[0], quantity };
    const r = parseChangeOrder(input);
    expect(r.ok ? [] : r.error).toEqual([
      { code: 'invalid_decimal', path: ['lineItems', 0, 'quantity'], message },
    ]);
  });

  it('amounts keep their 0.1 wording', () => {
    const r = parseChangeOrder({ lineItems: [{ amount: '1e3' }] });
    expect(r.ok ? [] : r.error.find((i) => i.code === 'invalid_amount')?.message).toBe(
      'Amount "1e3" is in exponent notation; write every digit, such as "1000.00".',
    );
  });
});

describe('groupLines without merging', () => {
  it('gives one group per line, whose sums per commitment line equal the merged groups', () => {
    fc.assert(
      fc.property(changeOrderArb(), (co) => {
        const apart = groupLines(co.lineItems, false);
        const merged = groupLines(co.lineItems, true);
        expect(apart.map((g) => g.indexes)).toEqual(co.lineItems.map((_, i) => [i]));
        for (const group of merged) {
          const parts = apart.filter((g) => g.commitmentLineItemId === group.commitmentLineItemId);
          expect(sameValue(oracleSum(parts.map((g) => g.amount)), oracleSum([group.amount]))).toBe(true);
        }
      }),
    );
  });

  it('an unparsed amount is refused as data (invalid_decimal), never thrown, by every path', () => {
    const [co, ctx] = fc.sample(fc.tuple(sendableChangeOrderArb(), sendingContextArb()), {
      numRuns: 1,
      seed: 2,
    })[0]!;
    const bad = { ...co, lineItems: [{ ...co.lineItems[0]!, amount: 12 as unknown as string }] };
    const expected = [
      {
        code: 'invalid_decimal',
        path: ['lineItems', 0, 'amount'],
        message: expect.stringContaining(
          'The amount is the JSON number 12; send it as a decimal string such as "12.00"',
        ),
      },
    ];
    expect(exportChangeOrder(bad, ctx, { profile: viewpointVista })).toEqual({ ok: false, error: expected });
    expect(toSage300Payload(bad, ctx)).toEqual({ ok: false, error: expected });
    expect(validateAll(bad, ctx)).toEqual(expected);
  });
});

describe('the profile option', () => {
  it('defaults to Sage 300 CRE in validate, validateAll and toSage300Payload', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
        const options = { profile: sage300Cre };
        expect(validate(co, ctx)).toEqual(validate(co, ctx, options));
        expect(validateAll(co, ctx)).toEqual(validateAll(co, ctx, options));
        expect(JSON.stringify(toSage300Payload(co, ctx))).toBe(
          JSON.stringify(toSage300Payload(co, ctx, options)),
        );
      }),
    );
  });
});
