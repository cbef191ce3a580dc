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
  /** The summed amount, exactly two decimals. */
  readonly amount: string;
  /** The first source line's description. */
  readonly description: string;
}

/**
 * What is exported to Sage 300 CRE for one CCO. Field order is fixed, so equal inputs give equal bytes.
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
  /** The sum of the lines, exactly two decimals: equal to the CCO's total. */
  readonly total: string;
}

/**
 * Something the export did that the user should know, which does not stop it.
 * @example
 * const n: Notice = { code: 'description_truncated', message: '…', originalLength: 1200, exportedLength: 1000 };
 */
export type Notice =
  | {
      readonly code: 'description_truncated';
      readonly message: string;
      /** Characters (code points) in the description. */
      readonly originalLength: number;
      /** Characters (code points) exported. */
      readonly exportedLength: number;
    }
  | {
      readonly code: 'lines_aggregated';
      readonly message: string;
      /** The commitment line item whose modifications were summed. */
      readonly commitmentLineItemId: string;
      /** The merged lines' ids, in SOV order. */
      readonly lineItemIds: readonly string[];
      /** The sum exported. */
      readonly amount: string;
    };
