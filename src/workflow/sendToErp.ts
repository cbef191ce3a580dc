import { refuseThrown } from '../internal/guard.js';
import { proven } from '../internal/invariant.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpStatus } from '../model/enums.js';
import { err, ok, type Result } from '../result.js';
import type { RuleCode } from '../rules/rules.js';
import { type ValidateOptions, validateAll } from '../rules/validate.js';
import { advance, type HistoryOptions } from './step.js';
import { findTransition, type Transition } from './transitions.js';

/**
 * Options of {@link sendToErp}: the ERP profile of the rules and the time of the history entry.
 * @example
 * const options: SendOptions = { profile: sage300Cre, at: '2024-03-11T09:00:00Z' };
 */
export interface SendOptions extends ValidateOptions, HistoryOptions {}

/** The company's Direct Export setting (`false` when the context does not say). */
export function directExport(context: ExportContext): boolean {
  return context.settings?.directExport === true;
}

/**
 * The send edge from `state`: `send`, or `resend` after a rejection; `undefined` once sent.
 * @example
 * sendEdge('rejected', false) //=> { from: 'rejected', action: 'resend', to: 'pending_acceptance', directExport: false }
 */
export function sendEdge(state: ErpStatus, directExport: boolean): Transition | undefined {
  return findTransition(state, 'send', directExport) ?? findTransition(state, 'resend', directExport);
}

/**
 * Send to ERP (or Re-send to ERP after a rejection): the change order goes to the accounting
 * approver, `pending_acceptance`, or straight to `synced` when the company's Direct Export setting
 * is on (build the export with `exportChangeOrder` then). Refused with every failing send rule
 * (`validateAll`; the first is the one Procore shows), which also covers a change order that was
 * already sent (`already_sent`).
 * @param changeOrder - The CCO; never mutated.
 * @param context - Who sends, on which project, under which settings.
 * @param options - `{ profile, at }`: the ERP's limits (Sage 300 CRE by default) and the time to record.
 * @returns The next change order, with a `send` or `resend` history entry, or every violation.
 * @example
 * const r = sendToErp(co, context);
 * if (r.ok) r.value.erpStatus //=> 'pending_acceptance'
 * else r.error //=> [{ code: 'not_approved', path: [], message: 'Status is pending; only an approved change order can be sent.' }]
 */
export function sendToErp(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: SendOptions,
): Result<ChangeOrder, Violation<RuleCode | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    const reasons = validateAll(changeOrder, context, options);
    if (reasons.length > 0) return err(reasons);
    // The rule `already_sent` refuses every state the table has no send edge from.
    const edge = proven(sendEdge(changeOrder.erpStatus, directExport(context)), 'already_sent');
    return ok(advance(changeOrder, edge, options?.at));
  });
}
