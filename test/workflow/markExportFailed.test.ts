import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { lockedFields } from '../../src/workflow/lockedFields.js';
import { markExportFailed } from '../../src/workflow/markExportFailed.js';
import { sendButton } from '../../src/workflow/sendButton.js';
import { context, deepFreeze, firstError, inState, value } from './fixtures.js';

const message = 'Vendor ACME is inactive in Sage 300 CRE.';

describe('markExportFailed', () => {
  it('the ERP refuses an accepted export: export_failed, with the ERP message in the history', () => {
    const r = value(markExportFailed(inState('synced'), { message }));
    expect(r.erpStatus).toBe('export_failed');
    expect(r.history).toEqual([
      { action: 'fail', actor: 'erp', from: 'synced', to: 'export_failed', message },
    ]);
  });

  it('a failed export stays locked and shows no button while it awaits the approver', () => {
    const r = value(markExportFailed(inState('synced'), { message, at: '2024-03-12T17:00:00Z' }));
    expect(r.history?.[0]?.at).toBe('2024-03-12T17:00:00Z');
    expect(lockedFields(r)).toEqual(['contractCompany', 'title', 'status', 'totalAmount']);
    expect(sendButton(r, context)).toEqual({ action: null, enabled: false });
  });

  it('applies only to an accepted (synced) export (wrong_state otherwise)', () => {
    for (const state of ERP_STATUSES.filter((s) => s !== 'synced')) {
      expect(firstError(markExportFailed(inState(state), { message })).code).toBe('wrong_state');
    }
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(inState('synced')));
    expect(value(markExportFailed(co, { message })).erpStatus).toBe('export_failed');
    expect(co.erpStatus).toBe('synced');
  });
});
