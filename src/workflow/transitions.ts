import type { ErpStatus } from '../model/enums.js';
import type { ActorRole, WorkflowAction } from '../model/history.js';

/**
 * One edge of the export workflow: in state `from`, `action` leads to `to`.
 * @example
 * const edge: Transition = { from: 'pending_acceptance', action: 'accept', to: 'synced' };
 */
export interface Transition {
  /** The `erpStatus` the action applies in. */
  readonly from: ErpStatus;
  /** The action. */
  readonly action: WorkflowAction;
  /** The `erpStatus` it leads to. */
  readonly to: ErpStatus;
  /** The company's Direct Export setting this edge needs; either setting when absent. */
  readonly directExport?: boolean;
}

/**
 * The export workflow as data: every (state, action) that applies and the state it leads to. The
 * workflow functions look their edges up here, and a test checks the diagram in `docs/workflow.md`
 * against it. A pair that is not in the table is refused with `wrong_state`.
 * @example
 * transitions.filter((t) => t.from === 'pending_acceptance').map((t) => t.action)
 * //=> ['retrieve', 'accept', 'reject']
 */
export const transitions: readonly Transition[] = [
  { from: 'not_sent', action: 'send', to: 'pending_acceptance', directExport: false },
  { from: 'not_sent', action: 'send', to: 'synced', directExport: true },
  { from: 'retrieved', action: 'send', to: 'pending_acceptance', directExport: false },
  { from: 'retrieved', action: 'send', to: 'synced', directExport: true },
  { from: 'rejected', action: 'resend', to: 'pending_acceptance', directExport: false },
  { from: 'rejected', action: 'resend', to: 'synced', directExport: true },
  { from: 'pending_acceptance', action: 'retrieve', to: 'retrieved' },
  { from: 'pending_acceptance', action: 'accept', to: 'synced' },
  { from: 'pending_acceptance', action: 'reject', to: 'rejected' },
  { from: 'export_failed', action: 'reject', to: 'rejected' },
  { from: 'synced', action: 'fail', to: 'export_failed' },
  { from: 'synced', action: 'unlink', to: 'not_sent' },
];

/**
 * The role each action is taken in, recorded in the history.
 * @example
 * actionActors.reject //=> 'accounting_approver'
 */
export const actionActors: Readonly<Record<WorkflowAction, ActorRole>> = {
  send: 'sender',
  resend: 'sender',
  retrieve: 'sender',
  accept: 'accounting_approver',
  reject: 'accounting_approver',
  fail: 'erp',
  unlink: 'erp_admin',
};

/**
 * The edge for `action` in state `from` under the Direct Export setting, or `undefined` when the
 * action does not apply there.
 * @param from - The current `erpStatus`.
 * @param action - The action.
 * @param directExport - The company's Direct Export setting; only `send` and `resend` read it.
 * @returns The matching {@link Transition}, or `undefined`.
 * @example
 * findTransition('rejected', 'resend', true) //=> { from: 'rejected', action: 'resend', to: 'synced', directExport: true }
 * findTransition('synced', 'retrieve', false) //=> undefined
 */
export function findTransition(
  from: ErpStatus,
  action: WorkflowAction,
  directExport: boolean,
): Transition | undefined {
  return transitions.find(
    (t) =>
      t.from === from &&
      t.action === action &&
      (t.directExport === undefined || t.directExport === directExport),
  );
}

/**
 * The state `action` leads to from `from`, or `undefined` when it does not apply there.
 * @param from - The current `erpStatus`.
 * @param action - The action.
 * @param directExport - The company's Direct Export setting (`false` when omitted).
 * @returns The next `erpStatus`, or `undefined`.
 * @example
 * nextState('pending_acceptance', 'retrieve') //=> 'retrieved'
 * nextState('not_sent', 'send', true) //=> 'synced'
 * nextState('synced', 'accept') //=> undefined
 */
export function nextState(
  from: ErpStatus,
  action: WorkflowAction,
  directExport = false,
): ErpStatus | undefined {
  return findTransition(from, action, directExport)?.to;
}
