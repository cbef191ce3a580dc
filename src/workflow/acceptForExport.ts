import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import type { RuleCode } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import { toSage300Payload } from '../sage300/toSage300Payload.js';
import type { Notice, Sage300Payload } from '../sage300/types.js';
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
 * if (r.ok) { const { changeOrder, payload, notices }: AcceptedExport = r.value; }
 */
export interface AcceptedExport {
  /** The change order, `synced`, with the typed `erpId` and an `accept` history entry. */
  readonly changeOrder: ChangeOrder;
  /** The export, lines aggregated, as {@link toSage300Payload} builds it. */
  readonly payload: Sage300Payload;
  /** What the export did that the user should know (truncation, aggregation). */
  readonly notices: Notice[];
}

/**
 * The accounting approver accepts a change order that is `pending_acceptance`: it is exported
 * (`synced`) and the export is built here, lines summed per commitment line. The approver may type
 * the ERP CCO ID at this moment. Checked in this order: the state (`wrong_state`), the approver
 * (Standard or Admin on ERP Integrations and "Can Push to Accounting": `not_accounting_approver`),
 * then the export rules on the change order with the typed ID (the first failing one).
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who accepts; the project's zone and the company settings are read.
 * @param options - `{ erpId, profile, at }`: the typed ERP CCO ID, the ERP's limits (Sage 300 CRE by
 *   default), the time to record.
 * @returns `{ changeOrder, payload, notices }`, or the first violation.
 * @example
 * const r = acceptForExport(pending, approverContext, { erpId: 'CO7' });
 * if (r.ok) send(r.value.payload); // r.value.changeOrder.erpStatus === 'synced'
 * acceptForExport(pending, approverContext, { erpId: 'CO-0007' }).error?.code //=> 'erp_id_too_long'
 */
export function acceptForExport(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: AcceptOptions,
): Result<AcceptedExport, Violation<'wrong_state' | 'not_accounting_approver' | RuleCode>> {
  const edge = lookup(changeOrder, 'accept');
  if (!edge.ok) return edge;
  const denied = accountingApproverDenied(context.user);
  if (denied !== undefined) return err(denied);
  const typed = options?.erpId === undefined ? changeOrder : { ...changeOrder, erpId: options.erpId };
  const mapped = toSage300Payload(typed, context, options);
  // The mapper returns every violation; like validate, report the first.
  if (!mapped.ok) return err(mapped.error[0]!);
  return ok({
    changeOrder: advance(typed, edge.value, options?.at),
    payload: mapped.value.payload,
    notices: mapped.value.notices,
  });
}
