import type { ErpExport } from '../export/types.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';

/**
 * A profile whose export holds everything Sage 300 CRE's payload needs: a required CCO ID, the
 * date exported, and a field for the description (the Scope). `sage300Cre` is one, and so is a
 * variant of it (`{ ...sage300Cre, title: { maxLength: 20 } }`); another ERP's profile, typed
 * `ErpProfile`, is not, so `toSage300Payload` refuses it at compile time.
 * @example
 * const strict: Sage300Profile = { ...sage300Cre, title: { maxLength: 20 } };
 */
export type Sage300Profile = ErpProfile & {
  readonly changeOrderId: ErpProfile['changeOrderId'] & { readonly required: true };
  readonly date: { readonly exported: true };
  readonly description: ErpProfile['description'] & { readonly target: string };
};

/**
 * The export under a {@link Sage300Profile}: the CCO ID, the date and the description are there
 * (the rules refuse a change order without them).
 * @example
 * const r = exportChangeOrder(co, context); // Sage 300 CRE by default
 * if (r.ok) r.value.changeOrderId.length //=> 5 at most
 */
export type Sage300Export = ErpExport & {
  readonly changeOrderId: string;
  readonly date: string;
  readonly description: string;
};

/**
 * One line of a Sage 300 CRE commitment change order: one modification of a contract line.
 * @example
 * const line: Sage300Line = { commitmentLineItemId: 'A', costCode: '03-200', category: 'M', amount: '150.00', description: 'Rebar' };
 */
export interface Sage300Line {
  /** The commitment line item modified. */
  readonly commitmentLineItemId: string;
  /** The cost code (Procore's code). */
  readonly costCode: string;
  /** The category (Procore cost type code). */
  readonly category: string;
  /** The summed amount, at least two decimals. */
  readonly amount: string;
  /** The first source line's description. */
  readonly description: string;
}

/**
 * What is exported to Sage 300 CRE for one CCO, in Sage's own field names. Field order is fixed,
 * so equal inputs give equal bytes.
 * @example
 * JSON.stringify(payload) // {"commitmentId":"SC-001","changeOrderId":"007","date":"2024-03-09",…}
 */
export interface Sage300Payload {
  /** The commitment's ERP id. */
  readonly commitmentId: string;
  /** The CCO ID: `erpId`, or the number when the setting says so; at most 5 characters. */
  readonly changeOrderId: string;
  /** Sage's Commitment Date: the creation date in the project's time zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** Sage's description: the CCO title. */
  readonly description: string;
  /** Sage's Scope: the description, cut to 1000 characters at a grapheme boundary. */
  readonly scope: string;
  /** The vendor's ERP id. */
  readonly vendorId: string;
  /** One line per commitment line item, in order of first appearance. */
  readonly lines: readonly Sage300Line[];
  /** The sum of the lines, at least two decimals: equal to the CCO's total. */
  readonly total: string;
}
