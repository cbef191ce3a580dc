import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateLineItems, groupLineItems } from '../src/aggregateLineItems.js';
import type { LineItem } from '../src/model/lineItem.js';
import { amountArb, sendableLineItemsArb } from '../src/testing/arbitraries.js';
import { cents } from './fixtures.js';

const lines = fc.array(
  fc.record({
    id: fc.uuid(),
    commitmentLineItemId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'),
    description: fc.string(),
    amount: amountArb({ integerDigits: 12, decimals: 2 }),
  }),
  { maxLength: 40 },
);

describe('aggregateLineItems', () => {
  it('sums each commitment line exactly, as the BigInt-cents oracle does', () => {
    fc.assert(
      fc.property(lines, (items) => {
        const oracle = new Map<string, bigint>();
        for (const l of items)
          oracle.set(l.commitmentLineItemId, (oracle.get(l.commitmentLineItemId) ?? 0n) + cents(l.amount));
        const out = aggregateLineItems(items);
        expect(out.map((l) => l.commitmentLineItemId)).toEqual([...oracle.keys()]);
        for (const l of out) expect(cents(l.amount)).toBe(oracle.get(l.commitmentLineItemId));
        expect(out.every((l) => /^-?\d+\.\d\d$/.test(l.amount))).toBe(true);
      }),
    );
  });

  it('loses nothing, is order-independent and does not mutate its input', () => {
    fc.assert(
      fc.property(sendableLineItemsArb({ maxLines: 20 }), (items) => {
        const before = structuredClone(items);
        const out = aggregateLineItems(items);
        expect(items).toEqual(before);
        expect(out.flatMap((l) => l.lineItemIds).sort()).toEqual(items.map((l) => l.id).sort());
        const reversed = aggregateLineItems([...items].reverse());
        const byId = (ls: typeof out) =>
          Object.fromEntries(ls.map((l) => [l.commitmentLineItemId, l.amount]));
        expect(byId(reversed)).toEqual(byId(out));
      }),
    );
  });

  it('keeps the first line’s coding and description', () => {
    const a = { code: '03-200', erpId: '03-200' };
    expect(
      aggregateLineItems([
        { id: '1', commitmentLineItemId: 'A', description: 'Rebar', amount: '100', costCode: a, category: a },
        { id: '2', commitmentLineItemId: 'A', description: 'More', amount: '50.5' },
        { id: '3', commitmentLineItemId: 'B', description: 'Forms', amount: '233.0' },
      ]),
    ).toEqual([
      {
        commitmentLineItemId: 'A',
        amount: '150.50',
        costCode: a,
        category: a,
        description: 'Rebar',
        lineItemIds: ['1', '2'],
      },
      { commitmentLineItemId: 'B', amount: '233.00', description: 'Forms', lineItemIds: ['3'] },
    ]);
  });

  it('groups many commitment lines (past the scanning limit) in first-seen order', () => {
    const items: LineItem[] = Array.from({ length: 60 }, (_, i) => ({
      id: String(i),
      commitmentLineItemId: String((i * 7) % 20),
      description: '',
      amount: '1.01',
    }));
    const out = aggregateLineItems(items);
    expect(out).toHaveLength(20);
    expect(out[0]).toMatchObject({
      commitmentLineItemId: '0',
      amount: '3.03',
      lineItemIds: ['0', '20', '40'],
    });
    expect(out.map((l) => l.commitmentLineItemId).slice(0, 4)).toEqual(['0', '7', '14', '1']);
  });

  it('throws on an amount that was not parsed', () => {
    expect(() =>
      aggregateLineItems([
        { id: '1', commitmentLineItemId: 'A', description: '', amount: 12 as unknown as string },
      ]),
    ).toThrow(/^\[cco-erp\] lineItems\[0\]\.amount 12 is not a decimal string/);
    for (const amount of [null, '1'.repeat(41), '1e3', '']) {
      expect(() =>
        aggregateLineItems([
          { id: '1', commitmentLineItemId: 'A', description: '', amount: amount as string },
        ]),
      ).toThrow(/is not a decimal string; read input with parseChangeOrder first/);
    }
  });
});

describe('groupLineItems remembers only an unchanged array', () => {
  it('groups again after a line, an amount or an id changes', () => {
    const items: LineItem[] = [
      { id: '1', commitmentLineItemId: 'A', description: '', amount: '1.00' },
      { id: '2', commitmentLineItemId: 'A', description: '', amount: '2.00' },
    ];
    const first = groupLineItems(items);
    expect(groupLineItems(items)).toBe(first);
    items[1]!.amount = '5.00';
    expect(groupLineItems(items)[0]!.amount).toBe('6.00');
    items[1]!.commitmentLineItemId = 'B';
    expect(groupLineItems(items).map((g) => g.amount)).toEqual(['1.00', '5.00']);
    items.push({ id: '3', commitmentLineItemId: 'B', description: '', amount: '1' });
    expect(groupLineItems(items).map((g) => g.amount)).toEqual(['1.00', '6.00']);
    items[2] = { id: '4', commitmentLineItemId: 'B', description: '', amount: '1' };
    expect(groupLineItems(items)[1]!.indexes).toEqual([1, 2]);
    const copy = [...items];
    expect(groupLineItems(copy)).not.toBe(groupLineItems(items));
  });

  it('equals a fresh grouping after any edit', () => {
    fc.assert(
      fc.property(lines, fc.nat(), amountArb(), (items, at, amount) => {
        groupLineItems(items);
        if (items.length > 0) items[at % items.length]!.amount = amount;
        const fresh = groupLineItems(structuredClone(items));
        expect(groupLineItems(items).map((g) => [g.commitmentLineItemId, g.amount, g.indexes])).toEqual(
          fresh.map((g) => [g.commitmentLineItemId, g.amount, g.indexes]),
        );
      }),
    );
  });
});
