// What exportChangeOrder hands an ERP, byte for byte: the fields present (a field the profile does
// not export is absent, never `undefined`), their fixed order, unit pricing only on lines that come
// from one source line, and the notices with their fields.
import { describe, expect, it } from 'vitest';
import { exportChangeOrder } from '../../src/export/exportChangeOrder.js';
import type { LineItem } from '../../src/model/lineItem.js';
import type { ErpProfile } from '../../src/profiles/ErpProfile.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { aCommitment } from '../../src/testing/builders.js';
import { sendable, sendingContext } from '../fixtures.js';

const coded = { costCode: { code: '03-200', erpId: 'CC-1' }, category: { code: 'M', erpId: 'CAT-M' } };
const line = (id: string, on: string, amount: string, more: Partial<LineItem> = {}): LineItem => ({
  id,
  commitmentLineItemId: on,
  description: `Line ${id}`,
  amount,
  ...coded,
  ...more,
});

const co = sendable({
  erpId: 'CO7',
  createdAt: '2024-03-10T07:30:00Z', // 23:30 on 9 March in US/Pacific
  lineItems: [
    line('1', '501', '100.10', { quantity: '2', unitCost: '50.05', uom: 'EA' }),
    line('2', '502', '5', { uom: 'LS' }),
    line('3', '501', '0.90', { quantity: '1', unitCost: '0.90', uom: 'EA' }),
    line('4', '503', '-1.5', { quantity: '3' }),
    line('5', '504', '2.25', { unitCost: '2.25' }),
  ],
});

/** Sage 300 CRE without limits on amounts: any digits, any decimals, any sign. */
const wide: ErpProfile = {
  ...sage300Cre,
  amount: { integerDigits: null, decimals: null, positive: false },
};

describe('the export of a change order', () => {
  it('has every field in its fixed order; unit pricing only where one source line gives it', () => {
    const r = exportChangeOrder(co, sendingContext);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const notice =
      'Lines 1, 3 modify commitment line "501"; Sage 300 CRE takes one modification per line, so they are exported as one line of 101.00.';
    const expected = {
      commitmentId: co.commitment.erpId,
      changeOrderId: 'CO7',
      date: '2024-03-09',
      title: co.title,
      description: co.description,
      vendorId: co.contractCompany.erpVendorId,
      lines: [
        {
          commitmentLineItemId: '501',
          lineItemIds: ['1', '3'],
          costCode: '03-200',
          costCodeErpId: 'CC-1',
          category: 'M',
          categoryErpId: 'CAT-M',
          amount: '101.00',
          description: 'Line 1',
        },
        {
          commitmentLineItemId: '502',
          lineItemIds: ['2'],
          costCode: '03-200',
          costCodeErpId: 'CC-1',
          category: 'M',
          categoryErpId: 'CAT-M',
          amount: '5.00',
          description: 'Line 2',
          uom: 'LS',
        },
        {
          commitmentLineItemId: '503',
          lineItemIds: ['4'],
          costCode: '03-200',
          costCodeErpId: 'CC-1',
          category: 'M',
          categoryErpId: 'CAT-M',
          amount: '-1.50',
          description: 'Line 4',
          quantity: '3',
        },
        {
          commitmentLineItemId: '504',
          lineItemIds: ['5'],
          costCode: '03-200',
          costCodeErpId: 'CC-1',
          category: 'M',
          categoryErpId: 'CAT-M',
          amount: '2.25',
          description: 'Line 5',
          unitCost: '2.25',
        },
      ],
      total: '106.75',
      notices: [
        {
          code: 'lines_aggregated',
          message: notice,
          commitmentLineItemId: '501',
          lineItemIds: ['1', '3'],
          amount: '101.00',
        },
      ],
    };
    // Bytes, not just equality: key order and the absence of keys are the contract.
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(expected));
    expect(r.value).toStrictEqual(expected);
  });

  it('with the commitment: the ERP keys of the commitment and of each line', () => {
    const commitment = aCommitment()
      .withErpId('K-9')
      .withSov(
        ...['501', '502', '503', '504'].map((id, i) => ({
          id,
          erpId: `SOV-${id}`,
          position: i + 1,
          description: '',
          ...coded,
          amount: '0.00',
        })),
      )
      .covering(co)
      .build();
    const r = exportChangeOrder(co, sendingContext, { commitment });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The key order with the commitment is test/rules/commitmentAndVendor.test.ts's.
    expect(r.value.commitmentErpId).toBe('K-9');
    expect(r.value.lines.map((l) => [l.commitmentLineItemId, l.commitmentLineErpId])).toEqual([
      ['501', 'SOV-501'],
      ['502', 'SOV-502'],
      ['503', 'SOV-503'],
      ['504', 'SOV-504'],
    ]);
    expect(Object.keys(r.value.lines[1] ?? {})).toEqual([
      'commitmentLineItemId',
      'commitmentLineErpId',
      'lineItemIds',
      'costCode',
      'costCodeErpId',
      'category',
      'categoryErpId',
      'amount',
      'description',
      'uom',
    ]);
    expect(r.value.total).toBe('106.75');
  });

  it('a profile without date, description or ID leaves those keys out; its warning is a notice', () => {
    const bare: ErpProfile = {
      ...sage300Cre,
      name: 'Bare',
      changeOrderId: { ...sage300Cre.changeOrderId, required: false },
      date: { exported: false },
      description: { target: null, maxLength: null, onOverflow: 'truncate' },
      exportWarning: 'Check the period first.',
    };
    const r = exportChangeOrder({ ...co, erpId: '' }, sendingContext, { profile: bare });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)).toEqual(['commitmentId', 'title', 'vendorId', 'lines', 'total', 'notices']);
    expect(r.value.notices.map((n) => n.code)).toEqual(['lines_aggregated', 'export_warning']);
    expect(r.value.notices[1]).toStrictEqual({ code: 'export_warning', message: 'Check the period first.' });
  });

  it('a description at the limit is exported whole; one character over is cut with a notice', () => {
    const small: ErpProfile = {
      ...sage300Cre,
      description: { target: 'Scope', maxLength: 5, onOverflow: 'truncate' },
    };
    const at = exportChangeOrder({ ...co, description: 'a😀cde' }, sendingContext, { profile: small });
    expect(at.ok && at.value.description).toBe('a😀cde');
    expect(at.ok && at.value.notices.map((n) => n.code)).toEqual(['lines_aggregated']);
    const over = exportChangeOrder({ ...co, description: 'a😀cdef' }, sendingContext, { profile: small });
    expect(over.ok).toBe(true);
    if (!over.ok) return;
    expect(over.value.description).toBe('a😀cde');
    expect(over.value.notices[1]).toStrictEqual({
      code: 'description_truncated',
      message:
        "The description is 6 characters; Sage 300 CRE's Scope holds 5, so the first 5 are exported. The whole description stays in Procore.",
      originalLength: 6,
      exportedLength: 5,
    });
  });

  it('the total adds merged groups and single lines exactly, past the precision of a double', () => {
    const lines = [
      line('1', 'A', '99999999999999.99'),
      line('2', 'A', '0.01'),
      line('3', 'B', '0.001'),
      line('4', 'C', '12345678901234.5'),
      line('5', 'C', '0.5'),
    ];
    const r = exportChangeOrder(sendable({ lineItems: lines }), sendingContext, { profile: wide });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines.map((l) => l.amount)).toEqual(['100000000000000.00', '0.001', '12345678901235.00']);
    expect(r.value.total).toBe('112345678901235.001');
  });

  it('a merged group whose sum is longer than any one amount (41 characters) is in the total', () => {
    // Each amount has the most characters an amount may have (40); their sum has 41.
    const big = `${'9'.repeat(37)}.99`;
    const lines = [line('1', 'A', big), line('2', 'A', big), line('3', 'B', '0.02')];
    const r = exportChangeOrder(sendable({ lineItems: lines }), sendingContext, { profile: wide });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines[0]?.amount).toBe(`1${'9'.repeat(37)}.98`);
    expect(r.value.lines[0]?.amount).toHaveLength(41);
    expect(r.value.total).toBe(`2${'0'.repeat(37)}.00`);
  });
});
