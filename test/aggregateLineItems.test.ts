import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateLineItems } from '../src/aggregateLineItems.js';
import type { LineItem } from '../src/model/lineItem.js';
import { amountArb } from '../src/testing/arbitraries.js';
import { oracleSum, outputUnits, sameValue } from './helpers/oracle.js';
import { errors, value } from './helpers/result.js';

/** The aggregated lines of lines that must aggregate. */
const aggregated = (lines: Parameters<typeof aggregateLineItems>[0]) => value(aggregateLineItems(lines));

const line = (
  id: string,
  commitmentLineItemId: string,
  amount: string,
  description = `line ${id}`,
): LineItem => ({
  id,
  commitmentLineItemId,
  description,
  amount,
  costCode: { code: '03-200', erpId: '03-200' },
  category: { code: 'M', erpId: 'M' },
});

const linesArb = (amounts = amountArb({ integerDigits: 12, decimals: 4 })) =>
  fc
    .array(fc.record({ cli: fc.constantFrom('A', 'B', 'C', 'D'), amount: amounts }), { maxLength: 40 })
    .map((rows) => rows.map((r, i) => line(String(i), r.cli, r.amount)));

describe('aggregateLineItems', () => {
  it('sums repeated commitment lines into one, in order of first appearance', () => {
    const out = aggregated([
      line('1', 'A', '100', 'Rebar'),
      line('2', 'B', '233.0'),
      line('3', 'A', '50.5'),
      line('4', 'A', '-0.1'),
    ]);
    expect(out).toEqual([
      {
        commitmentLineItemId: 'A',
        amount: '150.40',
        description: 'Rebar',
        lineItemIds: ['1', '3', '4'],
        costCode: { code: '03-200', erpId: '03-200' },
        category: { code: 'M', erpId: 'M' },
      },
      {
        commitmentLineItemId: 'B',
        amount: '233.00',
        description: 'line 2',
        lineItemIds: ['2'],
        costCode: { code: '03-200', erpId: '03-200' },
        category: { code: 'M', erpId: 'M' },
      },
    ]);
  });
  it('keeps the first line’s coding and omits absent codes', () => {
    const bare: LineItem = { id: '1', commitmentLineItemId: 'A', description: 'd', amount: '1' };
    expect(aggregated([bare])).toEqual([
      { commitmentLineItemId: 'A', amount: '1.00', description: 'd', lineItemIds: ['1'] },
    ]);
  });
  it('returns [] for no lines', () => {
    expect(aggregated([])).toEqual([]);
  });
  it('takes amounts of up to 40 characters and refuses longer ones and non-strings', () => {
    const forty = `${'9'.repeat(37)}.00`;
    expect(aggregated([line('1', 'A', forty)])[0]!.amount).toBe(forty);
    const codes = (lines: LineItem[]) =>
      errors(aggregateLineItems(lines)).map((v) => [v.code, v.path.join('.')]);
    expect(codes([line('1', 'A', `${forty}0`)])).toEqual([['invalid_decimal', 'lineItems.0.amount']]);
    expect(codes([line('1', 'A', 12.5 as unknown as string)])).toEqual([
      ['invalid_decimal', 'lineItems.0.amount'],
    ]);
    expect(codes([line('1', 'A', '1'), line('2', 'A', `${forty}0`)])).toEqual([
      ['invalid_decimal', 'lineItems.1.amount'],
    ]);
  });
  it('refuses unparsed amounts as data, never throws, and says why', () => {
    const [v] = errors(aggregateLineItems([line('1', 'A', '1e3')]));
    expect(v).toEqual({
      code: 'invalid_decimal',
      path: ['lineItems', 0, 'amount'],
      message:
        'Line 1 ("line 1"): The amount "1e3" is in exponent notation; write every digit, such as "1000.00".',
    });
  });
  it('refuses a line whose id an earlier line has: it would count the money twice', () => {
    const twice = [line('1', 'A', '100'), line('2', 'B', '5'), line('1', 'A', '100')];
    expect(errors(aggregateLineItems(twice))).toEqual([
      {
        code: 'duplicate_line_item',
        path: ['lineItems', 2],
        message:
          'Line 3 ("line 1") has the id "1" of line 1; each line is counted once, so a repeated line would add its money twice. Remove the repeat (was a page of lines read twice?).',
      },
    ]);
  });
});

describe('properties', () => {
  it('each line equals the BigInt oracle sum of its group', () => {
    fc.assert(
      fc.property(linesArb(), (lines) => {
        for (const out of aggregated(lines)) {
          const amounts = lines
            .filter((l) => l.commitmentLineItemId === out.commitmentLineItemId)
            .map((l) => l.amount);
          const expected = oracleSum(amounts);
          expect(outputUnits(out.amount, expected.scale)).toBe(expected.units);
        }
      }),
    );
  });
  it('loses nothing: the total of the output equals the oracle total of the input, and every line is used once', () => {
    fc.assert(
      fc.property(linesArb(amountArb({ integerDigits: 25, decimals: 6 })), (lines) => {
        const out = aggregated(lines);
        const expected = oracleSum(lines.map((l) => l.amount));
        expect(sameValue(oracleSum(out.map((o) => o.amount)), expected)).toBe(true);
        expect(out.flatMap((o) => o.lineItemIds).sort()).toEqual(lines.map((l) => l.id).sort());
        expect(new Set(out.map((o) => o.commitmentLineItemId)).size).toBe(out.length);
      }),
    );
  });
  it('is order-independent (sums per commitment line do not depend on SOV order)', () => {
    fc.assert(
      fc.property(linesArb(), fc.func(fc.integer()), (lines, key) => {
        const shuffled = [...lines].sort((a, b) => key(a.id) - key(b.id));
        const byId = (ls: LineItem[]) =>
          Object.fromEntries(aggregated(ls).map((o) => [o.commitmentLineItemId, o.amount]));
        expect(byId(shuffled)).toEqual(byId(lines));
      }),
    );
  });
  it('sum(a ++ b) = sum(a) + sum(b), per commitment line', () => {
    fc.assert(
      fc.property(linesArb(), linesArb(), (a, b) => {
        const b2 = b.map((l) => ({ ...l, id: `b${l.id}` }));
        const both = aggregated([...a, ...b2]);
        const parts = aggregated([
          ...aggregated(a).map((o, i) => line(`a${i}`, o.commitmentLineItemId, o.amount)),
          ...aggregated(b2).map((o, i) => line(`b${i}`, o.commitmentLineItemId, o.amount)),
        ]);
        const amounts = (xs: { commitmentLineItemId: string; amount: string }[]) =>
          Object.fromEntries(xs.map((o) => [o.commitmentLineItemId, o.amount]));
        expect(amounts(both)).toEqual(amounts(parts));
      }),
    );
  });
  it('groups by a map past 16 commitment lines, the same as by scanning', () => {
    // 17 to 40 distinct commitment lines first (the map starts at the 17th), then lines that come
    // back to any of them, the late ones included.
    const many = fc
      .integer({ min: 17, max: 40 })
      .chain((distinct) =>
        fc.tuple(
          fc.constant(distinct),
          fc.array(fc.nat({ max: distinct - 1 }), { minLength: 1, maxLength: 40 }),
          fc.array(amountArb({ integerDigits: 9, decimals: 2 }), { minLength: 80, maxLength: 80 }),
        ),
      )
      .map(([distinct, repeats, amounts]) =>
        [...Array.from({ length: distinct }, (_, k) => k), ...repeats, distinct - 1].map((k, i) =>
          line(String(i), `L${k}`, amounts[i % amounts.length]!),
        ),
      );
    fc.assert(
      fc.property(many, (lines) => {
        const out = aggregated(lines);
        const ids = [...new Set(lines.map((l) => l.commitmentLineItemId))];
        expect(out.map((o) => o.commitmentLineItemId)).toEqual(ids);
        for (const o of out) {
          const group = lines.filter((l) => l.commitmentLineItemId === o.commitmentLineItemId);
          expect(o.lineItemIds).toEqual(group.map((l) => l.id));
          expect(sameValue(oracleSum([o.amount]), oracleSum(group.map((l) => l.amount)))).toBe(true);
        }
      }),
    );
  });
  it('never mutates its input', () => {
    fc.assert(
      fc.property(linesArb(), (lines) => {
        const before = structuredClone(lines);
        aggregated(lines);
        expect(lines).toEqual(before);
      }),
    );
  });
  it('outputs at least two decimals and never an exponent', () => {
    fc.assert(
      fc.property(linesArb(amountArb({ integerDigits: 27, decimals: 10 })), (lines) => {
        for (const o of aggregated(lines)) expect(o.amount).toMatch(/^-?\d+\.\d{2,}$/);
      }),
    );
  });
});
