import { refuseThrown } from '../internal/guard.js';
import { userOf } from '../internal/user.js';
import type { Violation } from '../issues.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import { erpAdminDenied } from './permissions.js';

/**
 * Turns the account-wide option "use the Procore change order number as the ERP CCO ID" on or off.
 * The ID stays editable and must still pass `erp_id_too_long`. Needs Admin on the ERP Integrations
 * tool.
 * @param context - Who changes it, and the current settings; never mutated.
 * @param on - The new value.
 * @returns The context with the new setting, or `missing_erp_admin`.
 * @example
 * setUseChangeOrderNumberAsErpId(erpAdminContext, true)
 * //=> { ok: true, value: { …, settings: { useChangeOrderNumberAsErpId: true, directExport: false } } }
 * setUseChangeOrderNumberAsErpId(projectManagerContext, true).error?.code //=> 'missing_erp_admin'
 */
export function setUseChangeOrderNumberAsErpId(
  context: ExportContext,
  on: boolean,
): Result<ExportContext, Violation<'missing_erp_admin' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    const denied = erpAdminDenied(userOf(context), 'Changing "use the change order number as the ERP ID"');
    if (denied !== undefined) return err([denied]);
    return ok({ ...context, settings: { ...context.settings, useChangeOrderNumberAsErpId: on } });
  });
}
