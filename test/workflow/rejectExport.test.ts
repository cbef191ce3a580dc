import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { applyEdit } from '../../src/workflow/applyEdit.js';
import { rejectExport } from '../../src/workflow/rejectExport.js';
import { sendButton } from '../../src/workflow/sendButton.js';
import {
  approver,
  asUser,
  context,
  deepFreeze,
  firstError,
  inState,
  projectManager,
  value,
} from './fixtures.js';

const comment = 'Line 2 belongs on cost code 03-210.';

describe('rejectExport', () => {
  it('the approver rejects a pending change order with a comment: rejected, comment in the history', () => {
    const r = value(rejectExport(inState('pending_acceptance'), approver, { comment }));
    expect(r.erpStatus).toBe('rejected');
    expect(r.history).toEqual([
      { action: 'reject', actor: 'accounting_approver', from: 'pending_acceptance', to: 'rejected', comment },
    ]);
  });

  it('the approver rejects a failed export so it can be fixed and re-sent', () => {
    const r = value(
      rejectExport(inState('export_failed'), approver, { comment, at: '2024-03-13T08:00:00Z' }),
    );
    expect(r.erpStatus).toBe('rejected');
    expect(r.history?.at(-1)).toMatchObject({ from: 'export_failed', at: '2024-03-13T08:00:00Z' });
    expect(sendButton(r, context)).toEqual({ action: 'resend', enabled: true });
  });

  it('a rejected change order is editable', () => {
    const r = value(rejectExport(inState('pending_acceptance'), approver, { comment }));
    expect(value(applyEdit(r, { title: 'Rebar L3', status: 'approved' }, context)).title).toBe('Rebar L3');
  });

  it('only an accounting approver may reject (not_accounting_approver)', () => {
    expect(firstError(rejectExport(inState('pending_acceptance'), projectManager, { comment })).code).toBe(
      'not_accounting_approver',
    );
    const noPrivilege = asUser({ erpIntegrations: 'admin', canPushToAccounting: false });
    expect(firstError(rejectExport(inState('export_failed'), noPrivilege, { comment })).message).toContain(
      'Admin on ERP Integrations, without "Can Push to Accounting"',
    );
  });

  it('applies only while pending acceptance or failed (wrong_state otherwise)', () => {
    for (const state of ERP_STATUSES.filter((s) => s !== 'pending_acceptance' && s !== 'export_failed')) {
      const v = firstError(rejectExport(inState(state), approver, { comment }));
      expect(v.code).toBe('wrong_state');
      expect(v.message).toContain('pending acceptance or failed to export');
    }
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(inState('pending_acceptance')));
    expect(value(rejectExport(co, approver, deepFreeze({ comment }))).erpStatus).toBe('rejected');
    expect(co.history).toBeUndefined();
  });
});
