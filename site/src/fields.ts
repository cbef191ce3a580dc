// The field each rule is about, so that the page can point at it. A rule on the whole change order
// reports the path [] (docs/rules.md), and a line rule the line (['lineItems', i]); the page wants
// the field itself: the title for title_too_long, the amount for amount_too_precise.
import type { JsonPath } from './jsonPath.js';

/** Which text a pointer is into: the change order as the rules read it, or the context. */
export type PointerTarget = 'changeOrder' | 'context';

/** A field of the change order or of the context. */
export interface Pointer {
  /** The document the path is in. */
  readonly in: PointerTarget;
  /** The path in that document. */
  readonly path: JsonPath;
}

/** The field of each rule whose violation has the path [] (the whole change order). */
export const WHOLE_RULE_FIELDS = {
  project_not_synced: { in: 'context', path: ['project', 'erpSynced'] },
  invalid_time_zone: { in: 'context', path: ['project', 'timeZone'] },
  commitment_not_synced: { in: 'changeOrder', path: ['commitment', 'erpId'] },
  already_sent: { in: 'changeOrder', path: ['erpStatus'] },
  missing_commitments_admin: { in: 'context', path: ['user', 'commitments'] },
  missing_change_orders_admin: { in: 'context', path: ['user', 'changeOrders'] },
  erp_id_missing: { in: 'changeOrder', path: ['erpId'] },
  // The effective ID: `erpId`, or `number` when the setting fills the ID from it (see fieldOf).
  erp_id_too_long: { in: 'changeOrder', path: ['erpId'] },
  // The effective ID again, taken by another change order of the commitment.
  duplicate_erp_id: { in: 'changeOrder', path: ['erpId'] },
  invalid_created_at: { in: 'changeOrder', path: ['createdAt'] },
  // Rules against the commitment or the vendor links passed beside the change order: the change
  // order's field they compare (these two report it as their own path already).
  commitment_mismatch: { in: 'changeOrder', path: ['commitment', 'id'] },
  vendor_mismatch: { in: 'changeOrder', path: ['contractCompany', 'id'] },
  vendor_linked_elsewhere: { in: 'changeOrder', path: ['contractCompany'] },
  title_too_long: { in: 'changeOrder', path: ['title'] },
  vendor_not_linked: { in: 'changeOrder', path: ['contractCompany', 'erpVendorId'] },
  not_approved: { in: 'changeOrder', path: ['status'] },
  no_erp_cost_code: { in: 'changeOrder', path: ['lineItems'] },
  description_too_long: { in: 'changeOrder', path: ['description'] },
} as const satisfies Readonly<Record<string, Pointer>>;

/**
 * The field of a line each per-line rule is about, or null when the rule is about the line as a
 * whole (several fields, or whichever the message names).
 */
export const LINE_RULE_FIELDS = {
  duplicate_line_item: 'id',
  // Reported at ['lineItems', i, 'commitmentLineItemId'] already.
  commitment_line_not_found: null,
  commitment_line_not_synced: 'commitmentLineItemId',
  line_coding_mismatch: null,
  invalid_decimal: null,
  line_not_erp_coded: null,
  conflicting_line_coding: null,
  amount_too_precise: 'amount',
  amount_too_large: 'amount',
  duplicate_commitment_line: 'commitmentLineItemId',
  mixed_categories: 'category',
  division_cost_code: 'costCode',
  line_description_too_long: 'description',
  uom_too_long: 'uom',
  quantity_out_of_range: 'quantity',
  unit_cost_out_of_range: 'unitCost',
  amount_not_positive: 'amount',
} as const satisfies Readonly<Record<string, string | null>>;

/** Every rule code the page can point for. */
export type PointedCode = keyof typeof WHOLE_RULE_FIELDS | keyof typeof LINE_RULE_FIELDS;

function has<T extends object>(table: T, code: string): code is Extract<keyof T, string> {
  return Object.hasOwn(table, code);
}

/**
 * Where a violation points: the rule's field when the violation names the whole change order or a
 * line, else its own path (an issue that is not a rule's, such as `unreadable_input`, keeps it).
 * @param violation - A rule violation (`code`, `path`).
 * @param erpIdTyped - Whether the change order's own `erpId` is present: when it is not, the ID the
 *   rules read is the change order number (the setting "use the change order number").
 * @example
 * fieldOf({ code: 'title_too_long', path: [] }, true) //=> { in: 'changeOrder', path: ['title'] }
 * fieldOf({ code: 'uom_too_long', path: ['lineItems', 2] }, true) //=> { in: 'changeOrder', path: ['lineItems', 2, 'uom'] }
 */
export function fieldOf(
  violation: { readonly code: string; readonly path: JsonPath },
  erpIdTyped: boolean,
): Pointer {
  const { code, path } = violation;
  if (path.length === 0 && has(WHOLE_RULE_FIELDS, code)) {
    if ((code === 'erp_id_too_long' || code === 'duplicate_erp_id') && !erpIdTyped)
      return { in: 'changeOrder', path: ['number'] };
    return WHOLE_RULE_FIELDS[code];
  }
  if (path.length === 2 && path[0] === 'lineItems' && has(LINE_RULE_FIELDS, code)) {
    const field = LINE_RULE_FIELDS[code];
    return { in: 'changeOrder', path: field === null ? path : [...path, field] };
  }
  return { in: 'changeOrder', path };
}
