import { refuseThrown } from '../internal/guard.js';
import { userOf } from '../internal/user.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { err, ok, type Result } from '../result.js';
import { commitmentsAdminDenied, erpAdminDenied } from './permissions.js';
import { advance, type HistoryOptions, lookup } from './step.js';
import { workflowViolation } from './violations.js';

/**
 * Options of {@link unlinkFromErp}.
 * @example
 * const options: UnlinkOptions = { deletedInErp: true };
 */
export interface UnlinkOptions extends HistoryOptions {
  /** Whether the CCO was deleted in the ERP first; a synced CCO cannot be unlinked otherwise. */
  readonly deletedInErp: boolean;
}

/**
 * Unlinks a `synced` change order from the ERP after it was deleted there: it is `not_sent` again.
 * Needs Admin on the Commitments tool and on the ERP Integrations tool. Checked in this order: the
 * state (`wrong_state`), `missing_commitments_admin` (the send rule's code), `missing_erp_admin`,
 * then `not_deleted_in_erp`.
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who unlinks.
 * @param options - `{ deletedInErp, at }`.
 * @returns The unlinked change order with an `unlink` history entry, or the first violation.
 * @example
 * unlinkFromErp(synced, adminContext, { deletedInErp: false }).error?.code //=> 'not_deleted_in_erp'
 * unlinkFromErp(synced, adminContext, { deletedInErp: true }) //=> { ok: true, value: { …, erpStatus: 'not_sent', … } }
 */
export function unlinkFromErp(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options: UnlinkOptions,
): Result<
  ChangeOrder,
  Violation<
    | 'wrong_state'
    | 'missing_commitments_admin'
    | 'missing_erp_admin'
    | 'not_deleted_in_erp'
    | 'unreadable_input'
  >[]
> {
  return refuseThrown(() => {
    const edge = lookup(changeOrder, 'unlink');
    if (!edge.ok) return edge;
    const denied =
      commitmentsAdminDenied(userOf(context), 'Unlinking from the ERP') ??
      erpAdminDenied(userOf(context), 'Unlinking from the ERP');
    if (denied !== undefined) return err([denied]);
    if (!options.deletedInErp) {
      return err([
        workflowViolation(
          'not_deleted_in_erp',
          'A synced change order can be unlinked only after it was deleted in the ERP; delete it there first.',
        ),
      ]);
    }
    return ok(advance(changeOrder, edge.value, options.at));
  });
}
