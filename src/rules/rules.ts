import { groupLineItems, type LineGroup } from '../aggregateLineItems.js';
import type { Path, Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { PermissionLevel } from '../model/enums.js';
import type { LineItem } from '../model/lineItem.js';
import { decimalPlaces, integerDigits } from '../money/exactSum.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
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
 * release). `docs/rules.md` is generated from this array.
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
      if (profile.changeOrderId.required && effectiveErpId(changeOrder, context) === undefined) {
        const limit =
          profile.changeOrderId.maxLength === null
            ? ''
            : ` of at most ${profile.changeOrderId.maxLength} characters`;
        out.push(
          violation(
            'erp_id_missing',
            `The ${profile.name} ${profile.changeOrderId.label} is empty; type one${limit}, or use the change order number as the ${profile.changeOrderId.label}.`,
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
      const id = effectiveErpId(changeOrder, context);
      if (max !== null && id !== undefined && exceedsCodePoints(id, max)) {
        out.push(
          violation(
            'erp_id_too_long',
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
      for (const group of groups()) {
        const places = decimalPlaces(group.amount);
        if (places > max) {
          out.push(
            violation(
              'amount_too_precise',
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
      for (const group of groups()) {
        const digits = integerDigits(group.amount);
        if (digits > max) {
          out.push(
            violation(
              'amount_too_large',
              `Commitment line ${group.commitmentLineItemId} sums to ${group.amount}, with ${digits} integer digits; ${profile.name} allows ${max}.`,
              at(group.indexes[0]!),
            ),
          );
        }
      }
    },
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
      groups ??= groupLineItems(changeOrder.lineItems);
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
