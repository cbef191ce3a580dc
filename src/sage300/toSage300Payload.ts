import { exportChangeOrder } from '../export/exportChangeOrder.js';
import type { Notice } from '../export/types.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { ok, type Result } from '../result.js';
import type { RuleCode } from '../rules/rules.js';
import type { Sage300Export, Sage300Payload, Sage300Profile } from './types.js';

/** Sage 300 CRE's payload from the export: its own field names, nothing added. */
function project(e: Sage300Export): Sage300Payload {
  return {
    commitmentId: e.commitmentId,
    changeOrderId: e.changeOrderId,
    date: e.date,
    description: e.title,
    scope: e.description,
    vendorId: e.vendorId,
    lines: e.lines.map((l) => ({
      commitmentLineItemId: l.commitmentLineItemId,
      costCode: l.costCode,
      category: l.category,
      amount: l.amount,
      description: l.description,
    })),
    total: e.total,
  };
}

/**
 * Builds the Sage 300 CRE export of a change order, in Sage's field names: a thin projection of
 * {@link exportChangeOrder} (aggregated lines, the Commitment Date in the project's zone, the Scope
 * cut to 1000 characters). Refuses a CCO that breaks any rule other than `already_sent` and the two
 * permission rules. A profile that is not a {@link Sage300Profile} is refused at compile time: use
 * `exportChangeOrder` for other ERPs.
 * @param changeOrder - The CCO, as read by `parseChangeOrder`.
 * @param context - The project's zone and the company settings are read.
 * @param options - `{ profile }`, Sage 300 CRE by default.
 * @returns `{ payload, notices }`, or every violated rule.
 * @example
 * const r = toSage300Payload(co, context);
 * if (r.ok) send(JSON.stringify(r.value.payload));
 * else r.error //=> [{ code: 'vendor_not_linked', path: [], message: '…' }]
 */
export function toSage300Payload(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: { readonly profile?: Sage300Profile },
): Result<
  { payload: Sage300Payload; notices: readonly Notice[] },
  Violation<RuleCode | 'unreadable_input'>[]
> {
  const exported = exportChangeOrder(changeOrder, context, options);
  if (!exported.ok) return exported;
  return ok({ payload: project(exported.value), notices: exported.value.notices });
}
