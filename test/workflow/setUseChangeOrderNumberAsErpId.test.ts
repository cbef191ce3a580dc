import { describe, expect, it } from 'vitest';
import { PERMISSION_LEVELS } from '../../src/model/enums.js';
import { sendToErp } from '../../src/workflow/sendToErp.js';
import { setUseChangeOrderNumberAsErpId } from '../../src/workflow/setUseChangeOrderNumberAsErpId.js';
import { admin, asUser, context, deepFreeze, firstError, sendable, value } from './fixtures.js';

describe('setUseChangeOrderNumberAsErpId', () => {
  it('an Admin on ERP Integrations turns it on and off', () => {
    const on = value(setUseChangeOrderNumberAsErpId(admin, true));
    expect(on).toEqual({ ...admin, settings: { ...admin.settings, useChangeOrderNumberAsErpId: true } });
    expect(value(setUseChangeOrderNumberAsErpId(on, false)).settings?.useChangeOrderNumberAsErpId).toBe(
      false,
    );
  });

  it('needs Admin on ERP Integrations (missing_erp_admin)', () => {
    for (const erpIntegrations of PERMISSION_LEVELS.filter((l) => l !== 'admin')) {
      const v = firstError(setUseChangeOrderNumberAsErpId(asUser({ erpIntegrations }), true));
      expect(v.code).toBe('missing_erp_admin');
      expect(v.path).toEqual([]);
    }
    expect(firstError(setUseChangeOrderNumberAsErpId(context, true)).message).toContain('you have Standard');
  });

  it('the number then fills the Sage ID, which must still pass the 5-character rule', () => {
    const on = value(setUseChangeOrderNumberAsErpId(admin, true));
    const blank = { ...sendable, erpId: '' };
    expect(firstError(sendToErp(blank, admin)).code).toBe('erp_id_missing');
    expect(value(sendToErp(blank, on)).erpStatus).toBe('pending_acceptance');
    expect(firstError(sendToErp({ ...blank, number: '123456' }, on)).code).toBe('erp_id_too_long');
  });

  it('never mutates its input', () => {
    const ctx = deepFreeze(structuredClone(admin));
    expect(value(setUseChangeOrderNumberAsErpId(ctx, true)).settings?.useChangeOrderNumberAsErpId).toBe(true);
    expect(ctx.settings?.useChangeOrderNumberAsErpId).toBe(false);
  });
});
