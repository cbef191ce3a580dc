import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { LOCKABLE_FIELDS, lockedFields } from '../../src/workflow/lockedFields.js';
import { inState } from './fixtures.js';

const ALL = ['contractCompany', 'title', 'status', 'totalAmount'];

describe('lockedFields', () => {
  it('locks Contract Company, Title, Status and Total Amount while pending acceptance, failed or synced', () => {
    for (const state of ['pending_acceptance', 'export_failed', 'synced'] as const) {
      expect(lockedFields(inState(state))).toEqual(ALL);
    }
  });

  it('locks nothing when not sent, retrieved or rejected', () => {
    for (const state of ['not_sent', 'retrieved', 'rejected'] as const) {
      expect(lockedFields(inState(state))).toEqual([]);
    }
  });

  it('covers every state', () => {
    const locking = ERP_STATUSES.filter((s) => lockedFields({ erpStatus: s }).length > 0);
    expect(locking).toEqual(['pending_acceptance', 'export_failed', 'synced']);
    expect([...LOCKABLE_FIELDS]).toEqual(ALL);
  });

  it('returns a fresh array each time', () => {
    const a = lockedFields(inState('synced'));
    a.pop();
    expect(lockedFields(inState('synced'))).toEqual(ALL);
  });
});
