import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportChangeOrder } from '../../src/export/exportChangeOrder.js';
import { userOf } from '../../src/internal/user.js';
import { ERP_STATUSES, PERMISSION_LEVELS } from '../../src/model/enums.js';
import { cmic } from '../../src/profiles/cmic.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { validateAll } from '../../src/rules/validate.js';
import { exportContextArb, sendableChangeOrderArb } from '../../src/testing/index.js';
import { acceptForExport } from '../../src/workflow/acceptForExport.js';
import {
  approver,
  asUser,
  context,
  deepFreeze,
  firstError,
  inState,
  projectManager,
  twoOnOneLine,
  value,
  withSettings,
} from './fixtures.js';

const pending = inState('pending_acceptance');

describe('acceptForExport', () => {
  it('an accounting approver accepts: synced, with the export and its notices', () => {
    const r = value(acceptForExport(pending, approver, { at: '2024-03-12T16:00:00Z' }));
    expect(r.changeOrder.erpStatus).toBe('synced');
    expect(r.changeOrder.history).toEqual([
      {
        action: 'accept',
        actor: 'accounting_approver',
        from: 'pending_acceptance',
        to: 'synced',
        at: '2024-03-12T16:00:00Z',
      },
    ]);
    expect(r.export).toMatchObject({
      commitmentId: 'SC-001',
      changeOrderId: 'CO007',
      date: '2024-03-09',
      vendorId: 'ACME',
    });
    expect(r.export.total).toBe('1483.50');
    expect(r.export.notices).toEqual([]);
  });

  it('aggregates lines on one commitment line item at acceptance', () => {
    const r = value(acceptForExport(inState('pending_acceptance', twoOnOneLine), approver));
    expect(r.export).toEqual(value(exportChangeOrder(twoOnOneLine, approver)));
    expect(r.export.notices.map((n) => n.code)).toContain('lines_aggregated');
    expect(r.export.lines.length).toBeLessThan(twoOnOneLine.lineItems.length);
  });

  it('says in its notices when the Scope was cut to 1000 characters, never inside an emoji', () => {
    const long = { ...pending, description: `${'a'.repeat(999)}👷🏽‍♀️ and more` };
    const r = value(acceptForExport(long, approver));
    expect(r.export.description).toBe('a'.repeat(999));
    expect(r.export.notices).toEqual([
      expect.objectContaining({ code: 'description_truncated', exportedLength: 999 }),
    ]);
    expect(r.changeOrder.description).toBe(long.description);
  });

  it('the approver may type the Sage CCO ID: it is exported and kept on the change order', () => {
    const r = value(acceptForExport(pending, approver, { erpId: 'A7' }));
    expect(r.export.changeOrderId).toBe('A7');
    expect(r.changeOrder.erpId).toBe('A7');
  });

  it('a typed ID must pass the same 5-character rule (erp_id_too_long, as validate says it)', () => {
    const v = firstError(acceptForExport(pending, approver, { erpId: 'CO-0007' }));
    expect(v.code).toBe('erp_id_too_long');
    expect(v).toEqual(validateAll({ ...pending, erpId: 'CO-0007' }, approver).find((x) => x.code === v.code));
    // Five emoji are five characters: the same code-point count as the rule.
    expect(value(acceptForExport(pending, approver, { erpId: '👷👷👷👷👷' })).export.changeOrderId).toBe(
      '👷👷👷👷👷',
    );
  });

  it('a blank typed ID falls back to the change order number only when the setting is on', () => {
    expect(firstError(acceptForExport(pending, approver, { erpId: ' ' })).code).toBe('erp_id_missing');
    const withNumber = withSettings({ useChangeOrderNumberAsErpId: true }, approver);
    expect(value(acceptForExport(pending, withNumber, { erpId: '' })).export.changeOrderId).toBe('7');
  });

  it('needs Standard or Admin on ERP Integrations and "Can Push to Accounting" (not_accounting_approver)', () => {
    for (const erpIntegrations of PERMISSION_LEVELS) {
      for (const canPushToAccounting of [false, true]) {
        const r = acceptForExport(pending, asUser({ erpIntegrations, canPushToAccounting }));
        const approves =
          canPushToAccounting && (erpIntegrations === 'standard' || erpIntegrations === 'admin');
        if (approves) expect(r.ok).toBe(true);
        else expect(firstError(r).code).toBe('not_accounting_approver');
      }
    }
    expect(firstError(acceptForExport(pending, projectManager)).message).toContain(
      'no access on ERP Integrations, without',
    );
  });

  it('applies only while pending acceptance (wrong_state, checked before the approver)', () => {
    for (const state of ERP_STATUSES.filter((s) => s !== 'pending_acceptance')) {
      expect(firstError(acceptForExport(inState(state), projectManager)).code).toBe('wrong_state');
    }
  });

  it('refuses with the first export rule the change order breaks', () => {
    const unlinked = { ...pending, contractCompany: { id: '47', name: 'Acme' } };
    expect(firstError(acceptForExport(unlinked, approver)).code).toBe('vendor_not_linked');
    expect(
      firstError(
        acceptForExport(
          pending,
          asUser(
            { erpIntegrations: 'admin', canPushToAccounting: true },
            { ...context, project: { ...context.project, erpSynced: false } },
          ),
        ),
      ).code,
    ).toBe('project_not_synced');
  });

  it('passes the profile through to the mapper', () => {
    const profile = { ...sage300Cre, changeOrderId: { ...sage300Cre.changeOrderId, maxLength: 10 } };
    expect(
      value(acceptForExport(pending, approver, { erpId: 'CO-0000007', profile })).export.changeOrderId,
    ).toBe('CO-0000007');
  });

  it('exports under the profile given: CMiC has no CCO ID to require and no description field (0.1 returned a Sage payload with changeOrderId undefined)', () => {
    const r = value(acceptForExport({ ...pending, erpId: '' }, approver, { profile: cmic }));
    expect(r.export).toEqual(
      value(exportChangeOrder({ ...pending, erpId: '' }, approver, { profile: cmic })),
    );
    expect('changeOrderId' in r.export).toBe(false);
    expect('description' in r.export).toBe(false);
    expect(r.export.title).toBe(pending.title);
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(pending));
    const r = value(acceptForExport(co, deepFreeze(structuredClone(approver)), { erpId: 'B2' }));
    expect(r.changeOrder.erpId).toBe('B2');
    expect(co.erpId).toBe('CO007');
    expect(co.erpStatus).toBe('pending_acceptance');
  });

  describe('properties', () => {
    it('an approver accepting a sendable pending change order gets exactly the spine’s export', () => {
      fc.assert(
        fc.property(sendableChangeOrderArb({ maxLines: 4 }), exportContextArb(), (co, ctx) => {
          const approving = {
            ...ctx,
            user: { ...userOf(ctx), erpIntegrations: 'admin' as const, canPushToAccounting: true },
            project: { ...ctx.project, erpSynced: true },
          };
          const r = value(acceptForExport({ ...co, erpStatus: 'pending_acceptance' }, approving));
          expect(r.export).toEqual(value(exportChangeOrder(co, approving)));
          expect(r.changeOrder.erpStatus).toBe('synced');
        }),
        { numRuns: 50 },
      );
    });
  });
});
