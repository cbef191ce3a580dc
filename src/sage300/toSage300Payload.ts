import { exportable, exportedDescription, exportLines } from '../internal/exportParts.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { ok, type Result } from '../result.js';
import { effectiveErpId } from '../rules/effectiveErpId.js';
import type { RuleCode } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import { dateText } from '../time/calendarDate.js';
import { parseInstant } from '../time/instant.js';
import { calendarDate } from '../time/zone.js';
import type { Notice, Sage300Line, Sage300Payload } from './types.js';

/**
 * Builds the Sage 300 CRE export of a change order: aggregated lines, the Commitment Date in the
 * project's zone, the Scope cut to 1000 characters. Refuses a CCO that breaks any rule other than
 * `already_sent` and the two permission rules (those decide who may press Send and when; the
 * approver's acceptance maps a CCO that is already pending).
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
  options?: ValidateOptions,
): Result<{ payload: Sage300Payload; notices: Notice[] }, Violation<RuleCode>[]> {
  const profile = options?.profile ?? sage300Cre;
  const checked = exportable(changeOrder, context, profile);
  if (!checked.ok) return checked;

  const notices: Notice[] = [];
  const { lines, total } = exportLines(
    checked.value,
    notices,
    (group, first): Sage300Line => ({
      commitmentLineItemId: group.commitmentLineItemId,
      // line_not_erp_coded guarantees both on every line.
      costCode: first.costCode!.code,
      category: first.category!.code,
      amount: group.amount,
      description: first.description,
    }),
  );
  const scope = exportedDescription(changeOrder.description, profile, notices);

  const payload: Sage300Payload = {
    commitmentId: changeOrder.commitment.erpId!,
    changeOrderId: effectiveErpId(changeOrder, context, profile)!,
    date: dateText(calendarDate(parseInstant(changeOrder.createdAt)!, context.project.timeZone)),
    description: changeOrder.title,
    scope,
    vendorId: changeOrder.contractCompany.erpVendorId!,
    lines,
    total,
  };
  return ok({ payload, notices });
}
