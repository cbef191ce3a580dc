import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/rules/validate.js';
import { changeOrderArb, exportContextArb } from '../../src/testing/index.js';
import { retrieveFromErp } from '../../src/workflow/retrieveFromErp.js';
import { sendButton } from '../../src/workflow/sendButton.js';
import { sendToErp } from '../../src/workflow/sendToErp.js';
import { approver, asUser, context, inState, projectManager, sendable } from './fixtures.js';

const unsyncedProject = { ...context, project: { ...context.project, erpSynced: false } };

describe('sendButton', () => {
  it('shows Send, enabled, for a sendable change order that was not sent', () => {
    expect(sendButton(sendable, projectManager)).toEqual({ action: 'send', enabled: true });
  });

  it('shows Send again after the change order was retrieved', () => {
    expect(sendButton(inState('retrieved'), projectManager)).toEqual({ action: 'send', enabled: true });
  });

  it('shows Re-send only after a rejection', () => {
    expect(sendButton(inState('rejected'), projectManager)).toEqual({ action: 'resend', enabled: true });
  });

  it('shows Retrieve only while pending acceptance, enabled for Admin on Commitments or Change Orders', () => {
    expect(sendButton(inState('pending_acceptance'), projectManager)).toEqual({
      action: 'retrieve',
      enabled: true,
    });
    const onlyChangeOrders = asUser({ commitments: 'read_only', changeOrders: 'admin' });
    expect(sendButton(inState('pending_acceptance'), onlyChangeOrders).enabled).toBe(true);
  });

  it('shows Retrieve disabled, with missing_retrieve_permission, to a user who may not retrieve', () => {
    const b = sendButton(inState('pending_acceptance'), approver);
    expect(b).toMatchObject({
      action: 'retrieve',
      enabled: false,
      reason: { code: 'missing_retrieve_permission' },
    });
  });

  it('shows no button once synced', () => {
    expect(sendButton(inState('synced'), projectManager)).toEqual({ action: null, enabled: false });
  });

  it('shows no button while a failed export awaits the approver', () => {
    expect(sendButton(inState('export_failed'), projectManager)).toEqual({ action: null, enabled: false });
  });

  it('an unsynced project still shows Send, disabled, with project_not_synced as the reason', () => {
    const b = sendButton(sendable, unsyncedProject);
    expect(b).toEqual({ action: 'send', enabled: false, reason: validate(sendable, unsyncedProject) });
    expect(b.reason?.code).toBe('project_not_synced');
  });

  it('an unsynced commitment still shows Send, disabled, with commitment_not_synced as the reason', () => {
    const co = { ...sendable, commitment: { id: '2' } };
    expect(sendButton(co, context)).toMatchObject({
      action: 'send',
      enabled: false,
      reason: { code: 'commitment_not_synced' },
    });
  });

  it('a greyed-out Send gives the first failing rule as the reason', () => {
    const co = { ...inState('rejected'), title: 'x'.repeat(31), status: 'pending' as const };
    expect(sendButton(co, approver)).toEqual({
      action: 'resend',
      enabled: false,
      reason: validate(co, approver),
    });
    expect(sendButton(co, approver).reason?.code).toBe('missing_commitments_admin');
    expect(sendButton(co, context).reason?.code).toBe('title_too_long');
  });

  describe('properties', () => {
    it('a shown button is enabled exactly when its action succeeds, else its reason is the action’s violation', () => {
      fc.assert(
        fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
          const b = sendButton(co, ctx);
          if (b.action === null) {
            expect(['synced', 'export_failed']).toContain(co.erpStatus);
            expect(b).toEqual({ action: null, enabled: false });
            return;
          }
          const r = b.action === 'retrieve' ? retrieveFromErp(co, ctx) : sendToErp(co, ctx);
          expect(b.enabled).toBe(r.ok);
          expect(b.reason).toEqual(r.ok ? undefined : r.error[0]);
          expect(b.action === 'resend').toBe(co.erpStatus === 'rejected');
          expect(b.action === 'retrieve').toBe(co.erpStatus === 'pending_acceptance');
        }),
      );
    });
  });
});
