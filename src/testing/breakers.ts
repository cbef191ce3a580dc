import { userOf } from '../internal/user.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment, CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile, NumberLimit } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { effectiveErpId } from '../rules/effectiveErpId.js';
import type { RuleCode } from '../rules/rules.js';
import { aCommitment, commitmentCovering } from './builders.js';

/**
 * A CCO, the context it is sent in and, when the test has them, the data the commitment, vendor and
 * ERP id rules read: check it with `validateAll(changeOrder, context, { profile, commitment,
 * vendorLinks, exportedErpIds })`.
 * @example
 * const c: Case = { changeOrder, context, commitment: aCommitment().covering(changeOrder).build() };
 */
export interface Case {
  readonly changeOrder: ChangeOrder;
  readonly context: ExportContext;
  /** The change order's commitment with its schedule of values. */
  readonly commitment?: Commitment;
  /** Links from companies to ERP vendors. */
  readonly vendorLinks?: readonly VendorLink[];
  /** ERP change order ids already exported to the change order's commitment. */
  readonly exportedErpIds?: readonly string[];
}

/**
 * A function that breaks exactly one rule of a sendable case.
 * @example
 * const b: Breaker = breakers.not_approved; // ({ changeOrder, context }) => status 'pending'
 */
export type Breaker = (sendable: Case) => Case;

/** A commitment line item id no arbitrary produces, for lines added by a breaker. */
const FRESH = 'breaker-line';

const ADDED = 'Added by a breaker';

/** Commitment line items the breakers add lines on, each for one purpose. */
const MISSING = 'breaker-missing';
const UNSYNCED = 'breaker-unsynced';
const RECODED = 'breaker-recoded';

/**
 * `line` appended to the change order; when the case has a commitment, the SOV gets a synced line
 * for it, coded like it, unless it has one (or `sov` says otherwise: `false` for none, or the SOV
 * line to add).
 */
function addLine(
  c: Case,
  profile: ErpProfile,
  line: Partial<LineItem>,
  sov: false | Partial<CommitmentLine> = {},
): Case {
  const first = c.changeOrder.lineItems[0];
  const { maxLength, maxLineLength } = profile.lines.description;
  const added: LineItem = {
    // Unique whatever came before: breakers combine, and a repeated id is a rule of its own.
    id: `breaker-${c.changeOrder.lineItems.length + 1}`,
    commitmentLineItemId: FRESH,
    description: ADDED.slice(0, Math.min(ADDED.length, maxLength ?? Infinity, maxLineLength ?? Infinity)),
    amount: profile.amount.positive ? '1.00' : '0.00',
    costCode: first?.costCode ?? { code: '01-100', erpId: '01-100' },
    category: first?.category ?? { code: 'L', erpId: 'L' },
    ...line,
  };
  const changeOrder = { ...c.changeOrder, lineItems: [...c.changeOrder.lineItems, added] };
  const commitment = c.commitment;
  if (
    commitment === undefined ||
    sov === false ||
    commitment.sov.some((l) => l.id === added.commitmentLineItemId)
  ) {
    return { ...c, changeOrder };
  }
  const sovLine: CommitmentLine = {
    id: added.commitmentLineItemId,
    erpId: `${added.commitmentLineItemId}-erp`,
    description: added.description,
    ...(added.costCode === undefined ? {} : { costCode: added.costCode }),
    ...(added.category === undefined ? {} : { category: added.category }),
    amount: '0.00',
    ...sov,
  };
  return { ...c, changeOrder, commitment: { ...commitment, sov: [...commitment.sov, sovLine] } };
}

/** The case with a commitment: its own, or one built to cover its change order. */
function withCommitment(c: Case): Case & { readonly commitment: Commitment } {
  return {
    ...c,
    commitment: c.commitment ?? commitmentCovering(c.changeOrder, aCommitment().withSov().build()),
  };
}

/** A value other than `value` (for ids the breakers change). */
function other(value: string): string {
  return value === 'breaker-other' ? 'breaker-other-2' : 'breaker-other';
}

/** An ERP other than the profile's, for a link that belongs elsewhere. */
function elsewhere(profile: ErpProfile): string {
  return profile.name === 'QuickBooks Desktop' ? 'Xero' : 'QuickBooks Desktop';
}

function withCo(c: Case, patch: Partial<ChangeOrder>): Case {
  return { ...c, changeOrder: { ...c.changeOrder, ...patch } };
}

/** A value that breaks `limit` in its first set part (digits, then decimals, then sign); else undefined. */
function outOfRange(limit: NumberLimit): string | undefined {
  if (limit.integerDigits !== null) return `1${'0'.repeat(limit.integerDigits)}`;
  if (limit.decimals !== null) return `0.${'0'.repeat(limit.decimals)}1`;
  return limit.positive ? '-1' : undefined;
}

/**
 * The rules a profile can break, each with a function that takes a case sendable under the profile
 * (one that breaks no rule) and returns a case that breaks exactly that rule, once. Rules the
 * profile switches off (no title limit, repeated lines allowed, …) have no breaker, and neither
 * has `conflicting_line_coding` on a profile that refuses repeated lines (a second line on one
 * commitment line is then also a `duplicate_commitment_line`). The breakers of the rules that need
 * data besides the change order add it to the case: the commitment rules a commitment covering the
 * change order (`aCommitment().covering(co)`) when the case has none, `vendor_linked_elsewhere` vendor
 * links, `duplicate_erp_id` the `exportedErpIds`; a breaker that adds a line on a commitment line the
 * case's SOV lacks adds a synced SOV line for it. Check a broken case with all it holds:
 * `validateAll(changeOrder, context, { profile, commitment, vendorLinks, exportedErpIds })`.
 * @param profile - The ERP profile the case is sent under.
 * @example
 * const broken = breakersFor(viewpointVista).title_too_long!({ changeOrder, context });
 * validateAll(broken.changeOrder, broken.context, { profile: viewpointVista }).map((v) => v.code)
 * //=> ['title_too_long']
 */
export function breakersFor(profile: ErpProfile): { readonly [C in RuleCode]?: Breaker } {
  const out: { [C in RuleCode]?: Breaker } = {
    project_not_synced: (c) => ({
      ...c,
      context: { ...c.context, project: { ...c.context.project, erpSynced: false } },
    }),
    commitment_not_synced: (c) => withCo(c, { commitment: { id: c.changeOrder.commitment.id } }),
    already_sent: (c) => withCo(c, { erpStatus: 'pending_acceptance' }),
    missing_commitments_admin: (c) => ({
      ...c,
      context: { ...c.context, user: { ...userOf(c.context), commitments: 'standard' } },
    }),
    missing_change_orders_admin: (c) => ({
      ...c,
      context: { ...c.context, user: { ...userOf(c.context), changeOrders: 'read_only' } },
    }),
    vendor_not_linked: (c) => {
      const company = c.changeOrder.contractCompany;
      if (c.vendorLinks !== undefined) {
        return { ...c, vendorLinks: c.vendorLinks.filter((l) => l.companyId !== company.id) };
      }
      const { erpVendorId: _, ...unlinked } = company;
      return withCo(c, { contractCompany: unlinked });
    },
    // Procore's reference vendor id, a QuickBooks id: linked, but into another ERP.
    vendor_linked_elsewhere: (c) => {
      const companyId = c.changeOrder.contractCompany.id;
      const others = (c.vendorLinks ?? []).filter((l) => l.companyId !== companyId);
      const link = { companyId, erpVendorId: '800000CD-1389650341', erp: elsewhere(profile) };
      return { ...c, vendorLinks: [...others, link] };
    },
    vendor_mismatch: (c) => {
      const own = withCommitment(c);
      return { ...own, commitment: { ...own.commitment, vendorId: other(c.changeOrder.contractCompany.id) } };
    },
    commitment_mismatch: (c) => {
      const own = withCommitment(c);
      return { ...own, commitment: { ...own.commitment, id: other(c.changeOrder.commitment.id) } };
    },
    commitment_line_not_found: (c) =>
      addLine(withCommitment(c), profile, { commitmentLineItemId: MISSING }, false),
    commitment_line_not_synced: (c) => {
      const own = withCommitment(c);
      const sov = own.commitment.sov.filter((l) => l.id !== UNSYNCED);
      const line = addLine({ ...own, commitment: { ...own.commitment, sov } }, profile, {
        commitmentLineItemId: UNSYNCED,
      });
      const unsynced = line.commitment?.sov.map((l) => {
        if (l.id !== UNSYNCED) return l;
        const { erpId: _, ...rest } = l;
        return rest;
      });
      return unsynced === undefined ? line : { ...line, commitment: { ...own.commitment, sov: unsynced } };
    },
    line_coding_mismatch: (c) => {
      const own = withCommitment(c);
      const sov = own.commitment.sov.filter((l) => l.id !== RECODED);
      const recoded = { code: '98-998', erpId: '98-998' };
      return addLine(
        { ...own, commitment: { ...own.commitment, sov } },
        profile,
        { commitmentLineItemId: RECODED },
        {
          costCode: recoded,
        },
      );
    },
    duplicate_erp_id: (c) => {
      const id = effectiveErpId(c.changeOrder, c.context, profile);
      const taken = id ?? 'X';
      const changed = id === undefined ? withCo(c, { erpId: taken }) : c;
      return { ...changed, exportedErpIds: [...(c.exportedErpIds ?? []), taken] };
    },
    not_approved: (c) => withCo(c, { status: 'pending' }),
    no_erp_cost_code: (c) => withCo(c, { lineItems: [] }),
    duplicate_line_item: (c) => {
      const first = c.changeOrder.lineItems[0];
      return first === undefined ? c : addLine(c, profile, { id: first.id });
    },
    invalid_decimal: (c) => addLine(c, profile, { amount: '12,50' }),
    line_not_erp_coded: (c) => addLine(c, profile, { category: { code: 'X' } }),
  };
  if (profile.date.exported) {
    out.invalid_time_zone = (c) => ({
      ...c,
      context: { ...c.context, project: { ...c.context.project, timeZone: 'Mars/Olympus' } },
    });
    out.invalid_created_at = (c) => withCo(c, { createdAt: 'yesterday' });
  }
  const { changeOrderId, title, description, amount, lines } = profile;
  if (changeOrderId.required) {
    out.erp_id_missing = (c) => ({
      changeOrder: { ...c.changeOrder, erpId: ' ' },
      context: { ...c.context, settings: { ...c.context.settings, useChangeOrderNumberAsErpId: false } },
    });
  }
  if (changeOrderId.maxLength !== null) {
    const max = changeOrderId.maxLength;
    // Code points beyond the limit but UTF-16 units twice as many: a counter of units would be off.
    out.erp_id_too_long = (c) => withCo(c, { erpId: '👷'.repeat(max + 1) });
  }
  if (title.maxLength !== null) {
    const max = title.maxLength;
    out.title_too_long = (c) => withCo(c, { title: `${c.changeOrder.title}${'é'.repeat(max + 1)}` });
  }
  if (profile.repeatedLines === 'aggregate') {
    out.conflicting_line_coding = (c) => {
      const first = c.changeOrder.lineItems[0]!;
      return addLine(c, profile, {
        commitmentLineItemId: first.commitmentLineItemId,
        costCode: { code: '99-999', erpId: '99-999' },
      });
    };
  }
  if (amount.decimals !== null) {
    const places = amount.decimals;
    out.amount_too_precise = (c) => addLine(c, profile, { amount: `0.${'0'.repeat(places)}1` });
  }
  if (amount.integerDigits !== null) {
    const digits = amount.integerDigits;
    out.amount_too_large = (c) => addLine(c, profile, { amount: `1${'0'.repeat(digits)}.00` });
  }
  if (description.onOverflow === 'block' && description.target !== null && description.maxLength !== null) {
    const max = description.maxLength;
    out.description_too_long = (c) => withCo(c, { description: 'é'.repeat(max + 1) });
  }
  if (profile.repeatedLines === 'reject') {
    out.duplicate_commitment_line = (c) => {
      const first = c.changeOrder.lineItems[0]!;
      return addLine(c, profile, { commitmentLineItemId: first.commitmentLineItemId });
    };
  }
  if (profile.lineItemsRequireSingleCategory) {
    out.mixed_categories = (c) => {
      const taken = c.changeOrder.lineItems[0]?.category?.erpId;
      const other = taken === 'X' ? 'Y' : 'X';
      return addLine(c, profile, { category: { code: other, erpId: other } });
    };
  }
  if (lines.disallowDivisionCostCode) {
    out.division_cost_code = (c) => addLine(c, profile, { costCode: { code: '01', erpId: '01' } });
  }
  const lineText = lines.description.maxLength ?? lines.description.maxLineLength;
  if (lineText !== null) {
    out.line_description_too_long = (c) => addLine(c, profile, { description: 'é'.repeat(lineText + 1) });
  }
  if (lines.uom.maxLength !== null) {
    const max = lines.uom.maxLength;
    out.uom_too_long = (c) => addLine(c, profile, { uom: '👷'.repeat(max + 1) });
  }
  const quantity = outOfRange(lines.quantity);
  if (quantity !== undefined) out.quantity_out_of_range = (c) => addLine(c, profile, { quantity });
  const unitCost = outOfRange(lines.unitCost);
  if (unitCost !== undefined) out.unit_cost_out_of_range = (c) => addLine(c, profile, { unitCost });
  if (amount.positive) out.amount_not_positive = (c) => addLine(c, profile, { amount: '-1.00' });
  return out;
}

/**
 * The codes a case sent under Sage 300 CRE can break (every other new rule is off for Sage).
 * @example
 * const code: Sage300RuleCode = 'uom_too_long'; // 'mixed_categories' would not compile
 */
export type Sage300RuleCode = Exclude<
  RuleCode,
  | 'description_too_long'
  | 'duplicate_commitment_line'
  | 'mixed_categories'
  | 'division_cost_code'
  | 'line_description_too_long'
  | 'amount_not_positive'
>;

/**
 * For each send rule Sage 300 CRE (the default profile) can break, a function that takes a
 * sendable case (one that breaks no rule) and returns a case that breaks exactly that rule, once.
 * Used to prove that each rule fires alone. For other profiles, see {@link breakersFor}.
 * @example
 * const broken = breakers.title_too_long({ changeOrder, context });
 * validateAll(broken.changeOrder, broken.context).map((v) => v.code) //=> ['title_too_long']
 */
export const breakers = breakersFor(sage300Cre) as { readonly [C in Sage300RuleCode]: Breaker };
