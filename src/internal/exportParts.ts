import type { LineGroup } from '../aggregateLineItems.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import { ExactSum } from '../money/exactSum.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { err, ok, type Result } from '../result.js';
import { type RuleCode, type RuleInput, ruleInput, runRules } from '../rules/rules.js';
import type { Notice } from '../sage300/types.js';
import { codePointLength } from '../text/codePoints.js';
import { truncateGraphemes } from '../text/truncate.js';

/**
 * The rule input of a change order a mapper may export, or every rule it breaks except
 * `already_sent` and the permission rules (they decide who may press Send and when).
 */
export function exportable(
  changeOrder: ChangeOrder,
  context: ExportContext,
  profile: ErpProfile,
): Result<RuleInput, Violation<RuleCode>[]> {
  const input = ruleInput(changeOrder, context, profile);
  const violations = runRules(input, false, true);
  return violations.length > 0 ? err(violations) : ok(input);
}

/**
 * The exported lines, one per line group (`toLine` shapes it from the group and its first line),
 * and their exact total; a `lines_aggregated` notice is pushed for every group of several lines.
 */
export function exportLines<L>(
  input: RuleInput,
  notices: Notice[],
  toLine: (group: LineGroup, first: LineItem, lineItems: readonly LineItem[]) => L,
): { lines: L[]; total: string } {
  const lineItems = input.changeOrder.lineItems;
  const total = new ExactSum();
  const lines: L[] = [];
  for (const group of input.groups()) {
    // A merged group carries its exact sum; adding it is cheaper than reading its text again.
    if (group.sum === undefined) total.add(group.amount);
    else total.addSum(group.sum);
    lines.push(toLine(group, lineItems[group.indexes[0]!]!, lineItems));
    const merged = aggregationNotice(group, lineItems, input.profile);
    if (merged !== undefined) notices.push(merged);
  }
  return { lines, total: total.toString() };
}

/** The `lines_aggregated` notice of a group of several lines, or `undefined` for a single line. */
function aggregationNotice(
  group: LineGroup,
  lineItems: readonly LineItem[],
  profile: ErpProfile,
): Notice | undefined {
  if (group.indexes.length < 2) return undefined;
  return {
    code: 'lines_aggregated',
    message: `Lines ${group.indexes.map((i) => i + 1).join(', ')} modify commitment line ${group.commitmentLineItemId}; ${profile.name} takes one modification per line, so they are exported as one line of ${group.amount}.`,
    commitmentLineItemId: group.commitmentLineItemId,
    lineItemIds: group.indexes.map((i) => lineItems[i]!.id),
    amount: group.amount,
  };
}

/**
 * The description as exported: cut to the profile's limit at a grapheme boundary, with a
 * `description_truncated` notice pushed to `notices` when anything was cut.
 */
export function exportedDescription(description: string, profile: ErpProfile, notices: Notice[]): string {
  const max = profile.description.maxLength;
  if (max === null) return description;
  const cut = truncateGraphemes(description, max);
  if (!cut.truncated) return description;
  const originalLength = codePointLength(description);
  const exportedLength = codePointLength(cut.text);
  notices.push({
    code: 'description_truncated',
    message: `The description is ${originalLength} characters; ${profile.name}'s ${profile.description.target} holds ${max}, so the first ${exportedLength} are exported. The whole description stays in Procore.`,
    originalLength,
    exportedLength,
  });
  return cut.text;
}
