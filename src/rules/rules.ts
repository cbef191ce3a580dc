// The one ordered list of rules, assembled from the rule files, and the runner that stamps codes.
import { present } from '../internal/blank.js';
import type { Violation } from '../issues.js';
import { notLines } from '../lines/checks.js';
import { groupLines, type LineGroup } from '../lines/group.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { err, type Result } from '../result.js';
import { type CommitmentIndex, indexCommitment } from '../sov/commitmentLines.js';
import {
  decideVendor,
  indexVendorLinks,
  NONE,
  type VendorDecision,
  type VendorLinkIndex,
} from '../sov/vendorLinks.js';
import { parseInstant } from '../time/instant.js';
import { calendarDate, isTimeZone } from '../time/zone.js';
import {
  commitmentLineNotFound,
  commitmentLineNotSynced,
  commitmentMismatch,
  duplicateErpId,
  lineCodingMismatch,
} from './commitmentAndBatch.js';
import { effectiveErpId } from './effectiveErpId.js';
import {
  descriptionTooLong,
  erpIdMissing,
  erpIdTooLong,
  invalidCreatedAt,
  titleTooLong,
} from './identityAndText.js';
import {
  amountNotPositive,
  amountTooLarge,
  amountTooPrecise,
  conflictingLineCoding,
  divisionCostCode,
  duplicateCommitmentLine,
  duplicateLineItem,
  invalidDecimal,
  lineDescriptionTooLong,
  lineNotErpCoded,
  mixedCategories,
  noErpCostCode,
  quantityOutOfRange,
  unitCostOutOfRange,
  uomTooLong,
} from './linesAndMoney.js';
import type { DateProblem, Rule, RuleDef, RuleInput } from './rule.js';
import {
  alreadySent,
  commitmentNotSynced,
  invalidTimeZone,
  missingChangeOrdersAdmin,
  missingCommitmentsAdmin,
  projectNotSynced,
} from './syncAndPermissions.js';
import type { ValidateOptions } from './validate.js';
import { notApproved, vendorLinkedElsewhere, vendorMismatch, vendorNotLinked } from './vendorAndStatus.js';

/** The rules with their checks, in order. */
const RULES = [
  projectNotSynced,
  invalidTimeZone,
  commitmentNotSynced,
  commitmentMismatch,
  alreadySent,
  missingCommitmentsAdmin,
  missingChangeOrdersAdmin,
  erpIdMissing,
  erpIdTooLong,
  duplicateErpId,
  invalidCreatedAt,
  titleTooLong,
  vendorMismatch,
  vendorNotLinked,
  vendorLinkedElsewhere,
  notApproved,
  noErpCostCode,
  duplicateLineItem,
  invalidDecimal,
  commitmentLineNotFound,
  commitmentLineNotSynced,
  lineNotErpCoded,
  lineCodingMismatch,
  conflictingLineCoding,
  amountTooPrecise,
  amountTooLarge,
  descriptionTooLong,
  duplicateCommitmentLine,
  mixedCategories,
  divisionCostCode,
  lineDescriptionTooLong,
  uomTooLong,
  quantityOutOfRange,
  unitCostOutOfRange,
  amountNotPositive,
] as const;

/**
 * The code of a rule, derived from {@link rules}.
 * @example
 * const code: RuleCode = 'vendor_not_linked';
 */
export type RuleCode = (typeof RULES)[number]['code'];

/**
 * The rules for sending and exporting a CCO, in order: this order is the precedence of "the first
 * failing rule", and it and the codes are public contract (renaming or moving one is a major
 * release). `docs/rules.md` is generated from this array. Every rule reads its limits from the
 * profile; rules a profile does not switch on never fail under it.
 * @example
 * rules.map((r) => r.code) //=> ['project_not_synced', 'invalid_time_zone', 'commitment_not_synced', …]
 */
export const rules: readonly Rule<RuleCode>[] = RULES;

/** Which rules a run reports. */
export interface RunOptions {
  /** Stop after the first rule that fails. */
  readonly first: boolean;
  /** Run the rules that decide who may press Send and when (`gate`); an export leaves them out. */
  readonly gates: boolean;
}

/**
 * Runs the rules in order and returns their violations, each finding stamped with the code of the
 * rule that found it.
 */
export function runRules(input: RuleInput, options: RunOptions): Violation<RuleCode>[] {
  const out: Violation<RuleCode>[] = [];
  for (const r of RULES as readonly RuleDef<RuleCode>[]) {
    if (r.gate && !options.gates) continue;
    const found = r.check(input);
    if (found === undefined) continue;
    if ('message' in found) {
      out.push({ code: r.code, path: found.path, message: found.message });
    } else {
      for (const f of found) out.push({ code: r.code, path: f.path, message: f.message });
    }
    if (options.first && out.length > 0) break;
  }
  return out;
}

/** The date a change order exports, or why there is none. */
function exportDate(changeOrder: ChangeOrder, context: ExportContext): Result<string, DateProblem> {
  const instant = typeof changeOrder.createdAt === 'string' ? parseInstant(changeOrder.createdAt) : undefined;
  const zone = context.project.timeZone;
  if (!isTimeZone(zone)) return err('invalid_time_zone');
  if (instant === undefined) return err('invalid_instant');
  return calendarDate(instant, zone);
}

/**
 * What one evaluation checks against besides the change order and the context: the profile, and
 * the data the caller passed for the commitment, vendor and batch rules (each rule that needs one
 * stays silent without it).
 */
export interface RuleOptions {
  readonly profile: ErpProfile;
  /** The commitment passed, its SOV indexed. */
  readonly commitment?: CommitmentIndex | undefined;
  /** The vendor links passed, indexed by company. */
  readonly vendorLinks?: VendorLinkIndex | undefined;
  /** Who already holds an ERP change order id on the change order's commitment (exported, or earlier in a batch). */
  readonly takenBy?: ((erpId: string) => string | undefined) | undefined;
}

/**
 * The rule options of a public entry point's options: Sage 300 CRE by default; a commitment and
 * vendor links indexed for one change order.
 */
export function ruleOptions(options: ValidateOptions | undefined): RuleOptions {
  const commitment = options?.commitment;
  const links = options?.vendorLinks;
  const exported = options?.exportedErpIds;
  if (exported !== undefined && !Array.isArray(exported))
    throw new TypeError('exportedErpIds must be an array');
  return {
    profile: options?.profile ?? sage300Cre,
    commitment: commitment === undefined ? undefined : indexCommitment(commitment),
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: `many` picks a map over a scan; the links found are the same
    vendorLinks: links === undefined ? undefined : indexVendorLinks(links, { many: false }),
    takenBy:
      exported === undefined
        ? undefined
        : (erpId) => (exported.some((id) => present(id) === erpId) ? EXPORTED : undefined),
  };
}

/** Who holds an ERP id already exported, as `duplicate_erp_id` names it. */
export const EXPORTED = 'a change order already exported';

/** Builds the shared input of one evaluation; derived values are computed at most once. */
export function ruleInput(changeOrder: ChangeOrder, context: ExportContext, options: RuleOptions): RuleInput {
  const { profile, commitment, vendorLinks } = options;
  let groups: readonly LineGroup[] | undefined;
  let erpId: { value: string | undefined } | undefined;
  let date: Result<string, DateProblem> | undefined;
  let vendor: VendorDecision | undefined;
  let sovLines: readonly (CommitmentLine | undefined)[] | undefined;
  const ownCommitment = (): CommitmentIndex | undefined =>
    commitment !== undefined && commitment.commitment.id === changeOrder.commitment.id
      ? commitment
      : undefined;
  const lines = (): readonly LineItem[] => {
    const items = changeOrder.lineItems;
    // What no type stops in JavaScript: the entry points' guard reads it as `unreadable_input`.
    if (!Array.isArray(items)) throw notLines(items);
    return items;
  };
  return {
    changeOrder,
    context,
    profile,
    lines,
    groups: () => {
      groups ??= groupLines(lines(), profile.repeatedLines !== 'allow');
      return groups;
    },
    erpId: () => {
      erpId ??= { value: effectiveErpId(changeOrder, context, profile) };
      return erpId.value;
    },
    date: () => {
      date ??= exportDate(changeOrder, context);
      return date;
    },
    commitment: commitment?.commitment,
    ownCommitment,
    sovLines: () => {
      // Stryker disable next-line ConditionalExpression: a memo; looking the lines up again finds the same
      if (sovLines !== undefined) return sovLines;
      const own = ownCommitment();
      if (own === undefined) return undefined;
      sovLines = lines().map((line) => own.line(line.commitmentLineItemId));
      return sovLines;
    },
    linked: vendorLinks !== undefined,
    vendor: () => {
      // Stryker disable next-line ConditionalExpression: a memo; deciding again decides the same
      if (vendor !== undefined) return vendor;
      const company = changeOrder.contractCompany;
      vendor =
        vendorLinks === undefined
          ? { id: present(company.erpVendorId), elsewhere: NONE }
          : decideVendor(vendorLinks, company.id, profile.name);
      return vendor;
    },
    takenBy: options.takenBy,
  };
}
