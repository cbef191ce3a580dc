import { exportChangeOrder } from '../export/exportChangeOrder.js';
import type { ErpExport } from '../export/types.js';
import { refuseThrown } from '../internal/guard.js';
import { userOf } from '../internal/user.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import type { RuleCode } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import { accountingApproverDenied } from './permissions.js';
import { advance, type HistoryOptions, lookup } from './step.js';

/**
 * Options of {@link acceptForExport}.
 * @example
 * const options: AcceptOptions = { erpId: 'CO7', at: '2024-03-12T16:00:00Z' };
 */
export interface AcceptOptions extends ValidateOptions, HistoryOptions {
  /**
   * The ERP CCO ID the approver typed; it replaces the change order's `erpId` and must pass the same
   * rules (`erp_id_missing`, `erp_id_too_long`: at most 5 characters for Sage 300 CRE).
   */
  readonly erpId?: string;
}

/**
 * What an accepted export yields.
 * @example
 * const r = acceptForExport(pending, approverContext);
 * if (r.ok) { const { changeOrder, export: exported }: AcceptedExport = r.value; }
 */
export interface AcceptedExport {
  /** The change order, `synced`, with the typed `erpId` and an `accept` history entry. */
  readonly changeOrder: ChangeOrder;
  /** The export, as {@link exportChangeOrder} builds it under the same profile. */
  readonly export: ErpExport;
}

/**
 * The accounting approver accepts a change order that is `pending_acceptance`: it is exported
 * (`synced`) and the export is built here by {@link exportChangeOrder}, under the profile given
 * (Sage 300 CRE by default). The approver may type the ERP CCO ID at this moment. Checked in this
 * order: the state (`wrong_state`), the approver (Standard or Admin on ERP Integrations and "Can
 * Push to Accounting": `not_accounting_approver`), then the export rules on the change order with
 * the typed ID (every one that fails).
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who accepts; the project's zone and the company settings are read.
 * @param options - `{ erpId, profile, at }`: the typed ERP CCO ID, the ERP's limits (Sage 300 CRE by
 *   default), the time to record.
 * @returns `{ changeOrder, export }`, or every violation (the first is the one to show).
 * @example
 * const r = acceptForExport(pending, approverContext, { erpId: 'CO7' });
 * if (r.ok) send(r.value.export); // r.value.changeOrder.erpStatus === 'synced'
 * acceptForExport(pending, approverContext, { erpId: 'CO-0007' }).error?.[0]?.code //=> 'erp_id_too_long'
 */
export function acceptForExport(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: AcceptOptions,
): Result<
  AcceptedExport,
  Violation<'wrong_state' | 'not_accounting_approver' | RuleCode | 'unreadable_input'>[]
> {
  return refuseThrown(() => {
    const edge = lookup(changeOrder, 'accept');
    if (!edge.ok) return edge;
    const denied = accountingApproverDenied(userOf(context));
    if (denied !== undefined) return err([denied]);
    const typed = options?.erpId === undefined ? changeOrder : { ...changeOrder, erpId: options.erpId };
    const exported = exportChangeOrder(
      typed,
      context,
      options?.profile === undefined ? {} : { profile: options.profile },
    );
    if (!exported.ok) return exported;
    return ok({ changeOrder: advance(typed, edge.value, options?.at), export: exported.value });
  });
}
