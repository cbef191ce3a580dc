import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ErpStatus } from '../model/enums.js';
import type { HistoryEntry, WorkflowAction } from '../model/history.js';
import { err, ok, type Result } from '../result.js';
import { actionActors, findTransition, type Transition, transitions } from './transitions.js';
import { workflowViolation } from './violations.js';

/**
 * Options every transition takes.
 * @example
 * retrieveFromErp(pending, context, { at: '2024-03-11T10:00:00-07:00' } satisfies HistoryOptions)
 */
export interface HistoryOptions {
  /**
   * When the action happened, recorded as the history entry's `at` (an ISO-8601 instant is
   * advised). The library never reads a clock, so without it the entry has no time.
   */
  readonly at?: string;
}

/** Each state as a sentence names it. */
const STATE_NAMES: Readonly<Record<ErpStatus, string>> = {
  not_sent: 'not sent',
  pending_acceptance: 'pending acceptance',
  retrieved: 'retrieved from the ERP',
  rejected: 'rejected',
  export_failed: 'failed to export',
  synced: 'synced',
};

/** Each action as the UI names it. */
const ACTION_NAMES: Readonly<Record<WorkflowAction, string>> = {
  send: 'Send to ERP',
  resend: 'Re-send to ERP',
  retrieve: 'Retrieve from ERP',
  accept: 'Accepting the export',
  reject: 'Rejecting the export',
  fail: 'Marking the export failed',
  unlink: 'Unlinking from the ERP',
};

/**
 * The action's edge from the change order's state, or `wrong_state` naming where it applies.
 * @example
 * lookup({ ...co, erpStatus: 'synced' }, 'retrieve')
 * //=> { ok: false, error: { code: 'wrong_state', path: ['erpStatus'], message: 'Retrieve from ERP applies only when the change order is pending acceptance; it is synced.' } }
 */
export function lookup(
  changeOrder: ChangeOrder,
  action: WorkflowAction,
  directExport = false,
): Result<Transition, Violation<'wrong_state'>[]> {
  const edge = findTransition(changeOrder.erpStatus, action, directExport);
  if (edge !== undefined) return ok(edge);
  const where = [...new Set(transitions.filter((t) => t.action === action).map((t) => STATE_NAMES[t.from]))];
  return err([
    workflowViolation(
      'wrong_state',
      `${ACTION_NAMES[action]} applies only when the change order is ${where.join(' or ')}; it is ${STATE_NAMES[changeOrder.erpStatus]}.`,
      ['erpStatus'],
    ),
  ]);
}

/**
 * What a history entry records beyond the edge: the approver's comment or the ERP's message.
 * @example
 * const note: StepNote = { comment: 'Wrong cost code.' };
 */
export interface StepNote {
  /** The accounting approver's comment, on a rejection. */
  readonly comment?: string;
  /** The ERP's message, on a failed export. */
  readonly message?: string;
}

/**
 * The change order after `edge`: its new `erpStatus` and one more history entry, stamped with `at`
 * when the caller gave one. Never mutates; unchanged parts are shared with the input.
 * @example
 * advance(co, { from: 'not_sent', action: 'send', to: 'pending_acceptance' }, undefined).history
 * //=> [{ action: 'send', actor: 'sender', from: 'not_sent', to: 'pending_acceptance' }]
 */
export function advance(
  changeOrder: ChangeOrder,
  edge: Transition,
  at: string | undefined,
  note: StepNote = {},
): ChangeOrder {
  const entry: HistoryEntry = {
    action: edge.action,
    actor: actionActors[edge.action],
    from: edge.from,
    to: edge.to,
    ...(note.comment !== undefined && { comment: note.comment }),
    ...(note.message !== undefined && { message: note.message }),
    ...(at !== undefined && { at }),
  };
  return { ...changeOrder, erpStatus: edge.to, history: [...(changeOrder.history ?? []), entry] };
}
