import { groupLineItems, type LineGroup } from '../aggregateLineItems.js';
import type { Path, Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { PermissionLevel } from '../model/enums.js';
import type { LineItem } from '../model/lineItem.js';
import { decimalPlaces, integerDigits } from '../money/exactSum.js';
import type { ErpProfile, NumberLimit, ProfileMessageKey } from '../profiles/ErpProfile.js';
import { codePointLength, exceedsCodePoints } from '../text/codePoints.js';
import { effectiveErpId } from './effectiveErpId.js';

/** What every rule reads. `groups` is computed once, on first use, and shared. */
export interface RuleInput {
  readonly changeOrder: ChangeOrder;
  readonly context: ExportContext;
  readonly profile: ErpProfile;
  groups(): readonly LineGroup[];
}

/**
 * One business rule: its code, what it checks, and the check.
 * @example
 * const titleRule: Rule | undefined = rules.find((r) => r.code === 'title_too_long');
 */
export interface Rule<C extends string = string> {
  /** The stable code; with the rule's position in {@link rules}, public contract. */
  readonly code: C;
  /** `changeOrder`: once; `line`: per line item; `aggregatedLine`: per commitment line after summing. */
  readonly scope: 'changeOrder' | 'line' | 'aggregatedLine';
  /** When the rule fails, in a sentence (for `docs/rules.md`). */
  readonly failsWhen: string;
  /** Whether the rule decides who may press Send and when, rather than what is exported. */
  readonly gate: boolean;
  /** Appends this rule's violations to `out`. */
  readonly check: (input: RuleInput, out: Violation[]) => void;
}

const WHOLE: Path = [];
const LEVEL_NAMES: Record<PermissionLevel, string> = {
  none: 'no access',
  read_only: 'Read Only',
  standard: 'Standard',
  admin: 'Admin',
};

function at(index: number): Path {
  return ['lineItems', index];
}

function violation<C extends string>(code: C, message: string, path: Path = WHOLE): Violation<C> {
  return { code, path, message };
}

function lineName(line: LineItem, index: number): string {
  return line.description === ''
    ? `Line ${index + 1}`
    : `Line ${index + 1} ("${line.description.slice(0, 40)}")`;
}

function sameCode(a: LineItem['costCode'], b: LineItem['costCode']): boolean {
  return a?.code === b?.code && a?.erpId === b?.erpId;
}

/** The profile's own message for a limit (from the ERP's metadata), if it has one. */
function custom(profile: ErpProfile, key: ProfileMessageKey): string | undefined {
  return profile.messages[key];
}

/** A division (summary) cost code is a single segment: no `-`, `.` or `/` (`01`, not `01-100`). */
function isDivisionCode(code: string): boolean {
  return code !== '' && !/[-./]/.test(code);
}

/** A decimal string that is zero or below. */
function notPositive(value: string): boolean {
  return value.charCodeAt(0) === 45 || /^0+(?:\.0+)?$/.test(value);
}

/** The first part of `limit` that `value` breaks: its message key suffix and what to say, naming the ERP. */
function numberProblem(
  value: string,
  limit: NumberLimit,
  erp: string,
): { key: 'integer_digits' | 'decimals' | 'not_positive'; text: string } | undefined {
  if (limit.integerDigits !== null) {
    const n = integerDigits(value);
    if (n > limit.integerDigits) {
      return { key: 'integer_digits', text: `has ${n} integer digits; ${erp} allows ${limit.integerDigits}` };
    }
  }
  if (limit.decimals !== null) {
    const n = decimalPlaces(value);
    if (n > limit.decimals) {
      return { key: 'decimals', text: `has ${n} decimal places; ${erp} allows ${limit.decimals}` };
    }
  }
  if (limit.positive && notPositive(value)) {
    return { key: 'not_positive', text: `is not above zero; ${erp} takes only positive values` };
  }
  return undefined;
}

/**
 * A rule on each line that is on only for some profiles: `on` says whether the profile switches it
 * on; `problem` returns the message for a line that breaks it, or `undefined`.
 */
function lineRule<const C extends string>(
  code: C,
  failsWhen: string,
  on: (profile: ErpProfile) => boolean,
  problem: (line: LineItem, index: number, profile: ErpProfile) => string | undefined,
): Rule<C> {
  return rule(code, 'line', failsWhen, ({ changeOrder, profile }, out) => {
    if (!on(profile)) return;
    const lines = changeOrder.lineItems;
    for (let i = 0; i < lines.length; i++) {
      const message = problem(lines[i]!, i, profile);
      if (message !== undefined) out.push(violation(code, message, at(i)));
    }
  });
}

/** The rule that checks an optional number on each line (quantity, unit cost) against the profile. */
function lineNumberRule<const C extends string>(
  code: C,
  field: 'quantity' | 'unitCost',
  keyPrefix: 'quantity' | 'unit_cost',
  label: string,
  sage: string,
): Rule<C> {
  return lineRule(
    code,
    `a line's ${label} has more integer digits or decimals than the ERP allows (Sage 300 CRE: ${sage}), or is not above zero where the ERP takes only positive values`,
    ({ lines: { [field]: limit } }) =>
      limit.integerDigits !== null || limit.decimals !== null || limit.positive,
    (line, i, profile) => {
      const value = line[field];
      const problem =
        value === undefined ? undefined : numberProblem(value, profile.lines[field], profile.name);
      if (problem === undefined) return undefined;
      return (
        custom(profile, `${keyPrefix}_${problem.key}`) ??
        `${lineName(line, i)}: ${label} ${value} ${problem.text}.`
      );
    },
  );
}

function rule<const C extends string>(
  code: C,
  scope: Rule['scope'],
  failsWhen: string,
  check: Rule['check'],
  gate = false,
): Rule<C> {
  return { code, scope, failsWhen, gate, check };
}

/**
 * The rules for sending a CCO to the ERP, in order: this order is the precedence of "the first
 * failing rule", and it and the codes are public contract (renaming or moving one is a major
 * release). `docs/rules.md` is generated from this array. Every rule reads its limits from the
 * profile; rules 16 on (added for ERP profiles) are off under Sage 300 CRE unless a line carries a
 * quantity, unit cost or unit of measure, so its first failing rule is that of 0.1.
 * @example
 * rules.map((r) => r.code) //=> ['project_not_synced', 'commitment_not_synced', …]
 */
export const rules = [
  rule(
    'project_not_synced',
    'changeOrder',
    "the project's ERP data has not been synced",
    ({ context, profile }, out) => {
      if (!context.project.erpSynced) {
        out.push(
          violation(
            'project_not_synced',
            `The project's ERP data has not been synced with ${profile.name}; sync the project first.`,
          ),
        );
      }
    },
  ),
  rule(
    'commitment_not_synced',
    'changeOrder',
    'the commitment has no ERP id',
    ({ changeOrder, profile }, out) => {
      if (changeOrder.commitment.erpId === undefined || changeOrder.commitment.erpId === '') {
        out.push(
          violation(
            'commitment_not_synced',
            `The commitment has no ${profile.name} id; sync the commitment before sending its change orders.`,
          ),
        );
      }
    },
  ),
  rule(
    'already_sent',
    'changeOrder',
    '`erpStatus` is `pending_acceptance`, `export_failed` or `synced`',
    ({ changeOrder }, out) => {
      const s = changeOrder.erpStatus;
      if (s === 'pending_acceptance') {
        out.push(
          violation(
            'already_sent',
            'The change order is waiting for an accounting approver; retrieve it from the ERP to change it.',
          ),
        );
      } else if (s === 'export_failed') {
        out.push(
          violation(
            'already_sent',
            'The export failed in the ERP; an accounting approver must reject it before it can be sent again.',
          ),
        );
      } else if (s === 'synced') {
        out.push(violation('already_sent', 'The change order is already exported to the ERP.'));
      }
    },
    true,
  ),
  rule(
    'missing_commitments_admin',
    'changeOrder',
    'the user is not Admin on the Commitments tool',
    ({ context }, out) => {
      if (context.user.commitments !== 'admin') {
        out.push(
          violation(
            'missing_commitments_admin',
            `Sending needs Admin on the Commitments tool; you have ${LEVEL_NAMES[context.user.commitments]}.`,
          ),
        );
      }
    },
    true,
  ),
  rule(
    'missing_change_orders_admin',
    'changeOrder',
    'the user is not Admin on the Change Orders tool',
    ({ context }, out) => {
      if (context.user.changeOrders !== 'admin') {
        out.push(
          violation(
            'missing_change_orders_admin',
            `Sending needs Admin on the Change Orders tool; you have ${LEVEL_NAMES[context.user.changeOrders]}.`,
          ),
        );
      }
    },
    true,
  ),
  rule(
    'erp_id_missing',
    'changeOrder',
    'no ERP CCO ID: `erpId` is blank and the setting does not supply `number`',
    ({ changeOrder, context, profile }, out) => {
      const id = profile.changeOrderId;
      if (id.required && effectiveErpId(changeOrder, context, profile) === undefined) {
        const limit = id.maxLength === null ? '' : ` of at most ${id.maxLength} characters`;
        const orNumber = id.fromNumber ? `, or use the change order number as the ${id.label}` : '';
        out.push(
          violation(
            'erp_id_missing',
            custom(profile, 'erp_id_missing') ??
              `The ${profile.name} ${id.label} is empty; type one${limit}${orNumber}.`,
          ),
        );
      }
    },
  ),
  rule(
    'erp_id_too_long',
    'changeOrder',
    'the effective ERP CCO ID has more characters than the ERP allows (Sage 300 CRE: 5)',
    ({ changeOrder, context, profile }, out) => {
      const max = profile.changeOrderId.maxLength;
      const id = effectiveErpId(changeOrder, context, profile);
      if (max !== null && id !== undefined && exceedsCodePoints(id, max)) {
        out.push(
          violation(
            'erp_id_too_long',
            custom(profile, 'erp_id_too_long') ??
              `${profile.changeOrderId.label} "${id.slice(0, 40)}" is ${codePointLength(id)} characters; ${profile.name} allows ${max}.`,
          ),
        );
      }
    },
  ),
  rule(
    'title_too_long',
    'changeOrder',
    'the title has more characters than the ERP allows (Sage 300 CRE: 30)',
    ({ changeOrder, profile }, out) => {
      const max = profile.title.maxLength;
      if (max !== null && exceedsCodePoints(changeOrder.title, max)) {
        out.push(
          violation(
            'title_too_long',
            custom(profile, 'title_too_long') ??
              `Title is ${codePointLength(changeOrder.title)} characters; ${profile.name} allows ${max}.`,
          ),
        );
      }
    },
  ),
  rule(
    'vendor_not_linked',
    'changeOrder',
    'the contract company has no `erpVendorId`',
    ({ changeOrder, profile }, out) => {
      const company = changeOrder.contractCompany;
      if (company.erpVendorId === undefined || company.erpVendorId === '') {
        out.push(
          violation(
            'vendor_not_linked',
            `Contract company "${company.name.slice(0, 60)}" is not linked to a ${profile.name} vendor; link the company to a vendor first.`,
          ),
        );
      }
    },
  ),
  rule('not_approved', 'changeOrder', 'the status is not `approved`', ({ changeOrder }, out) => {
    if (changeOrder.status !== 'approved') {
      out.push(
        violation(
          'not_approved',
          `Status is ${changeOrder.status}; only an approved change order can be sent.`,
        ),
      );
    }
  }),
  rule(
    'no_erp_cost_code',
    'changeOrder',
    'no line item has a cost code with an `erpId`',
    ({ changeOrder, profile }, out) => {
      for (const line of changeOrder.lineItems) if (line.costCode?.erpId) return;
      out.push(
        violation(
          'no_erp_cost_code',
          `No line item has a ${profile.name} cost code; the schedule of values needs at least one.`,
        ),
      );
    },
  ),
  rule(
    'line_not_erp_coded',
    'line',
    'a line lacks an ERP cost code or an ERP category: it could not be exported, and dropping it would lose money',
    ({ changeOrder, profile }, out) => {
      const lines = changeOrder.lineItems;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const missing = !line.costCode?.erpId ? 'cost code' : !line.category?.erpId ? 'category' : undefined;
        if (missing !== undefined) {
          out.push(
            violation(
              'line_not_erp_coded',
              `${lineName(line, i)} has no ${profile.name} ${missing}; code it, or its ${line.amount} could not be exported.`,
              at(i),
            ),
          );
        }
      }
    },
  ),
  rule(
    'conflicting_line_coding',
    'line',
    'two lines on one commitment line item carry different cost codes or categories',
    ({ changeOrder, groups }, out) => {
      const lines = changeOrder.lineItems;
      for (const group of groups()) {
        const first = lines[group.indexes[0]!]!;
        for (let k = 1; k < group.indexes.length; k++) {
          const i = group.indexes[k]!;
          const line = lines[i]!;
          const what = !sameCode(line.costCode, first.costCode)
            ? 'cost code'
            : !sameCode(line.category, first.category)
              ? 'category'
              : undefined;
          if (what !== undefined) {
            out.push(
              violation(
                'conflicting_line_coding',
                `${lineName(line, i)} modifies commitment line ${group.commitmentLineItemId} like line ${group.indexes[0]! + 1} but with another ${what}; lines summed into one must share cost code and category.`,
                at(i),
              ),
            );
          }
        }
      }
    },
  ),
  rule(
    'amount_too_precise',
    'aggregatedLine',
    'the summed amount of a commitment line has more decimal places than the ERP allows (Sage 300 CRE: 2), counted by value (`0.010` has 2)',
    ({ groups, profile }, out) => {
      const max = profile.amount.decimals;
      if (max === null) return;
      for (const group of groups()) {
        const places = decimalPlaces(group.amount);
        if (places > max) {
          out.push(
            violation(
              'amount_too_precise',
              custom(profile, 'amount_too_precise') ??
                `Commitment line ${group.commitmentLineItemId} sums to ${group.amount}, with ${places} decimal places; ${profile.name} allows ${max}. Round the line amounts.`,
              at(group.indexes[0]!),
            ),
          );
        }
      }
    },
  ),
  rule(
    'amount_too_large',
    'aggregatedLine',
    'the summed amount of a commitment line has more integer digits than the ERP allows (Sage 300 CRE: 9)',
    ({ groups, profile }, out) => {
      const max = profile.amount.integerDigits;
      if (max === null) return;
      for (const group of groups()) {
        const digits = integerDigits(group.amount);
        if (digits > max) {
          out.push(
            violation(
              'amount_too_large',
              custom(profile, 'amount_too_large') ??
                `Commitment line ${group.commitmentLineItemId} sums to ${group.amount}, with ${digits} integer digits; ${profile.name} allows ${max}.`,
              at(group.indexes[0]!),
            ),
          );
        }
      }
    },
  ),
  rule(
    'description_too_long',
    'changeOrder',
    'the description is longer than the ERP field it goes to, on a profile that refuses rather than cuts (`onOverflow: block`; Sage Intacct: 400)',
    ({ changeOrder, profile }, out) => {
      const { target, maxLength: max, onOverflow } = profile.description;
      if (onOverflow !== 'block' || target === null || max === null) return;
      if (exceedsCodePoints(changeOrder.description, max)) {
        out.push(
          violation(
            'description_too_long',
            custom(profile, 'description_too_long') ??
              `Description is ${codePointLength(changeOrder.description)} characters; ${profile.name}'s ${target} allows ${max}. Shorten it.`,
          ),
        );
      }
    },
  ),
  rule(
    'duplicate_commitment_line',
    'line',
    'two lines modify one commitment line item, on a profile that refuses repeated lines (`repeatedLines: reject`; Spectrum)',
    ({ changeOrder, profile, groups }, out) => {
      if (profile.repeatedLines !== 'reject') return;
      const lines = changeOrder.lineItems;
      for (const group of groups()) {
        for (let k = 1; k < group.indexes.length; k++) {
          const i = group.indexes[k]!;
          out.push(
            violation(
              'duplicate_commitment_line',
              `${lineName(lines[i]!, i)} modifies commitment line ${group.commitmentLineItemId} again (first on line ${group.indexes[0]! + 1}); ${profile.name} takes one modification per commitment line. Combine them into one line.`,
              at(i),
            ),
          );
        }
      }
    },
  ),
  rule(
    'mixed_categories',
    'line',
    'lines carry different ERP categories, on a profile that takes one category per change order (`lineItemsRequireSingleCategory`; Spectrum)',
    ({ changeOrder, profile }, out) => {
      if (!profile.lineItemsRequireSingleCategory) return;
      const lines = changeOrder.lineItems;
      let first = -1;
      for (let i = 0; i < lines.length; i++) {
        const category = lines[i]!.category?.erpId;
        // A line without an ERP category is line_not_erp_coded's business.
        if (!category) continue;
        if (first < 0) {
          first = i;
        } else if (category !== lines[first]!.category!.erpId) {
          const label = profile.labels.category;
          out.push(
            violation(
              'mixed_categories',
              `${lineName(lines[i]!, i)} has ${label} "${category}" but line ${first + 1} has "${lines[first]!.category!.erpId}"; ${profile.name} takes one ${label} per change order. Split the change order.`,
              at(i),
            ),
          );
        }
      }
    },
  ),
  lineRule(
    'division_cost_code',
    'a line is coded to a division (summary) cost code such as `01`, on a profile that disallows them (`disallowDivisionCostCode`)',
    (profile) => profile.lines.disallowDivisionCostCode,
    (line, i, profile) => {
      if (line.costCode === undefined || !isDivisionCode(line.costCode.code)) return undefined;
      const code = line.costCode.code.slice(0, 40);
      return (
        custom(profile, 'division_cost_code') ??
        `${lineName(line, i)} is coded to "${code}", a division; ${profile.name} takes only the ${profile.labels.costCode}s below a division, such as "${code}-100".`
      );
    },
  ),
  lineRule(
    'line_description_too_long',
    "a line's description has more characters, or a longer line of text, than the ERP allows",
    ({ lines: { description: d } }) => d.maxLength !== null || d.maxLineLength !== null,
    (line, i, profile) => {
      const { maxLength: max, maxLineLength } = profile.lines.description;
      const text = line.description;
      let problem: string | undefined;
      if (max !== null && exceedsCodePoints(text, max)) {
        problem = `is ${codePointLength(text)} characters; ${profile.name} allows ${max}`;
      } else if (maxLineLength !== null && exceedsCodePoints(text, maxLineLength)) {
        const longest = Math.max(...text.split(/\r\n|\r|\n/).map(codePointLength));
        if (longest > maxLineLength) {
          problem = `has a line of ${longest} characters; ${profile.name} allows ${maxLineLength} per line`;
        }
      }
      if (problem === undefined) return undefined;
      return (
        custom(profile, 'line_description_too_long') ?? `${lineName(line, i)}: the description ${problem}.`
      );
    },
  ),
  lineRule(
    'uom_too_long',
    "a line's unit of measure has more characters than the ERP allows (Sage 300 CRE: 6)",
    (profile) => profile.lines.uom.maxLength !== null,
    (line, i, profile) => {
      const max = profile.lines.uom.maxLength!;
      if (line.uom === undefined || !exceedsCodePoints(line.uom, max)) return undefined;
      return (
        custom(profile, 'uom_too_long') ??
        `${lineName(line, i)}: unit of measure "${line.uom.slice(0, 40)}" is ${codePointLength(line.uom)} characters; ${profile.name} allows ${max}.`
      );
    },
  ),
  lineNumberRule(
    'quantity_out_of_range',
    'quantity',
    'quantity',
    'quantity',
    '8 integer digits and 4 decimals',
  ),
  lineNumberRule(
    'unit_cost_out_of_range',
    'unitCost',
    'unit_cost',
    'unit cost',
    '6 integer digits and 4 decimals',
  ),
  lineRule(
    'amount_not_positive',
    'a line amount is zero or below, on a profile that takes only positive amounts (`amount.positive`)',
    (profile) => profile.amount.positive,
    (line, i, profile) =>
      !notPositive(line.amount)
        ? undefined
        : (custom(profile, 'amount_not_positive') ??
          `${lineName(line, i)}: amount ${line.amount} is not above zero; ${profile.name} takes only positive amounts.`),
  ),
] as const;

/**
 * The code of a send rule, derived from {@link rules}.
 * @example
 * const code: RuleCode = 'vendor_not_linked';
 */
export type RuleCode = (typeof rules)[number]['code'];

/** Builds the shared input of one evaluation; the line groups are computed at most once. */
export function ruleInput(changeOrder: ChangeOrder, context: ExportContext, profile: ErpProfile): RuleInput {
  let groups: readonly LineGroup[] | undefined;
  return {
    changeOrder,
    context,
    profile,
    groups: () => {
      groups ??= groupLineItems(changeOrder.lineItems, profile.repeatedLines !== 'allow');
      return groups;
    },
  };
}

/**
 * Runs the rules in order into `out`. With `first`, stops after the first rule that fails; with
 * `skipGates`, leaves out the rules that decide who may press Send and when.
 */
export function runRules(input: RuleInput, first: boolean, skipGates: boolean): Violation<RuleCode>[] {
  const out: Violation[] = [];
  for (const r of rules as readonly Rule[]) {
    if (skipGates && r.gate) continue;
    r.check(input, out);
    if (first && out.length > 0) break;
  }
  return out as Violation<RuleCode>[];
}
