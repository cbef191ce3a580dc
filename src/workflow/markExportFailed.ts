import { refuseThrown } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import { ok, type Result } from '../result.js';
import { advance, type HistoryOptions, lookup } from './step.js';

/**
 * Options of {@link markExportFailed}.
 * @example
 * const options: FailureOptions = { message: 'Vendor ACME is inactive in Sage.' };
 */
export interface FailureOptions extends HistoryOptions {
  /** The ERP's message, recorded in the history for the approver. */
  readonly message: string;
}

/**
 * Records that the ERP refused an accepted export ("Failed to Export"): a `synced` change order
 * becomes `export_failed`, locked, with no button, until the accounting approver rejects it so it
 * can be fixed and re-sent. The ERP acts here, so no user permission is checked.
 * @param changeOrder - The CCO; never mutated.
 * @param options - `{ message, at }`: the ERP's message and the time to record.
 * @returns The failed change order with a `fail` history entry carrying the message, or `wrong_state`.
 * @example
 * markExportFailed(synced, { message: 'Vendor ACME is inactive in Sage.' })
 * //=> { ok: true, value: { …, erpStatus: 'export_failed', history: [… { action: 'fail', actor: 'erp', message: 'Vendor ACME is inactive in Sage.', … }] } }
 */
export function markExportFailed(
  changeOrder: ChangeOrder,
  options: FailureOptions,
): Result<ChangeOrder, Violation<'wrong_state' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    const edge = lookup(changeOrder, 'fail');
    if (!edge.ok) return edge;
    return ok(advance(changeOrder, edge.value, options.at, { message: options.message }));
  });
}
