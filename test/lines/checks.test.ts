// `findInvalidDecimals` skips a clean line after one look at each field by name; a line with any
// field that is not a decimal string goes through the field-by-field loop. Checked here against an
// oracle: exactly the fields that are not plain decimal strings (the regular expression, at most 40
// characters) are reported, in line and field order, whatever mix of values the lines hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateIds, findInvalidDecimals } from '../../src/lines/checks.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { aLineItem } from '../../src/testing/builders.js';

const value = fc.oneof(
  fc.constantFrom('12.50', '-0.5', '0', '1e3', '12,50', ' 1', '', '1.', '9'.repeat(41)),
  fc.integer().map((n) => n as unknown as string),
  fc.constant(null as unknown as string),
  fc.stringMatching(/^-?[0-9]{1,6}(\.[0-9]{1,3})?$/),
);
const optional = fc.option(value, { nil: undefined });

const isDecimal = (v: unknown) => typeof v === 'string' && v.length <= 40 && /^-?\d+(\.\d+)?$/.test(v);

describe('findInvalidDecimals', () => {
  it('reports exactly the fields that are not decimal strings, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, optional, optional), { maxLength: 5 }),
        fc.boolean(),
        (fields, amountOnly) => {
          const lines: LineItem[] = fields.map(([amount, quantity, unitCost], i) => ({
            ...aLineItem().buildWithId(String(i)),
            amount,
            ...(quantity === undefined ? {} : { quantity }),
            ...(unitCost === undefined ? {} : { unitCost }),
          }));
          const expected = lines.flatMap((line, i) =>
            (amountOnly ? (['amount'] as const) : (['amount', 'quantity', 'unitCost'] as const))
              .filter((f) => (f === 'amount' || line[f] !== undefined) && !isDecimal(line[f]))
              .map((f) => ['lineItems', i, f]),
          );
          expect(findInvalidDecimals(lines, amountOnly).map((f) => f.path)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findDuplicateIds', () => {
  it('reports every line whose id an earlier line has, naming the first, below and above 16 lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '2', '3', 'x', '10'), { maxLength: 40 }), (ids) => {
        const lines = ids.map((id) => aLineItem().buildWithId(id));
        const expected = ids.flatMap((id, i) => {
          const first = ids.indexOf(id);
          return first < i ? [[i, first + 1]] : [];
        });
        const found = findDuplicateIds(lines).map((f) => [
          f.path[1],
          Number(/ of line (\d+);/.exec(f.message)?.[1]),
        ]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear when every line repeats one id', () => {
    const lines = Array.from({ length: 100_000 }, () => aLineItem().buildWithId('same'));
    const started = performance.now();
    expect(findDuplicateIds(lines)).toHaveLength(99_999);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
