import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { applyEdit } from '../../src/workflow/applyEdit.js';
import { retrieveFromErp } from '../../src/workflow/retrieveFromErp.js';
import { asUser, context, deepFreeze, firstError, inState, value } from './fixtures.js';

const pending = inState('pending_acceptance');

describe('retrieveFromErp', () => {
  it('takes a pending change order back before the approver acts: retrieved', () => {
    const back = value(retrieveFromErp(pending, context, { at: '2024-03-11T10:00:00-07:00' }));
    expect(back.erpStatus).toBe('retrieved');
    expect(back.history).toEqual([
      {
        action: 'retrieve',
        actor: 'sender',
        from: 'pending_acceptance',
        to: 'retrieved',
        at: '2024-03-11T10:00:00-07:00',
      },
    ]);
  });

  it('Admin on Commitments alone may retrieve', () => {
    const ctx = asUser({ commitments: 'admin', changeOrders: 'none' });
    expect(value(retrieveFromErp(pending, ctx)).erpStatus).toBe('retrieved');
  });

  it('Admin on Change Orders alone may retrieve', () => {
    const ctx = asUser({ commitments: 'standard', changeOrders: 'admin' });
    expect(value(retrieveFromErp(pending, ctx)).erpStatus).toBe('retrieved');
  });

  it('refuses a user who is Admin on neither (missing_retrieve_permission)', () => {
    const v = firstError(
      retrieveFromErp(pending, asUser({ commitments: 'standard', changeOrders: 'read_only' })),
    );
    expect(v.code).toBe('missing_retrieve_permission');
    expect(v.path).toEqual([]);
    expect(v.message).toContain('Standard on Commitments and Read Only on Change Orders');
  });

  it('applies only while pending acceptance (wrong_state otherwise, before the permission)', () => {
    for (const state of ERP_STATUSES.filter((s) => s !== 'pending_acceptance')) {
      const v = firstError(
        retrieveFromErp(inState(state), asUser({ commitments: 'none', changeOrders: 'none' })),
      );
      expect(v.code).toBe('wrong_state');
      expect(v.path).toEqual(['erpStatus']);
      expect(v.message).toContain('pending acceptance');
    }
  });

  it('a retrieved change order is editable again', () => {
    const back = value(retrieveFromErp(pending, context));
    expect(firstError(applyEdit(pending, { title: 'Rebar L3' }, context)).code).toBe('field_locked');
    expect(value(applyEdit(back, { title: 'Rebar L3' }, context)).title).toBe('Rebar L3');
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(pending));
    expect(value(retrieveFromErp(co, deepFreeze(structuredClone(context)))).erpStatus).toBe('retrieved');
    expect(co.erpStatus).toBe('pending_acceptance');
  });
});
