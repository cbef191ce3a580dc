import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { ExactSum } from '../money/exactSum.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { err, ok, type Result } from '../result.js';
import { effectiveErpId } from '../rules/effectiveErpId.js';
import { type RuleCode, ruleInput, runRules } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import { codePointLength } from '../text/codePoints.js';
import { truncateGraphemes } from '../text/truncate.js';
import { calendarDate } from '../time/calendarDate.js';
import { parseInstant } from '../time/instant.js';
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
  const input = ruleInput(changeOrder, context, profile);
  const violations = runRules(input, false, true);
  if (violations.length > 0) return err(violations);

  const notices: Notice[] = [];
  const lineItems = changeOrder.lineItems;
  const total = new ExactSum();
  const lines: Sage300Line[] = [];
  for (const group of input.groups()) {
    const first = lineItems[group.indexes[0]!]!;
    if (group.sum === undefined) total.add(group.amount);
    else total.addSum(group.sum);
    lines.push({
      commitmentLineItemId: group.commitmentLineItemId,
      // line_not_erp_coded guarantees both on every line.
      costCode: first.costCode!.code,
      category: first.category!.code,
      amount: group.amount,
      description: first.description,
    });
    if (group.indexes.length > 1) {
      const ids = group.indexes.map((i) => lineItems[i]!.id);
      notices.push({
        code: 'lines_aggregated',
        message: `Lines ${group.indexes.map((i) => i + 1).join(', ')} modify commitment line ${group.commitmentLineItemId}; ${profile.name} takes one modification per line, so they are exported as one line of ${group.amount}.`,
        commitmentLineItemId: group.commitmentLineItemId,
        lineItemIds: ids,
        amount: group.amount,
      });
    }
  }

  let scope = changeOrder.description;
  const max = profile.description.maxLength;
  if (max !== null) {
    const cut = truncateGraphemes(scope, max);
    if (cut.truncated) {
      const originalLength = codePointLength(scope);
      scope = cut.text;
      const exportedLength = codePointLength(scope);
      notices.push({
        code: 'description_truncated',
        message: `The description is ${originalLength} characters; ${profile.name}'s ${profile.description.target} holds ${max}, so the first ${exportedLength} are exported. The whole description stays in Procore.`,
        originalLength,
        exportedLength,
      });
    }
  }

  const payload: Sage300Payload = {
    commitmentId: changeOrder.commitment.erpId!,
    changeOrderId: effectiveErpId(changeOrder, context)!,
    date: calendarDate(parseInstant(changeOrder.createdAt)!, context.project.timeZone),
    description: changeOrder.title,
    scope,
    vendorId: changeOrder.contractCompany.erpVendorId!,
    lines,
    total: total.toString(),
  };
  return ok({ payload, notices });
}
