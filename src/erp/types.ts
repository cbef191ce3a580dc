import type { Notice } from '../sage300/types.js';

/**
 * One exported line of a change order for a non-Sage-300 ERP: one commitment line item's
 * modification (summed when the profile aggregates), or one source line when it allows repeats.
 * @example
 * const line: ErpLine = { commitmentLineItemId: 'A', lineItemIds: ['1'], costCode: '03-200', category: 'M',
 *   amount: '150.00', description: 'Rebar', quantity: '10', unitCost: '15', uom: 'EA' };
 */
export interface ErpLine {
  /** The commitment line item modified. */
  readonly commitmentLineItemId: string;
  /** The source lines' ids, in SOV order (one unless the profile aggregates). */
  readonly lineItemIds: readonly string[];
  /** The cost code (Procore's code). */
  readonly costCode: string;
  /** The category (Procore cost type code). */
  readonly category: string;
  /** The amount: the exact sum, at least two decimals, never an exponent. */
  readonly amount: string;
  /** The first source line's description. */
  readonly description: string;
  /** The quantity, when the line comes from one source line that has one. */
  readonly quantity?: string;
  /** The unit cost, when the line comes from one source line that has one. */
  readonly unitCost?: string;
  /** The unit of measure, when the line comes from one source line that has one. */
  readonly uom?: string;
}

/**
 * What is exported to an ERP other than Sage 300 CRE for one CCO. Field order is fixed, so equal
 * inputs give equal bytes; optional fields are left out, never `undefined`.
 * @example
 * JSON.stringify(payload) // {"erp":"Viewpoint Vista","commitmentId":"SC-001","changeOrderId":"CO-0007",…}
 */
export interface ErpPayload {
  /** The profile's ERP name. */
  readonly erp: string;
  /** The commitment's ERP id. */
  readonly commitmentId: string;
  /** The ERP change order id (`erpId`, or the number when the setting applies); absent when there is none and none is required. */
  readonly changeOrderId?: string;
  /** The creation date in the project's time zone, `YYYY-MM-DD`; absent when the profile does not export it. */
  readonly date?: string;
  /** The title. */
  readonly title: string;
  /** The description, cut to the profile's limit when it truncates; absent when the profile does not export it. */
  readonly description?: string;
  /** The vendor's ERP id. */
  readonly vendorId: string;
  /** The exported lines, in order of first appearance. */
  readonly lines: readonly ErpLine[];
  /** The sum of the lines: equal to the CCO's total. */
  readonly total: string;
}

/**
 * Something the export did or wants the user to know, which does not stop it: the Sage notices
 * (`description_truncated`, `lines_aggregated`) and the ERP's own `export_warning`.
 * @example
 * const n: ErpNotice = { code: 'export_warning', message: 'Caution: …' };
 */
export type ErpNotice =
  | Notice
  | {
      readonly code: 'export_warning';
      /** The ERP's warning, as its metadata gives it. */
      readonly message: string;
    };
