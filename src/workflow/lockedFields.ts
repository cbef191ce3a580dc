import type { ChangeOrder } from '../model/changeOrder.js';
import type { ErpStatus } from '../model/enums.js';

/**
 * The fields sending locks, in the order Procore lists them.
 * @example
 * LOCKABLE_FIELDS //=> ['contractCompany', 'title', 'status', 'totalAmount']
 */
export const LOCKABLE_FIELDS = ['contractCompany', 'title', 'status', 'totalAmount'] as const;

/**
 * A field sending locks; `totalAmount` is the sum of the line amounts.
 * @example
 * const field: LockableField = 'totalAmount';
 */
export type LockableField = (typeof LOCKABLE_FIELDS)[number];

/** Whether each state locks the fields: the change order is with the ERP or the approver. */
const LOCKS: Readonly<Record<ErpStatus, boolean>> = {
  not_sent: false,
  pending_acceptance: true,
  retrieved: false,
  rejected: false,
  export_failed: true,
  synced: true,
};

/**
 * The fields a user may not edit in the change order's current state: Contract Company, Title,
 * Status and Total Amount while it is pending acceptance, failed to export or synced; none when it
 * is not sent, retrieved or rejected; all of them for a state that is not one (or cannot be read). (`erpStatus` and `history` change only through the workflow
 * actions, in every state; see `applyEdit`.)
 * @param changeOrder - The CCO.
 * @returns A new array of the locked fields.
 * @example
 * lockedFields({ ...co, erpStatus: 'pending_acceptance' }) //=> ['contractCompany', 'title', 'status', 'totalAmount']
 * lockedFields({ ...co, erpStatus: 'rejected' }) //=> []
 */
export function lockedFields(changeOrder: Pick<ChangeOrder, 'erpStatus'>): LockableField[] {
  let locks: boolean | undefined;
  try {
    locks = LOCKS[changeOrder.erpStatus];
  } catch {
    // A state that cannot be read is not one that lets anything be edited.
    locks = true;
  }
  return locks === false ? [] : [...LOCKABLE_FIELDS];
}
