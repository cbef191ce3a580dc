import { present } from '../internal/blank.js';
import { refuseThrown } from '../internal/guard.js';
import { proven } from '../internal/invariant.js';
import type { Violation } from '../issues.js';
import type { LineGroup } from '../lines/group.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import { ExactSum } from '../money/exactSum.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { err, ok, type Result } from '../result.js';
import type { RuleInput } from '../rules/rule.js';
import { type RuleCode, type RuleOptions, ruleInput, ruleOptions, runRules } from '../rules/rules.js';
import type { ValidateOptions } from '../rules/validate.js';
import type { Sage300Export, Sage300Profile } from '../sage300/types.js';
import { codePointLength } from '../text/codePoints.js';
import { quote } from '../text/quote.js';
import { truncateGraphemes } from '../text/truncate.js';
import type { ErpExport, ExportLine, Notice } from './types.js';

/** The fields a line's unit pricing adds, when it comes from one source line that has them. */
function unitPricing(first: LineItem): Pick<ExportLine, 'quantity' | 'unitCost' | 'uom'> {
  return {
    ...(first.quantity !== undefined ? { quantity: first.quantity } : {}),
    ...(first.unitCost !== undefined ? { unitCost: first.unitCost } : {}),
    ...(first.uom !== undefined ? { uom: first.uom } : {}),
  };
}

/**
 * One exported line from a group and its first source line (and its SOV line, when known). Built as
 * plain literals, one per shape: a spread in the middle of a literal makes V8 add every key after it
 * one by one, which the pipeline benchmark measured (a tenth slower at 100 lines).
 */
function exportLine(
  group: LineGroup,
  lineItems: readonly LineItem[],
  sovLines: readonly (CommitmentLine | undefined)[] | undefined,
): ExportLine {
  const first = lineItems[group.indexes[0]!]!;
  // Stryker disable StringLiteral: the rule named to proven() shows only in an internal error that the rules make unreachable.
  const costCode = proven(first.costCode, 'line_not_erp_coded');
  const category = proven(first.category, 'line_not_erp_coded');
  const { indexes } = group;
  // Sized up front: most groups are one line.
  // Stryker disable next-line ArrayDeclaration: allocating the array up front only saves time.
  const lineItemIds: string[] = new Array(indexes.length);
  for (let k = 0; k < indexes.length; k++) lineItemIds[k] = lineItems[indexes[k]!]!.id;
  const costCodeErpId = proven(present(costCode.erpId), 'line_not_erp_coded');
  const categoryErpId = proven(present(category.erpId), 'line_not_erp_coded');
  const line: ExportLine =
    sovLines === undefined
      ? {
          commitmentLineItemId: group.commitmentLineItemId,
          lineItemIds,
          costCode: costCode.code,
          costCodeErpId,
          category: category.code,
          categoryErpId,
          amount: group.amount,
          description: first.description,
        }
      : {
          commitmentLineItemId: group.commitmentLineItemId,
          commitmentLineErpId: proven(
            present(proven(sovLines[group.indexes[0]!], 'commitment_line_not_found').erpId),
            'commitment_line_not_synced',
          ),
          lineItemIds,
          costCode: costCode.code,
          costCodeErpId,
          category: category.code,
          categoryErpId,
          amount: group.amount,
          description: first.description,
        };
  // Stryker restore StringLiteral
  // Stryker disable next-line ConditionalExpression: spreading the pricing of a line without any adds no key.
  const priced = first.quantity !== undefined || first.unitCost !== undefined || first.uom !== undefined;
  return group.indexes.length === 1 && priced ? { ...line, ...unitPricing(first) } : line;
}

/** Line numbers as a notice lists them: `1, 3, 4` (indexes counted from 1). */
function lineNumbers(indexes: readonly number[]): string {
  let text = String(indexes[0]! + 1);
  for (let k = 1; k < indexes.length; k++) text += `, ${indexes[k]! + 1}`;
  return text;
}

/** The lines, their exact total, and a `lines_aggregated` notice per group of several lines. */
function exportLines(input: RuleInput, notices: Notice[]): { lines: ExportLine[]; total: string } {
  const lineItems = input.lines();
  const groups = input.groups();
  const sovLines = input.sovLines();
  const total = new ExactSum();
  // Stryker disable next-line ArrayDeclaration: allocating the array up front only saves time.
  const lines: ExportLine[] = new Array(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    // A merged group carries its exact sum, a line alone its canonical text, already read (its
    // shape); when that text is longer than an amount may be ('9' × 39 gains '.00'), the line's own.
    if (group.sum !== undefined) total.addSum(group.sum);
    else if (group.shape >= 0) total.addShape(group.amount, group.shape);
    else if (!total.add(lineItems[group.indexes[0]!]!.amount)) proven(undefined, 'invalid_decimal');
    const line = exportLine(group, lineItems, sovLines);
    lines[g] = line;
    if (group.indexes.length > 1) {
      notices.push({
        code: 'lines_aggregated',
        message: `Lines ${lineNumbers(group.indexes)} modify commitment line ${quote(group.commitmentLineItemId)}; ${input.profile.name} takes one modification per line, so they are exported as one line of ${group.amount}.`,
        commitmentLineItemId: group.commitmentLineItemId,
        lineItemIds: line.lineItemIds,
        amount: group.amount,
      });
    }
  }
  return { lines, total: total.toString() };
}

/**
 * The description as exported, or `undefined` when the ERP has no field for it: cut to the
 * profile's limit at a grapheme boundary, with a `description_truncated` notice when anything was
 * cut (a profile that refuses longer descriptions never gets here with one).
 */
function exportDescription(description: string, profile: ErpProfile, notices: Notice[]): string | undefined {
  const { target, maxLength: max } = profile.description;
  if (target === null) return undefined;
  if (max === null) return description;
  const cut = truncateGraphemes(description, max);
  if (!cut.truncated) return description;
  const originalLength = codePointLength(description);
  const exportedLength = codePointLength(cut.text);
  notices.push({
    code: 'description_truncated',
    message: `The description is ${originalLength} characters; ${profile.name}'s ${target} holds ${max}, so the first ${exportedLength} are exported. The whole description stays in Procore.`,
    originalLength,
    exportedLength,
  });
  return cut.text;
}

/**
 * The one export path: checks the change order against every rule of the profile that decides
 * what is exported (all but `already_sent` and the two permission rules, which decide who may press
 * Send and when), then groups and sums the lines exactly, cuts the description, takes the
 * Commitment Date in the project's time zone, and returns the ERP-neutral export. Every ERP's
 * payload is a projection of it (`toSage300Payload` for Sage 300 CRE); the workflow's
 * `acceptForExport` and the CLI's `map` run it. Reads of the context: the project (synced, time
 * zone) and the setting "use the change order number"; no user permission. With the change order's
 * commitment (`options.commitment`), the export also carries the ERP's keys: `commitmentErpId` and
 * each line's `commitmentLineErpId`; with vendor links (`options.vendorLinks`), `vendorId` is the
 * link's. Without them, the export is exactly what it is without those options.
 * @param changeOrder - The CCO, as read by `parseChangeOrder` or a Procore adapter (a literal works
 *   too: what its type cannot check is checked by the rules, never exported as garbage).
 * @param context - The project's zone and sync state, and the company settings.
 * @param options - `{ profile, commitment, vendorLinks }`: Sage 300 CRE by default; the commitment
 *   and the vendor links switch on the rules that need them (see `ValidateOptions`).
 * @returns The {@link ErpExport}, or every violated rule, in rule order.
 * @example
 * const r = exportChangeOrder(co, context, { profile: builtInProfiles.viewpointVista });
 * if (r.ok) send(r.value); // { commitmentId, changeOrderId, date, title, description, vendorId, lines, total, notices }
 * else console.error(formatIssues(r.error));
 */
export function exportChangeOrder(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions & { readonly profile?: Sage300Profile },
): Result<Sage300Export, Violation<RuleCode | 'unreadable_input'>[]>;
export function exportChangeOrder(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions,
): Result<ErpExport, Violation<RuleCode | 'unreadable_input'>[]>;
export function exportChangeOrder(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions,
): Result<ErpExport, Violation<RuleCode | 'unreadable_input'>[]> {
  return refuseThrown(() => exportWith(changeOrder, context, ruleOptions(options)));
}

/**
 * The export under rule options already built (`validateBatch` shares one commitment index and one
 * vendor-link index across a batch). Throws only what hostile input throws: the caller guards.
 */
export function exportWith(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options: RuleOptions,
): Result<ErpExport, Violation<RuleCode>[]> {
  const profile = options.profile;
  const input = ruleInput(changeOrder, context, options);
  // Stryker disable next-line ObjectLiteral: options left out read as false, which these are.
  const violations = runRules(input, { first: false, gates: false });
  if (violations.length > 0) return err(violations);

  const notices: Notice[] = [];
  const { lines, total } = exportLines(input, notices);
  const changeOrderId = input.erpId();
  const date = profile.date.exported ? input.date() : undefined;
  const description = exportDescription(changeOrder.description, profile, notices);
  if (profile.exportWarning !== null)
    notices.push({ code: 'export_warning', message: profile.exportWarning });
  const own = input.ownCommitment();
  // Stryker disable StringLiteral: the rule named to proven() shows only in an internal error that the rules make unreachable.
  return ok({
    commitmentId: proven(present(changeOrder.commitment.erpId), 'commitment_not_synced'),
    ...(own === undefined
      ? {}
      : { commitmentErpId: proven(present(own.commitment.erpId), 'commitment_not_synced') }),
    ...(changeOrderId === undefined ? {} : { changeOrderId }),
    ...(date === undefined ? {} : { date: proven(date.ok ? date.value : undefined, 'invalid_created_at') }),
    title: changeOrder.title,
    ...(description === undefined ? {} : { description }),
    vendorId: proven(input.vendor().id, 'vendor_not_linked'),
    lines,
    total,
    notices,
  });
  // Stryker restore StringLiteral
}
