import { describeValue } from '../internal/describe.js';
import { refuseThrown } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpStatus } from '../model/enums.js';
import type { LineItem } from '../model/lineItem.js';
import { isDecimalString } from '../money/decimalString.js';
import { sumDecimals } from '../money/exactSum.js';
import { err, ok, type Result } from '../result.js';
import { quote } from '../text/quote.js';
import { parseInstant } from '../time/instant.js';
import { type LockableField, lockedFields } from './lockedFields.js';
import { sameValue } from './sameValue.js';
import { workflowViolation } from './violations.js';

/**
 * What a user may patch: any field of the change order.
 * @example
 * const patch: ChangeOrderPatch = { description: 'Per RFI 42 and 43.' };
 */
export type ChangeOrderPatch = Partial<ChangeOrder>;

/**
 * The fields of the change order model, in the schema's order: a patch cannot smuggle in a key the
 * model does not know. Written out rather than read from `ChangeOrderSchema`, so that importing
 * `applyEdit` does not bundle zod; a test checks it against the schema's keys.
 * @example
 * CHANGE_ORDER_FIELDS.includes('title') //=> true
 */
export const CHANGE_ORDER_FIELDS = [
  'id',
  'number',
  'erpId',
  'title',
  'description',
  'status',
  'createdAt',
  'erpStatus',
  'commitment',
  'contractCompany',
  'lineItems',
  'history',
] as const satisfies readonly (keyof ChangeOrder)[];

/** The fields only the workflow actions change. */
const WORKFLOW_FIELDS = ['erpStatus', 'history'] as const;

/** How a locked field can be changed again, by state (only the locking states are read). */
const UNLOCK: Readonly<Record<ErpStatus, string>> = {
  not_sent: '',
  pending_acceptance: 'it is waiting for the accounting approver; retrieve it from the ERP to change it',
  retrieved: '',
  rejected: '',
  export_failed: 'its export failed; the accounting approver must reject it before it can be changed',
  synced: 'it is exported; only after it is deleted in the ERP and unlinked can it be changed',
};

const FIELD_NAMES: Readonly<Record<LockableField, string>> = {
  contractCompany: 'Contract Company',
  title: 'Title',
  status: 'Status',
  totalAmount: 'Total Amount',
};

/** The amount on each line id, summed exactly; `undefined` when an amount is not a decimal string. */
function amountsById(lines: readonly LineItem[]): Map<string, string> | undefined {
  const byId = new Map<string, string[]>();
  for (const line of lines) {
    if (!isDecimalString(line.amount)) return undefined;
    const amounts = byId.get(line.id);
    if (amounts === undefined) byId.set(line.id, [line.amount]);
    else amounts.push(line.amount);
  }
  return new Map([...byId].map(([id, amounts]) => [id, sumDecimals(amounts)]));
}

/**
 * Whether replacing the lines changes the total amount: some line's amount changes by value (a line
 * added or removed counts with its amount). Reordering lines, or `"233.0"` for `"233.00"`, does not.
 */
function changesTotalAmount(before: readonly LineItem[], after: readonly LineItem[]): boolean {
  const a = amountsById(before);
  const b = amountsById(after);
  if (a === undefined || b === undefined) {
    // Unreadable amounts: any change to them counts.
    const amounts = (lines: readonly LineItem[]) => lines.map((l) => [l.id, l.amount]);
    return !sameValue(amounts(before), amounts(after));
  }
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(id) ?? '0.00') !== (b.get(id) ?? '0.00')) return true;
  }
  return false;
}

/**
 * Whether a patch changes Date Created: a different instant, or different text when either side is
 * not a readable instant. The same instant written another way (`…T07:30:00Z` for
 * `…T00:30:00-07:00`) is no change, as `"233.0"` for `"233.00"` is none for an amount.
 */
function changesCreatedAt(current: string, patched: unknown): boolean {
  if (patched === undefined || patched === current) return false;
  if (typeof patched !== 'string') return true;
  const instant = parseInstant(current);
  return instant === undefined || instant !== parseInstant(patched);
}

function changes(changeOrder: ChangeOrder, patch: ChangeOrderPatch, field: LockableField): boolean {
  if (field === 'totalAmount') {
    return patch.lineItems !== undefined && changesTotalAmount(changeOrder.lineItems, patch.lineItems);
  }
  return patch[field] !== undefined && !sameValue(patch[field], changeOrder[field]);
}

/**
 * Applies a user's edit to a change order, unless it changes a field that sending locked (see
 * {@link lockedFields}): a new line amount changes Total Amount. Date Created (`createdAt`) cannot
 * be edited, and `erpStatus` and `history` change only through the workflow actions, so a patch that
 * changes them is refused in every state (the same instant written another way is no change). A
 * rejected or retrieved change order is editable. Keys whose value is `undefined`, and keys the
 * model does not know, are ignored. The patch is trusted to be well typed: read untrusted JSON with
 * `parseChangeOrder`.
 * @param changeOrder - The CCO; never mutated.
 * @param patch - The fields to change.
 * @param context - Who edits. No rule reads it yet; it is part of the signature so that edit
 *   permissions can be checked without a breaking change.
 * @returns The edited change order, or `[field_locked]` with `path` naming the first locked field the
 *   patch changes (`['createdAt']`, `['erpStatus']`, `['history']` first, then the fields sending
 *   locked; `['totalAmount']` for line amounts).
 * @example
 * applyEdit(pending, { title: 'Rebar, level 3' }, context)
 * //=> { ok: false, error: [{ code: 'field_locked', path: ['title'], message: 'Title is locked: it is waiting for the accounting approver; …' }] }
 * applyEdit(pending, { description: 'Per RFI 42 and 43.' }, context) //=> { ok: true, value: { …, description: 'Per RFI 42 and 43.' } }
 */
export function applyEdit(
  changeOrder: ChangeOrder,
  patch: ChangeOrderPatch,
  context: ExportContext,
): Result<ChangeOrder, Violation<'field_locked' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    void context;
    const createdAt: unknown = patch.createdAt;
    if (changesCreatedAt(changeOrder.createdAt, createdAt)) {
      const found = typeof createdAt === 'string' ? quote(createdAt) : describeValue(createdAt);
      return err([
        workflowViolation(
          'field_locked',
          `Date Created cannot be edited, in any state: it is when the change order was created in Procore, exported as the ERP's Commitment Date. The change order has ${quote(changeOrder.createdAt)}, the edit ${found}; leave createdAt out of the edit.`,
          ['createdAt'],
        ),
      ]);
    }
    for (const field of WORKFLOW_FIELDS) {
      if (patch[field] !== undefined && !sameValue(patch[field], changeOrder[field])) {
        return err([
          workflowViolation(
            'field_locked',
            `${field} changes only through the workflow actions (send, retrieve, accept, reject, unlink), not through an edit.`,
            [field],
          ),
        ]);
      }
    }
    for (const field of lockedFields(changeOrder)) {
      if (changes(changeOrder, patch, field)) {
        return err([
          workflowViolation(
            'field_locked',
            `${FIELD_NAMES[field]} is locked: ${UNLOCK[changeOrder.erpStatus]}.`,
            [field],
          ),
        ]);
      }
    }
    const edited: Record<string, unknown> = { ...changeOrder };
    for (const field of CHANGE_ORDER_FIELDS) {
      if (patch[field] !== undefined) edited[field] = patch[field];
    }
    return ok(edited as ChangeOrder);
  });
}
