import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateLineItems,
  builtInProfiles,
  type ErpProfile,
  type ExportContext,
  exportChangeOrder,
  sage300Cre,
  toSage300Payload,
} from '../../src/index.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { canonicalText } from '../../src/money/decimalString.js';
import { effectiveErpId } from '../../src/rules/effectiveErpId.js';
import { validateAll } from '../../src/rules/validate.js';
import { sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';
import { oracleSum, sameValue } from '../helpers/oracle.js';
import { value } from '../helpers/result.js';
import { changeOrder, lineItem } from '../profiles/helpers.js';

const { sageIntacct, spectrum, viewpointVista, xero, cmic } = builtInProfiles;

const profiles = Object.entries(builtInProfiles) as [string, ErpProfile][];

/** What an unattended export (an ETL job) passes: the project, no user, default settings. */
const context: ExportContext = { project: { erpSynced: true, timeZone: 'US/Pacific' } };

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

describe('exportChangeOrder', () => {
  it('Viewpoint Vista: lines summed per commitment line, quantities kept only on unmerged lines', () => {
    const r = exportChangeOrder(base, context, { profile: viewpointVista });
    expect(r).toEqual({
      ok: true,
      value: {
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
            costCodeErpId: '03-200',
            category: 'M',
            categoryErpId: 'M',
            amount: '150.50',
            description: 'Line 10',
          },
          {
            commitmentLineItemId: 'B',
            lineItemIds: ['12'],
            costCode: '03-200',
            costCodeErpId: '03-200',
            category: 'M',
            categoryErpId: 'M',
            amount: '233.00',
            description: 'Line 12',
            quantity: '1',
            uom: 'LS',
          },
        ],
        total: '383.50',
        notices: [
          {
            code: 'lines_aggregated',
            message:
              'Lines 1, 2 modify commitment line "A"; Viewpoint Vista takes one modification per line, so they are exported as one line of 150.50.',
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
    const withNumber = { ...context, settings: { useChangeOrderNumberAsErpId: true } };
    const p = value(exportChangeOrder(withoutId, withNumber, { profile: xero }));
    expect(Object.keys(p)).toEqual([
      'commitmentId',
      'changeOrderId',
      'title',
      'vendorId',
      'lines',
      'total',
      'notices',
    ]);
    expect(p.changeOrderId).toBe('7');
    expect(p.lines.map((l) => [l.lineItemIds, l.amount, l.quantity, l.unitCost, l.uom])).toEqual([
      [['10'], '100.00', '4', '25', 'EA'],
      [['11'], '50.50', '2', undefined, undefined],
      [['12'], '233.00', '1', undefined, 'LS'],
    ]);
    expect(p.notices).toEqual([]);
  });

  it('Sage Intacct: no ID when none is typed (the number setting does not apply)', () => {
    const { erpId: _, ...withoutId } = base;
    const withNumber = { ...context, settings: { useChangeOrderNumberAsErpId: true } };
    const p = value(exportChangeOrder(withoutId, withNumber, { profile: sageIntacct }));
    expect('changeOrderId' in p).toBe(false);
    expect(p.description).toBe(base.description);
  });

  it('Spectrum refuses repeated lines; the export warning of a profile becomes a notice', () => {
    expect(exportChangeOrder(base, context, { profile: spectrum })).toEqual({
      ok: false,
      error: [
        {
          code: 'duplicate_commitment_line',
          path: ['lineItems', 1],
          message:
            'Line 2 ("Line 11") modifies commitment line "A" again (first on line 1); Spectrum takes one modification per commitment line. Combine them into one line.',
        },
      ],
    });
    const warned: ErpProfile = { ...sage300Cre, exportWarning: 'Close the commitment in the ERP first.' };
    const r = exportChangeOrder({ ...base, lineItems: base.lineItems.slice(2) }, context, {
      profile: warned,
    });
    expect(r.ok && r.value.notices).toEqual([
      { code: 'export_warning', message: 'Close the commitment in the ERP first.' },
    ]);
  });

  it('cuts a long description for a truncating profile, with a notice', () => {
    const r = exportChangeOrder({ ...base, description: `${'a'.repeat(999)}👷🏽‍♀️ and more` }, context, {
      profile: viewpointVista,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.description).toBe('a'.repeat(999));
    expect(r.value.notices.at(-1)).toEqual({
      code: 'description_truncated',
      message:
        "The description is 1013 characters; Viewpoint Vista's Scope holds 1000, so the first 999 are exported. The whole description stays in Procore.",
      originalLength: 1013,
      exportedLength: 999,
    });
  });

  describe.each(profiles)('properties under %s', (_, profile) => {
    it('total and lines equal the BigInt oracle; lines lose nothing; a field the profile does not export is absent; deterministic', () => {
      fc.assert(
        fc.property(sendableChangeOrderArb({ profile }), sendingContextArb(), (co, ctx) => {
          const r = exportChangeOrder(co, ctx, { profile });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const p = r.value;
          const amounts = co.lineItems.map((l) => l.amount);
          expect(sameValue(oracleSum([p.total]), oracleSum(amounts))).toBe(true);
          expect(sameValue(oracleSum(p.lines.map((l) => l.amount)), oracleSum(amounts))).toBe(true);
          expect(p.lines.flatMap((l) => l.lineItemIds).sort()).toEqual(co.lineItems.map((l) => l.id).sort());
          if (profile.repeatedLines === 'allow') {
            expect(p.lines.map((l) => [l.lineItemIds, l.amount])).toEqual(
              co.lineItems.map((l) => [[l.id], canonicalText(l.amount)]),
            );
          } else {
            expect(p.lines.map((l) => [l.commitmentLineItemId, l.lineItemIds, l.amount])).toEqual(
              value(aggregateLineItems(co.lineItems)).map((a) => [
                a.commitmentLineItemId,
                a.lineItemIds,
                a.amount,
              ]),
            );
          }
          for (const l of p.lines) {
            const group = co.lineItems.filter((x) => l.lineItemIds.includes(x.id));
            expect(sameValue(oracleSum([l.amount]), oracleSum(group.map((x) => x.amount)))).toBe(true);
          }
          expect('date' in p).toBe(profile.date.exported);
          expect('changeOrderId' in p).toBe(effectiveErpId(co, ctx, profile) !== undefined);
          expect('description' in p).toBe(profile.description.target !== null);
          if (p.description !== undefined) expect(co.description.startsWith(p.description)).toBe(true);
          expect(JSON.stringify(exportChangeOrder(co, ctx, { profile }))).toBe(JSON.stringify(r));
          for (const [key, v] of Object.entries(p)) expect(v, key).not.toBeUndefined();
        }),
      );
    });
  });

  it('an unattended export reads no permission: a context without a user exports', () => {
    const r = exportChangeOrder({ ...base, lineItems: base.lineItems.slice(2) }, context);
    expect(r.ok).toBe(true);
  });

  it('the Sage 300 payload is a projection of the export: same lines, total and notices, in Sage’s names', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => {
        const e = value(exportChangeOrder(co, ctx));
        const { payload, notices } = value(toSage300Payload(co, ctx));
        expect(payload).toEqual({
          commitmentId: e.commitmentId,
          changeOrderId: e.changeOrderId,
          date: e.date,
          description: e.title,
          scope: e.description,
          vendorId: e.vendorId,
          lines: e.lines.map(({ commitmentLineItemId, costCode, category, amount, description }) => ({
            commitmentLineItemId,
            costCode,
            category,
            amount,
            description,
          })),
          total: e.total,
        });
        expect(notices).toEqual(e.notices);
      }),
    );
  });

  it('refuses exactly what the rules refuse, gates excepted; never a garbage field', () => {
    fc.assert(
      fc.property(
        sendableChangeOrderArb(),
        sendingContextArb(),
        fc.constantFrom(...Object.values(builtInProfiles)),
        (co, ctx, profile) => {
          const r = exportChangeOrder({ ...co, erpStatus: 'synced' }, ctx, { profile });
          const expected = validateAll(co, ctx, { profile }).filter(
            (v) =>
              !['already_sent', 'missing_commitments_admin', 'missing_change_orders_admin'].includes(v.code),
          );
          expect(r.ok ? [] : r.error).toEqual(expected);
        },
      ),
    );
  });

  it('CMiC: no CCO ID required, no description field (0.1 exported a Sage payload here)', () => {
    const { erpId: _, ...withoutId } = base;
    const p = value(
      exportChangeOrder({ ...withoutId, lineItems: base.lineItems.slice(2) }, context, { profile: cmic }),
    );
    expect('changeOrderId' in p).toBe(false);
    expect('description' in p).toBe(false);
  });
});
