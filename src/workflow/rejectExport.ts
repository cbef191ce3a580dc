import { refuseThrown } from '../internal/guard.js';
import { userOf } from '../internal/user.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import { accountingApproverDenied } from './permissions.js';
import { advance, type HistoryOptions, lookup } from './step.js';

/**
 * Options of {@link rejectExport}.
 * @example
 * const options: RejectOptions = { comment: 'Line 2 needs cost code 03-200.' };
 */
export interface RejectOptions extends HistoryOptions {
  /** Why the approver rejects it; recorded in the history for the sender. */
  readonly comment: string;
}

/**
 * The accounting approver rejects a change order that is `pending_acceptance`, or whose accepted
 * export failed (`export_failed`), with a comment: it goes back to Procore, editable (`rejected`),
 * and Re-send to ERP appears. The state is checked first, then the approver.
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who rejects.
 * @param options - `{ comment, at }`.
 * @returns The rejected change order with a `reject` history entry carrying the comment, or
 *   `wrong_state` / `not_accounting_approver`.
 * @example
 * rejectExport(pending, approverContext, { comment: 'Line 2 needs cost code 03-200.' })
 * //=> { ok: true, value: { …, erpStatus: 'rejected', history: [… { action: 'reject', actor: 'accounting_approver', comment: 'Line 2 needs cost code 03-200.', … }] } }
 */
export function rejectExport(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options: RejectOptions,
): Result<ChangeOrder, Violation<'wrong_state' | 'not_accounting_approver' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    const edge = lookup(changeOrder, 'reject');
    if (!edge.ok) return edge;
    const denied = accountingApproverDenied(userOf(context));
    if (denied !== undefined) return err([denied]);
    return ok(advance(changeOrder, edge.value, options.at, { comment: options.comment }));
  });
}
