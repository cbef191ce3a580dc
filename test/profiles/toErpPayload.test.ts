import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateLineItems,
  builtInProfiles,
  canonicalAmount,
  type ErpProfile,
  type ExportContext,
  type LineItem,
  sage300Cre,
  sageIntacct,
  spectrum,
  toErpPayload,
  viewpointVista,
  xero,
} from '../../src/index.js';
import { sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';
import { oracleSum, sameValue } from '../helpers/oracle.js';
import { changeOrder, lineItem } from './helpers.js';

const profiles = Object.entries(builtInProfiles) as [string, ErpProfile][];

const context: ExportContext = {
  user: {
    commitments: 'standard',
    changeOrders: 'none',
    erpIntegrations: 'admin',
    canPushToAccounting: true,
  },
  project: { erpSynced: true, timeZone: 'US/Pacific' },
  settings: { useChangeOrderNumberAsErpId: false, directExport: false },
};

function line(
  id: string,
  commitmentLineItemId: string,
  amount: string,
  patch: Partial<LineItem> = {},
): LineItem {
  return lineItem(id, { commitmentLineItemId, amount, ...patch });
}

const base = changeOrder(
  [
    line('10', 'A', '100', { quantity: '4', unitCost: '25', uom: 'EA' }),
    line('11', 'A', '50.5', { quantity: '2' }),
    line('12', 'B', '233.0', { quantity: '1', uom: 'LS' }),
  ],
  { description: 'More rebar at levels 3 to 7', erpStatus: 'pending_acceptance' },
);

describe('toErpPayload', () => {
  it('Viewpoint Vista: lines summed per commitment line, quantities kept only on unmerged lines', () => {
    const r = toErpPayload(base, context, { profile: viewpointVista });
    expect(r).toEqual({
      ok: true,
      value: {
        payload: {
          erp: 'Viewpoint Vista',
          commitmentId: 'SC-001',
          changeOrderId: 'CO007',
          date: '2024-03-09',
          title: 'Additional rebar, level 3',
          description: 'More rebar at levels 3 to 7',
          vendorId: 'ACME',
          lines: [
            {
              commitmentLineItemId: 'A',
              lineItemIds: ['10', '11'],
              costCode: '03-200',
              category: 'M',
              amount: '150.50',
              description: 'Line 10',
            },
            {
              commitmentLineItemId: 'B',
              lineItemIds: ['12'],
              costCode: '03-200',
              category: 'M',
              amount: '233.00',
              description: 'Line 12',
              quantity: '1',
              uom: 'LS',
            },
          ],
          total: '383.50',
        },
        notices: [
          {
            code: 'lines_aggregated',
            message:
              'Lines 1, 2 modify commitment line A; Viewpoint Vista takes one modification per line, so they are exported as one line of 150.50.',
            commitmentLineItemId: 'A',
            lineItemIds: ['10', '11'],
            amount: '150.50',
          },
        ],
      },
    });
  });

  it('Xero: separate lines, no date, no description, the number as ID when the setting says so', () => {
    const { erpId: _, ...withoutId } = base;
    const withNumber = { ...context, settings: { ...context.settings, useChangeOrderNumberAsErpId: true } };
    const r = toErpPayload(withoutId, withNumber, { profile: xero });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const p = r.value.payload;
    expect(Object.keys(p)).toEqual([
      'erp',
      'commitmentId',
      'changeOrderId',
      'title',
      'vendorId',
      'lines',
      'total',
    ]);
    expect(p.changeOrderId).toBe('7');
    expect(p.lines.map((l) => [l.lineItemIds, l.amount, l.quantity, l.unitCost, l.uom])).toEqual([
      [['10'], '100.00', '4', '25', 'EA'],
      [['11'], '50.50', '2', undefined, undefined],
      [['12'], '233.00', '1', undefined, 'LS'],
    ]);
    expect(r.value.notices).toEqual([]);
  });

  it('Sage Intacct: no ID when none is typed (the number setting does not apply)', () => {
    const { erpId: _, ...withoutId } = base;
    const withNumber = { ...context, settings: { ...context.settings, useChangeOrderNumberAsErpId: true } };
    const r = toErpPayload(withoutId, withNumber, { profile: sageIntacct });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect('changeOrderId' in r.value.payload).toBe(false);
    expect(r.value.payload.description).toBe(base.description);
  });

  it('Spectrum refuses repeated lines; the export warning of a profile becomes a notice', () => {
    expect(toErpPayload(base, context, { profile: spectrum })).toEqual({
      ok: false,
      error: [
        {
          code: 'duplicate_commitment_line',
          path: ['lineItems', 1],
          message:
            'Line 2 ("Line 11") modifies commitment line A again (first on line 1); Spectrum takes one modification per commitment line. Combine them into one line.',
        },
      ],
    });
    const warned: ErpProfile = { ...sage300Cre, exportWarning: 'Close the commitment in the ERP first.' };
    const r = toErpPayload({ ...base, lineItems: base.lineItems.slice(2) }, context, { profile: warned });
    expect(r.ok && r.value.notices).toEqual([
      { code: 'export_warning', message: 'Close the commitment in the ERP first.' },
    ]);
  });

  it('cuts a long description for a truncating profile, with a notice', () => {
    const r = toErpPayload({ ...base, description: `${'a'.repeat(999)}👷🏽‍♀️ and more` }, context, {
      profile: viewpointVista,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.payload.description).toBe('a'.repeat(999));
    expect(r.value.notices.at(-1)).toEqual({
      code: 'description_truncated',
      message:
        "The description is 1013 characters; Viewpoint Vista's Scope holds 1000, so the first 999 are exported. The whole description stays in Procore.",
      originalLength: 1013,
      exportedLength: 999,
    });
  });

  describe.each(profiles)('properties under %s', (_, profile) => {
    it('total equals the sum of the CCO lines (BigInt oracle); lines lose nothing; deterministic', () => {
      fc.assert(
        fc.property(sendableChangeOrderArb({ profile }), sendingContextArb(), (co, ctx) => {
          const r = toErpPayload(co, ctx, { profile });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const p = r.value.payload;
          const amounts = co.lineItems.map((l) => l.amount);
          expect(sameValue(oracleSum([p.total]), oracleSum(amounts))).toBe(true);
          expect(sameValue(oracleSum(p.lines.map((l) => l.amount)), oracleSum(amounts))).toBe(true);
          expect(p.lines.flatMap((l) => l.lineItemIds).sort()).toEqual(co.lineItems.map((l) => l.id).sort());
          if (profile.repeatedLines === 'allow') {
            expect(p.lines.map((l) => [l.lineItemIds, l.amount])).toEqual(
              co.lineItems.map((l) => [[l.id], canonicalAmount(l.amount)]),
            );
          } else {
            expect(p.lines.map((l) => [l.commitmentLineItemId, l.lineItemIds, l.amount])).toEqual(
              aggregateLineItems(co.lineItems).map((a) => [a.commitmentLineItemId, a.lineItemIds, a.amount]),
            );
          }
          expect('date' in p).toBe(profile.date.exported);
          expect('description' in p).toBe(profile.description.target !== null);
          if (p.description !== undefined) expect(co.description.startsWith(p.description)).toBe(true);
          expect(JSON.stringify(toErpPayload(co, ctx, { profile }))).toBe(JSON.stringify(r));
        }),
      );
    });
  });
});
