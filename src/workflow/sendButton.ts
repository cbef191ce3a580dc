import { unreadable } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { RuleCode } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import { retrieveFromErp } from './retrieveFromErp.js';
import { directExport, sendEdge, sendToErp } from './sendToErp.js';
import { findTransition } from './transitions.js';

/**
 * The button the Commitments view shows for a change order, and why it is greyed out.
 * @example
 * const b: SendButton = { action: 'send', enabled: false, reason: { code: 'vendor_not_linked', path: [], message: '…' } };
 */
export interface SendButton {
  /** Send to ERP, Re-send to ERP (after a rejection), Retrieve from ERP (while pending), or none. */
  readonly action: 'send' | 'resend' | 'retrieve' | null;
  /** Whether pressing it would succeed for this user. */
  readonly enabled: boolean;
  /** When a button is shown greyed out, the first failing rule: the text behind the "?". */
  readonly reason?: Violation<RuleCode | 'wrong_state' | 'missing_retrieve_permission' | 'unreadable_input'>;
}

/** An enabled button, or a greyed one with its first reason. */
function button(action: NonNullable<SendButton['action']>, reason: SendButton['reason']): SendButton {
  return reason === undefined ? { action, enabled: true } : { action, enabled: false, reason };
}

/**
 * What the Commitments view shows for a change order: Send to ERP (`not_sent`, `retrieved`),
 * Re-send to ERP (only after a rejection), Retrieve from ERP (only while `pending_acceptance`), or
 * no button (`synced`, or `export_failed` while the failure awaits the approver). A shown button is
 * enabled exactly when its action would succeed, and otherwise carries that action's first
 * violation as `reason` (for Send, the first failing rule of {@link validate}: an unsynced project
 * or commitment still shows Send, disabled, with that rule).
 * @param changeOrder - The CCO.
 * @param context - Who looks at it.
 * @param options - `{ profile }`, Sage 300 CRE by default.
 * @returns `{ action, enabled, reason? }`.
 * @example
 * sendButton(co, context) //=> { action: 'send', enabled: true }
 * sendButton({ ...co, erpStatus: 'rejected', title: 'x'.repeat(31) }, context)
 * //=> { action: 'resend', enabled: false, reason: { code: 'title_too_long', path: [], message: 'Title is 31 characters; Sage 300 CRE allows 30.' } }
 * sendButton({ ...co, erpStatus: 'synced' }, context) //=> { action: null, enabled: false }
 */
export function sendButton(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions,
): SendButton {
  let state: ChangeOrder['erpStatus'];
  try {
    state = changeOrder.erpStatus;
  } catch (cause) {
    return { action: null, enabled: false, reason: unreadable(cause) };
  }
  const send = sendEdge(state, directExport(context));
  if (send !== undefined) {
    const action = send.action === 'resend' ? 'resend' : 'send';
    const sent = sendToErp(changeOrder, context, options);
    return button(action, sent.ok ? undefined : sent.error[0]);
  }
  if (findTransition(state, 'retrieve', false) !== undefined) {
    const retrieved = retrieveFromErp(changeOrder, context);
    return button('retrieve', retrieved.ok ? undefined : retrieved.error[0]);
  }
  return { action: null, enabled: false };
}
