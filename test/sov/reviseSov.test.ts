import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { Commitment } from '../../src/model/commitment.js';
import { CHANGE_ORDER_STATUSES } from '../../src/model/enums.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { reviseSov } from '../../src/sov/reviseSov.js';
import { amountArb } from '../../src/testing/arbitraries.js';
import { aChangeOrder, aCommitment, aLineItem } from '../../src/testing/builders.js';
import { oracleText } from '../helpers/oracle.js';
import { errors, value } from '../helpers/result.js';

const commitment = () => aCommitment().build();
const co = (id: string, ...lines: ReturnType<typeof aLineItem>[]) =>
  aChangeOrder()
    .withId(id)
    .withLineItems(...lines)
    .build();
const on = (line: string, amount: string, id?: string) => {
  const l = aLineItem().onCommitmentLine(line).withAmount(amount);
  return id === undefined ? l : l.withId(id);
};

describe('reviseSov', () => {
  it('sums the approved change orders per SOV line, exactly, with the lines that changed it', () => {
    const r = value(
      reviseSov(commitment(), [
        co('7', on('501', '1250.50', '11'), on('502', '233.0', '12')),
        co('8', on('501', '0.1', '21'), on('501', '0.2', '22')),
      ]),
    );
    expect(r).toEqual({
      commitmentId: '2',
      lines: [
        {
          commitmentLineItemId: '501',
          erpId: 'SC-001-1',
          description: 'Rebar material',
          added: false,
          original: '25000.00',
          approvedChanges: '1250.80',
          revised: '26250.80',
          changeOrderIds: ['7', '8'],
          lineItemIds: ['11', '21', '22'],
        },
        {
          commitmentLineItemId: '502',
          erpId: 'SC-001-2',
          description: 'Placing labor',
          added: false,
          original: '8000.00',
          approvedChanges: '233.00',
          revised: '8233.00',
          changeOrderIds: ['7'],
          lineItemIds: ['12'],
        },
      ],
      original: '33000.00',
      approvedChanges: '1483.80',
      revised: '34483.80',
      changeOrderIds: ['7', '8'],
      notices: [],
    });
  });

  it('lists the lines a change order adds after the SOV’s own, from zero', () => {
    const r = value(reviseSov(commitment(), [co('7', on('900', '50', '11').withDescription('New work'))]));
    expect(
      r.lines.map((l) => [l.commitmentLineItemId, l.added, l.original, l.revised, l.description]),
    ).toEqual([
      ['501', false, '25000.00', '25000.00', 'Rebar material'],
      ['502', false, '8000.00', '8000.00', 'Placing labor'],
      ['900', true, '0.00', '50.00', 'New work'],
    ]);
    expect('erpId' in r.lines[2]!).toBe(false);
  });

  it('counts approved change orders only', () => {
    const pending = aChangeOrder().withId('9').withStatus('pending').build();
    const r = value(reviseSov(commitment(), [pending, co('7', on('501', '1', '11'))]));
    expect([r.approvedChanges, r.changeOrderIds]).toEqual(['1.00', ['7']]);
  });

  it('a line revised below zero is a notice by default, a violation when the profile says so', () => {
    const down = [co('7', on('502', '-8000.01', '11'))];
    const r = value(reviseSov(commitment(), down));
    expect(r.notices).toEqual([
      {
        code: 'revised_line_negative',
        message:
          'Commitment line "502" ("Placing labor") is revised below zero: original 8000.00, approved changes -8000.01 (change orders "7"), revised -0.01. Check the change orders.',
        commitmentLineItemId: '502',
        revised: '-0.01',
      },
    ]);
    const strict = { ...sage300Cre, revisedLineNegative: 'violation' as const };
    expect(errors(reviseSov(commitment(), down, { profile: strict }))).toEqual([
      {
        code: 'revised_line_negative',
        path: ['commitment', 'sov', 1],
        message:
          'Commitment line "502" ("Placing labor") is revised below zero: original 8000.00, approved changes -8000.01 (change orders "7"), revised -0.01. Sage 300 CRE takes no commitment line below zero; correct the change orders.',
      },
    ]);
    // Exactly zero is not below zero.
    expect(value(reviseSov(commitment(), [co('7', on('502', '-8000', '11'))])).notices).toEqual([]);
  });

  it('names at most three change orders in a notice', () => {
    const many = ['1', '2', '3', '4', '5'].map((id) => co(id, on('502', '-2000', `${id}1`)));
    expect(value(reviseSov(commitment(), many)).notices[0]!.message).toContain(
      '(change orders "1", "2", "3" and 2 more)',
    );
  });

  it('refuses, rather than count wrongly: another commitment, a change order twice, a line twice, an amount that is no decimal', () => {
    const other = aChangeOrder().withId('5').withCommitment({ id: '3' }).build();
    const twice = co('7', on('501', '1', '11'));
    const lineTwice = co('8', on('501', '1', '21'), on('502', '1', '21'));
    const badAmount = co('9', on('501', '12,50', '31'));
    const r = reviseSov(commitment(), [other, twice, twice, lineTwice, badAmount]);
    expect(errors(r).map((i) => [i.code, i.path])).toEqual([
      ['commitment_mismatch', ['changeOrders', 0, 'commitment', 'id']],
      ['duplicate_change_order', ['changeOrders', 2, 'id']],
      ['duplicate_line_item', ['changeOrders', 3, 'lineItems', 1]],
      ['invalid_decimal', ['changeOrders', 4, 'lineItems', 0, 'amount']],
    ]);
    expect(errors(r)[1]!.message).toBe(
      'Change order "7" is given twice (changeOrders[1] and changeOrders[2]); its modifications would be counted twice. Remove the repeat.',
    );
  });

  it('refuses an SOV with a repeated line or an amount that is no decimal (a literal never parsed)', () => {
    const [a, b] = commitment().sov;
    const bad: Commitment = { ...commitment(), sov: [a!, { ...b!, amount: '1e3' }, { ...b! }] };
    expect(errors(reviseSov(bad, [])).map((i) => [i.code, i.path])).toEqual([
      ['invalid_decimal', ['commitment', 'sov', 1, 'amount']],
      ['duplicate_line_item', ['commitment', 'sov', 2, 'id']],
    ]);
  });

  it('never throws: what cannot be read is unreadable_input', () => {
    expect(errors(reviseSov(commitment(), 42 as unknown as ChangeOrder[]))[0]!.code).toBe('unreadable_input');
    expect(errors(reviseSov({ ...commitment(), sov: null as never }, []))[0]!.code).toBe('unreadable_input');
  });
});

/** Change orders on the builders' commitment, any status, on its lines and on new ones. */
function changeOrdersArb(): fc.Arbitrary<ChangeOrder[]> {
  const line = fc.record({
    on: fc.constantFrom('501', '502', '503', '504'),
    amount: amountArb({ integerDigits: 10, decimals: 4 }),
  });
  return fc
    .array(
      fc.record({
        status: fc.constantFrom(...CHANGE_ORDER_STATUSES),
        lines: fc.array(line, { maxLength: 5 }),
      }),
      {
        maxLength: 8,
      },
    )
    .map((drafts) =>
      drafts.map((d, k) =>
        aChangeOrder()
          .withId(`co-${k}`)
          .withStatus(d.status)
          .withLineItems(...d.lines.map((l, i) => on(l.on, l.amount, `${k}-${i}`)))
          .build(),
      ),
    );
}

const sovArb = fc
  .tuple(amountArb({ integerDigits: 12, decimals: 4 }), amountArb({ integerDigits: 12, decimals: 4 }))
  .map(([a, b]) => aCommitment().withLine('501', { amount: a }).withLine('502', { amount: b }).build());

describe('properties', () => {
  it('revised amounts equal a BigInt oracle; original + approved changes = revised, per line and in total', () => {
    fc.assert(
      fc.property(sovArb, changeOrdersArb(), (k, cos) => {
        const r = value(reviseSov(k, cos));
        const approved = cos.filter((c) => c.status === 'approved');
        for (const line of r.lines) {
          const sovAmount = k.sov.find((l) => l.id === line.commitmentLineItemId)?.amount ?? '0';
          const changes = approved.flatMap((c) =>
            c.lineItems
              .filter((l) => l.commitmentLineItemId === line.commitmentLineItemId)
              .map((l) => l.amount),
          );
          expect(line.approvedChanges).toBe(oracleText(['0', ...changes]));
          expect(line.revised).toBe(oracleText([sovAmount, ...changes]));
          expect(line.revised).toBe(oracleText([line.original, line.approvedChanges]));
        }
        const every = approved.flatMap((c) => c.lineItems.map((l) => l.amount));
        expect(r.approvedChanges).toBe(oracleText(['0', ...every]));
        expect(r.revised).toBe(oracleText([r.original, r.approvedChanges]));
        expect(r.revised).toBe(oracleText(r.lines.map((l) => l.revised)));
        expect(r.original).toBe(oracleText(k.sov.map((l) => l.amount)));
        // Every approved line is counted once, on one revised line.
        expect(r.lines.flatMap((l) => l.lineItemIds).sort()).toEqual(
          approved.flatMap((c) => c.lineItems.map((l) => l.id)).sort(),
        );
      }),
    );
  });

  it('the order of the change orders changes nothing but the order of the ids', () => {
    fc.assert(
      fc.property(sovArb, changeOrdersArb(), (k, cos) => {
        const a = value(reviseSov(k, cos));
        const b = value(reviseSov(k, [...cos].reverse()));
        const amounts = (x: typeof a) =>
          x.lines
            .map((l) => [l.commitmentLineItemId, l.revised])
            .sort((p, q) => String(p[0]).localeCompare(String(q[0])));
        expect(amounts(b)).toEqual(amounts(a));
        expect([b.original, b.approvedChanges, b.revised]).toEqual([
          a.original,
          a.approvedChanges,
          a.revised,
        ]);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(sovArb, changeOrdersArb(), (k, cos) => {
        const before = structuredClone([k, cos]);
        reviseSov(k, cos);
        expect([k, cos]).toEqual(before);
      }),
    );
  });

  it('a negative revised line is a notice exactly when the revised amount is below zero', () => {
    fc.assert(
      fc.property(sovArb, changeOrdersArb(), (k, cos) => {
        const r = value(reviseSov(k, cos));
        expect(r.notices.map((n) => n.commitmentLineItemId)).toEqual(
          r.lines.filter((l) => l.revised.startsWith('-')).map((l) => l.commitmentLineItemId),
        );
      }),
    );
  });
});
