// Behaviours of the line checks and the line grouping (src/lines/) that the rules, the aggregator
// and the export share, stated through their public entry points: which repeat is reported and
// whom it names, which fields of a line are read as decimals, and what a group of lines sums to.
import { describe, expect, it } from 'vitest';
import { aggregateLineItems } from '../../src/aggregateLineItems.js';
import { exportChangeOrder } from '../../src/export/exportChangeOrder.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { validateAll } from '../../src/rules/validate.js';
import { aLineItem } from '../../src/testing/builders.js';
import { sendable, sendingContext } from '../fixtures.js';

const line = (id: string, commitmentLineItemId: string, amount: string, description = ''): LineItem =>
  aLineItem()
    .withId(id)
    .onCommitmentLine(commitmentLineItemId)
    .withAmount(amount)
    .withDescription(description)
    .build();

/** `n` lines with distinct ids on distinct commitment lines, then `patch` applied by index. */
function lines(n: number, patch: Record<number, Partial<LineItem>> = {}): LineItem[] {
  return Array.from({ length: n }, (_, i) => ({ ...line(`L${i}`, `C${i}`, '1.00'), ...patch[i] }));
}

describe('a repeated line id', () => {
  // Below and above 16 lines the repeats are found two ways (pairs, then a set): same reports.
  for (const n of [6, 20]) {
    it(`in ${n} lines: every repeat is reported at its own path and names the first holder`, () => {
      const items = lines(n, { 2: { id: 'L0' }, 4: { id: 'L0' }, [n - 1]: { id: 'L1' } });
      const r = aggregateLineItems(items);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.map((v) => [v.code, v.path])).toEqual([
        ['duplicate_line_item', ['lineItems', 2]],
        ['duplicate_line_item', ['lineItems', 4]],
        ['duplicate_line_item', ['lineItems', n - 1]],
      ]);
      expect(r.error[1]?.message).toBe(
        'Line 5 has the id "L0" of line 1; each line is counted once, so a repeated line would add its money twice. Remove the repeat (was a page of lines read twice?).',
      );
      expect(r.error[2]?.message).toContain(`Line ${n} has the id "L1" of line 2;`);
    });
  }

  it('the first line repeated is reported too (the first holder is line 1)', () => {
    const r = validateAll(sendable({ lineItems: lines(3, { 1: { id: 'L0' } }) }), sendingContext);
    expect(r.map((v) => [v.code, v.path])).toEqual([['duplicate_line_item', ['lineItems', 1]]]);
  });

  it('distinct ids are no repeat, at any count', () => {
    expect(aggregateLineItems(lines(17)).ok).toBe(true);
    expect(aggregateLineItems(lines(16)).ok).toBe(true);
  });
});

describe('decimal fields of a line', () => {
  it('the rules read amount, quantity and unit cost, naming each field and the line', () => {
    const bad = { ...line('1', 'A', '12,50', 'Rebar'), quantity: '1e3', unitCost: ' 4.00' };
    const r = validateAll(sendable({ lineItems: [line('0', 'Z', '1.00'), bad] }), sendingContext);
    const found = r.filter((v) => v.code === 'invalid_decimal');
    expect(found.map((v) => v.path)).toEqual([
      ['lineItems', 1, 'amount'],
      ['lineItems', 1, 'quantity'],
      ['lineItems', 1, 'unitCost'],
    ]);
    expect(found.map((v) => v.message)).toEqual([
      'Line 2 ("Rebar"): The amount "12,50" uses a comma; write the decimal point as "." (12.50).',
      'Line 2 ("Rebar"): The quantity "1e3" is in exponent notation; write every digit, such as "1000.00".',
      'Line 2 ("Rebar"): The unit cost " 4.00" has spaces around it; remove them.',
    ]);
  });

  it('an absent quantity or unit cost is no problem; an absent amount is', () => {
    const { amount: _, ...noAmount } = line('1', 'A', '1.00');
    const r = validateAll(sendable({ lineItems: [noAmount as LineItem] }), sendingContext);
    expect(r.map((v) => [v.code, v.path, v.message])).toEqual([
      [
        'invalid_decimal',
        ['lineItems', 0, 'amount'],
        'Line 1: The amount must be a decimal string such as "1250.50".',
      ],
    ]);
  });

  it('the aggregator reads only amounts: a bad quantity does not stop a sum', () => {
    const r = aggregateLineItems([{ ...line('1', 'A', '1.50'), quantity: 'many', unitCost: 'x' }]);
    expect(r).toEqual({
      ok: true,
      value: [
        {
          commitmentLineItemId: 'A',
          amount: '1.50',
          costCode: { code: '03-200', erpId: '03-200' },
          category: { code: 'M', erpId: 'M' },
          description: '',
          lineItemIds: ['1'],
        },
      ],
    });
  });

  it('lines that are not an array are unreadable input that says what they are', () => {
    const r = aggregateLineItems('1.00' as unknown as LineItem[]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0]?.code).toBe('unreadable_input');
    expect(r.error[0]?.message).toContain('lineItems must be an array of lines, not a string');
  });
});

describe('groups of lines on one commitment line', () => {
  it('sum every line of a group, however many, in order of first appearance', () => {
    const r = aggregateLineItems([
      line('1', 'A', '0.10'),
      line('2', 'B', '5'),
      line('3', 'A', '0.20'),
      line('4', 'A', '-0.05'),
      line('5', 'B', '0.001'),
    ]);
    expect(r.ok && r.value.map((g) => [g.commitmentLineItemId, g.amount, g.lineItemIds])).toEqual([
      ['A', '0.25', ['1', '3', '4']],
      ['B', '5.001', ['2', '5']],
    ]);
  });

  it('past 16 groups, late lines still join their groups', () => {
    const items = lines(20).concat([
      line('x1', 'C0', '2.00'),
      line('x2', 'C19', '0.5'),
      line('x3', 'C17', '1'),
    ]);
    const r = aggregateLineItems(items);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(20);
    expect(r.value[0]?.amount).toBe('3.00');
    expect(r.value[0]?.lineItemIds).toEqual(['L0', 'x1']);
    expect(r.value[17]?.amount).toBe('2.00');
    expect(r.value[19]?.amount).toBe('1.50');
  });

  it('a group with an amount that is not a decimal is reported once, never summed into a limit', () => {
    // Without the bad line, each group would have 10 integer digits: amount_too_large. A group
    // with a bad amount has no sum, so only invalid_decimal is reported.
    for (const order of [
      ['999999999', 'abc', '1'],
      ['abc', '999999999', '1'],
      ['999999999', '1', 'abc'],
      ['1000000000', 'abc'],
    ]) {
      const items = order.map((amount, i) => line(String(i), 'A', amount));
      const r = validateAll(sendable({ lineItems: items }), sendingContext);
      expect(r.map((v) => v.code)).toEqual(['invalid_decimal']);
    }
  });

  it('a profile that exports repeats apart keeps every line its own, with its own amount', () => {
    const allow = { ...sage300Cre, name: 'Apart', repeatedLines: 'allow' as const };
    const r = exportChangeOrder(
      sendable({ lineItems: [line('1', 'A', '1.00'), line('2', 'A', '2.00'), line('3', 'A', '3.00')] }),
      sendingContext,
      { profile: allow },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines.map((l) => [l.commitmentLineItemId, l.lineItemIds, l.amount])).toEqual([
      ['A', ['1'], '1.00'],
      ['A', ['2'], '2.00'],
      ['A', ['3'], '3.00'],
    ]);
    expect(r.value.total).toBe('6.00');
    expect(r.value.notices).toEqual([]);
  });
});
