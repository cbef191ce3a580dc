import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { sendButton } from '../../src/workflow/sendButton.js';
import { unlinkFromErp } from '../../src/workflow/unlinkFromErp.js';
import { admin, asUser, deepFreeze, firstError, inState, value } from './fixtures.js';

const synced = inState('synced');

describe('unlinkFromErp', () => {
  it('unlinks a synced change order that was deleted in the ERP first: not_sent, Send shows again', () => {
    const r = value(unlinkFromErp(synced, admin, { deletedInErp: true, at: '2024-04-01T12:00:00Z' }));
    expect(r.erpStatus).toBe('not_sent');
    expect(r.history).toEqual([
      { action: 'unlink', actor: 'erp_admin', from: 'synced', to: 'not_sent', at: '2024-04-01T12:00:00Z' },
    ]);
    expect(sendButton(r, admin)).toEqual({ action: 'send', enabled: true });
  });

  it('refuses while the change order still exists in the ERP (not_deleted_in_erp)', () => {
    const v = firstError(unlinkFromErp(synced, admin, { deletedInErp: false }));
    expect(v).toEqual({
      code: 'not_deleted_in_erp',
      path: [],
      message: expect.stringContaining('delete it there first'),
    });
  });

  it('needs Admin on Commitments (the send rule’s missing_commitments_admin)', () => {
    const v = firstError(
      unlinkFromErp(synced, asUser({ commitments: 'standard' }, admin), { deletedInErp: true }),
    );
    expect(v.code).toBe('missing_commitments_admin');
    expect(v.message).toContain('you have Standard');
  });

  it('needs Admin on ERP Integrations (missing_erp_admin)', () => {
    const v = firstError(
      unlinkFromErp(synced, asUser({ erpIntegrations: 'standard' }, admin), { deletedInErp: true }),
    );
    expect(v.code).toBe('missing_erp_admin');
  });

  it('checks the permissions before the ERP deletion', () => {
    const nobody = asUser({ commitments: 'none', erpIntegrations: 'none' }, admin);
    expect(firstError(unlinkFromErp(synced, nobody, { deletedInErp: false })).code).toBe(
      'missing_commitments_admin',
    );
  });

  it('applies only to a synced change order (wrong_state otherwise)', () => {
    for (const state of ERP_STATUSES.filter((s) => s !== 'synced')) {
      expect(firstError(unlinkFromErp(inState(state), admin, { deletedInErp: true })).code).toBe(
        'wrong_state',
      );
    }
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(synced));
    expect(
      value(unlinkFromErp(co, deepFreeze(structuredClone(admin)), { deletedInErp: true })).erpStatus,
    ).toBe('not_sent');
    expect(co.erpStatus).toBe('synced');
  });
});
