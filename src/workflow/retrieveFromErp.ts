import { refuseThrown } from '../internal/guard.js';
import { userOf } from '../internal/user.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import { retrieveDenied } from './permissions.js';
import { advance, type HistoryOptions, lookup } from './step.js';

/**
 * Retrieve from ERP: takes a change order back from the accounting approver before they act, so it
 * becomes editable again (`retrieved`). Needs Admin on the Commitments tool or on the Change Orders
 * tool; applies only while `pending_acceptance`. The state is checked first, then the permission.
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who retrieves.
 * @param options - `{ at }`: the time to record in the history.
 * @returns The retrieved change order, or `wrong_state` / `missing_retrieve_permission`.
 * @example
 * retrieveFromErp(pending, context) //=> { ok: true, value: { …, erpStatus: 'retrieved', history: [… { action: 'retrieve', … }] } }
 * retrieveFromErp(synced, context) //=> { ok: false, error: { code: 'wrong_state', path: ['erpStatus'], message: '…' } }
 */
export function retrieveFromErp(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: HistoryOptions,
): Result<ChangeOrder, Violation<'wrong_state' | 'missing_retrieve_permission' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    const edge = lookup(changeOrder, 'retrieve');
    if (!edge.ok) return edge;
    const denied = retrieveDenied(userOf(context));
    if (denied !== undefined) return err([denied]);
    return ok(advance(changeOrder, edge.value, options?.at));
  });
}
