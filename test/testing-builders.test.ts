import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder, parseCommitment, parseExportContext } from '../src/parse.js';
import { validate, validateAll } from '../src/rules/validate.js';
import { aChangeOrder, aCommitment, aLineItem, anExportContext } from '../src/testing/builders.js';
import { example, exampleContext } from './helpers/fixtures.js';

const codes = (b = aChangeOrder(), c = anExportContext()) =>
  validateAll(b.build(), c.build()).map((v) => v.code);

describe('builders (cco-erp/testing)', () => {
  it('start from the sendable example: the same CCO and context as examples/01-sendable', () => {
    expect(aChangeOrder().build()).toEqual(example('01-sendable'));
    expect(anExportContext().build()).toEqual(exampleContext());
    expect(codes()).toEqual([]);
  });

  it('build what the parser accepts, unchanged', () => {
    const co = aChangeOrder().addLine(aLineItem().withId('13').withoutCategory()).build();
    expect(parseChangeOrder(co)).toEqual({ ok: true, value: co });
    const ctx = anExportContext().withTimeZone('Asia/Kolkata').build();
    expect(parseExportContext(ctx)).toEqual({ ok: true, value: ctx });
  });

  it('set every change-order field', () => {
    const co = aChangeOrder()
      .withId('1')
      .withNumber('42')
      .withErpId('X1')
      .withTitle('T')
      .withDescription('D')
      .withStatus('pending')
      .withCreatedAt('2024-01-01T00:00:00Z')
      .withErpStatus('rejected')
      .withCommitment({ erpId: 'SC-9' })
      .withVendor({ name: 'Other' })
      .build();
    expect(co).toMatchObject({
      id: '1',
      number: '42',
      erpId: 'X1',
      title: 'T',
      description: 'D',
      status: 'pending',
      createdAt: '2024-01-01T00:00:00Z',
      erpStatus: 'rejected',
      commitment: { id: '2', erpId: 'SC-9' },
      contractCompany: { id: '47', name: 'Other', erpVendorId: 'ACME' },
    });
  });

  it('remove optional fields as absent keys, not undefined values', () => {
    const co = aChangeOrder().withoutErpId().withUnsyncedCommitment().withUnlinkedVendor().build();
    expect('erpId' in co).toBe(false);
    expect('erpId' in co.commitment).toBe(false);
    expect('erpVendorId' in co.contractCompany).toBe(false);
    const line = aLineItem().withoutCostCode().withoutCategory().build();
    expect(Object.keys(line).sort()).toEqual(['amount', 'commitmentLineItemId', 'description', 'id']);
  });

  it('each breaking step fails exactly its rule', () => {
    expect(codes(aChangeOrder(), anExportContext().withUnsyncedProject())).toEqual(['project_not_synced']);
    expect(codes(aChangeOrder().withUnsyncedCommitment())).toEqual(['commitment_not_synced']);
    expect(codes(aChangeOrder().withErpStatus('synced'))).toEqual(['already_sent']);
    expect(codes(aChangeOrder(), anExportContext().withUser({ commitments: 'standard' }))).toEqual([
      'missing_commitments_admin',
    ]);
    expect(codes(aChangeOrder().withoutErpId())).toEqual(['erp_id_missing']);
    expect(
      codes(
        aChangeOrder().withoutErpId(),
        anExportContext().withSettings({ useChangeOrderNumberAsErpId: true }),
      ),
    ).toEqual([]);
    expect(codes(aChangeOrder().withTitle('x'.repeat(31)))).toEqual(['title_too_long']);
    expect(codes(aChangeOrder().withUnlinkedVendor())).toEqual(['vendor_not_linked']);
    expect(codes(aChangeOrder().withLineItems())).toEqual(['no_erp_cost_code']);
    expect(
      codes(aChangeOrder().addLine(aLineItem().withId('9').onCommitmentLine('8').withCategory('X', null))),
    ).toEqual(['line_not_erp_coded']);
    expect(codes(aChangeOrder().addLine(aLineItem().withId('9').withCostCode('99-999')))).toEqual([
      'conflicting_line_coding',
    ]);
    expect(codes(aChangeOrder().addLine(aLineItem().onCommitmentLine('7').withAmount('0.001')))).toEqual([
      'amount_too_precise',
    ]);
  });

  it('take line builders and plain lines alike', () => {
    const plain = aLineItem().withDescription('plain').build();
    const co = aChangeOrder().withLineItems(plain, aLineItem().withCostCode('01-100', null)).build();
    expect(co.lineItems.map((l) => l.description)).toEqual(['plain', 'Rebar material']);
    expect(co.lineItems[1]!.costCode).toEqual({ code: '01-100' });
    expect(aChangeOrder().addLine(plain).build().lineItems).toHaveLength(3);
  });

  it('never share state: a builder forks, and every build is a fresh copy', () => {
    const base = aChangeOrder();
    const long = base.withTitle('x'.repeat(40));
    expect(base.build().title).toBe('Additional rebar, level 3');
    expect(validate(long.build(), anExportContext().build())?.code).toBe('title_too_long');
    const first = base.build();
    first.lineItems[0]!.amount = '0';
    first.commitment.id = 'mutated';
    expect(base.build().lineItems[0]!.amount).toBe('1250.50');
    expect(base.build().commitment.id).toBe('2');
    const ctx = anExportContext();
    const built = ctx.build();
    if (built.user !== undefined) built.user.commitments = 'none';
    expect(ctx.build().user?.commitments).toBe('admin');
    const line = aLineItem();
    line.build().costCode!.code = 'mutated';
    expect(line.build().costCode!.code).toBe('03-200');
  });
});

describe('line ids (cco-erp/testing)', () => {
  const ids = (b: ReturnType<typeof aChangeOrder>) => b.build().lineItems.map((l) => l.id);

  it('addLine appends after the two default lines; withLineItems replaces them', () => {
    const added = aChangeOrder().addLine(aLineItem().onCommitmentLine('503')).build().lineItems;
    expect(added.slice(0, 2)).toEqual(aChangeOrder().build().lineItems);
    expect(added.map((l) => l.commitmentLineItemId)).toEqual(['501', '502', '503']);
    const replaced = aChangeOrder().withLineItems(aLineItem().onCommitmentLine('503')).build().lineItems;
    expect(replaced.map((l) => l.commitmentLineItemId)).toEqual(['503']);
  });

  it('a default line id that is taken becomes the next free number, so the CCO has unique line ids', () => {
    expect(aLineItem().build().id).toBe('11');
    expect(ids(aChangeOrder().addLine(aLineItem()))).toEqual(['11', '12', '13']);
    expect(ids(aChangeOrder().addLine(aLineItem()).addLine(aLineItem().withoutCategory()))).toEqual([
      '11',
      '12',
      '13',
      '14',
    ]);
    expect(ids(aChangeOrder().withLineItems(aLineItem(), aLineItem(), aLineItem()))).toEqual([
      '11',
      '12',
      '13',
    ]);
    // An id chosen elsewhere in the list is reserved before the default ids are numbered.
    expect(ids(aChangeOrder().withLineItems(aLineItem(), aLineItem().withId('11')))).toEqual(['12', '11']);
    // 11 is free after replacing the lines: the default id is kept.
    expect(ids(aChangeOrder().withLineItems(aLineItem().withId('30')).addLine(aLineItem()))).toEqual([
      '30',
      '11',
    ]);
  });

  it('a duplicate can still be built on purpose: a chosen id or a plain line is kept as given', () => {
    expect(ids(aChangeOrder().addLine(aLineItem().withId('11')))).toEqual(['11', '12', '11']);
    expect(ids(aChangeOrder().addLine(aLineItem().build()))).toEqual(['11', '12', '11']);
    expect(ids(aChangeOrder().withLineItems(aLineItem().build(), aLineItem().build()))).toEqual(['11', '11']);
  });

  it('adding a default line to the sendable CCO on a new commitment line breaks no rule', () => {
    expect(codes(aChangeOrder().addLine(aLineItem().onCommitmentLine('503')))).toEqual([]);
  });

  describe('properties', () => {
    /** A line builder with its default id (`undefined`) or a chosen one. */
    const lineArb = fc.option(fc.constantFrom('11', '12', '13', '14', '20', 'A'), { nil: undefined });
    const builder = (id: string | undefined) => (id === undefined ? aLineItem() : aLineItem().withId(id));

    /** The smallest number from 11 up that `taken` does not hold, as a string. */
    const firstFree = (taken: ReadonlySet<string>) => {
      let n = 11;
      while (taken.has(String(n))) n++;
      return String(n);
    };

    it('addLine: chosen ids kept, each default id the first number from 11 no earlier line holds', () => {
      fc.assert(
        fc.property(fc.array(lineArb, { maxLength: 12 }), (chosen) => {
          const lines = chosen.reduce((co, id) => co.addLine(builder(id)), aChangeOrder()).build().lineItems;
          expect(lines).toHaveLength(2 + chosen.length);
          chosen.forEach((id, i) => {
            const earlier = new Set(lines.slice(0, 2 + i).map((l) => l.id));
            expect(lines[2 + i]?.id).toBe(id ?? firstFree(earlier));
          });
        }),
      );
    });

    it('withLineItems: chosen ids kept, default ids unique among all the lines', () => {
      fc.assert(
        fc.property(fc.array(lineArb, { maxLength: 12 }), (chosen) => {
          const lines = aChangeOrder()
            .withLineItems(...chosen.map(builder))
            .build().lineItems;
          expect(lines).toHaveLength(chosen.length);
          chosen.forEach((id, i) => {
            if (id !== undefined) expect(lines[i]?.id).toBe(id);
            else expect(lines.filter((l) => l.id === lines[i]?.id)).toHaveLength(1);
          });
        }),
      );
    });
  });
});

describe('aCommitment (cco-erp/testing)', () => {
  const context = anExportContext().build();
  const against = (co: ReturnType<typeof aChangeOrder>, c: ReturnType<typeof aCommitment>) =>
    validateAll(co.build(), context, { commitment: c.build() }).map((v) => v.code);

  it('is the default change order’s commitment: its SOV holds the lines the default lines modify', () => {
    expect(against(aChangeOrder(), aCommitment())).toEqual([]);
    expect(parseCommitment(aCommitment().build())).toEqual({ ok: true, value: aCommitment().build() });
    expect(
      aCommitment()
        .build()
        .sov.map((l) => l.id),
    ).toEqual(
      aChangeOrder()
        .build()
        .lineItems.map((l) => l.commitmentLineItemId),
    );
  });

  it('each step breaks what it says', () => {
    expect(against(aChangeOrder(), aCommitment().withId('9'))).toEqual(['commitment_mismatch']);
    expect(against(aChangeOrder(), aCommitment().withoutErpId())).toEqual(['commitment_not_synced']);
    expect(against(aChangeOrder(), aCommitment().withVendorId('9'))).toEqual(['vendor_mismatch']);
    expect(against(aChangeOrder(), aCommitment().withSov(aCommitment().build().sov[0]!))).toEqual([
      'commitment_line_not_found',
    ]);
    expect(against(aChangeOrder(), aCommitment().withLine('501', { erpId: undefined }))).toEqual([
      'commitment_line_not_synced',
    ]);
    expect(
      against(aChangeOrder(), aCommitment().withLine('502', { category: { code: 'M', erpId: 'M' } })),
    ).toEqual(['line_coding_mismatch']);
    expect(() => aCommitment().withLine('999', {})).toThrow(/no line "999"/);
  });

  it('covering(co): the change order’s own commitment, with a line for each commitment line it names', () => {
    const co = aChangeOrder().addLine(aLineItem().onCommitmentLine('503')).withCommitment({ id: '7' });
    expect(against(co, aCommitment())).toEqual(['commitment_mismatch']);
    const covering = aCommitment().covering(co.build());
    expect(against(co, covering)).toEqual([]);
    expect(covering.build().sov.map((l) => [l.id, l.erpId, l.amount])).toEqual([
      ['501', 'SC-001-1', '25000.00'],
      ['502', 'SC-001-2', '8000.00'],
      ['503', 'SOV-503', '0.00'],
    ]);
  });

  it('sets every field, and never shares state', () => {
    const c = aCommitment().withNumber('PO-9').withKind('purchase_order').withErpId('K').addLine({
      id: '600',
      description: 'x',
      amount: '1',
    });
    expect(c.build()).toMatchObject({ number: 'PO-9', kind: 'purchase_order', erpId: 'K' });
    expect(c.build().sov).toHaveLength(3);
    const built = c.build();
    built.sov[0]!.amount = '0';
    expect(c.build().sov[0]!.amount).toBe('25000.00');
  });
});
