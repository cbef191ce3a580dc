import { describe, expect, it } from 'vitest';
import { parseChangeOrder, parseExportContext } from '../src/parse.js';
import { validate, validateAll } from '../src/rules/validate.js';
import { aChangeOrder, aLineItem, anExportContext } from '../src/testing/builders.js';
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
    const co = aChangeOrder().withLine(aLineItem().withId('13').withoutCategory()).build();
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
      codes(aChangeOrder().withLine(aLineItem().withId('9').onCommitmentLine('8').withCategory('X', null))),
    ).toEqual(['line_not_erp_coded']);
    expect(codes(aChangeOrder().withLine(aLineItem().withId('9').withCostCode('99-999')))).toEqual([
      'conflicting_line_coding',
    ]);
    expect(codes(aChangeOrder().withLine(aLineItem().onCommitmentLine('7').withAmount('0.001')))).toEqual([
      'amount_too_precise',
    ]);
  });

  it('take line builders and plain lines alike', () => {
    const plain = aLineItem().withDescription('plain').build();
    const co = aChangeOrder().withLineItems(plain, aLineItem().withCostCode('01-100', null)).build();
    expect(co.lineItems.map((l) => l.description)).toEqual(['plain', 'Rebar material']);
    expect(co.lineItems[1]!.costCode).toEqual({ code: '01-100' });
    expect(aChangeOrder().withLine(plain).build().lineItems).toHaveLength(3);
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
