/**
 * One exported line: one commitment line item's modification (the exact sum of the CCO lines on it
 * when the profile aggregates), or one source line when the profile exports repeats apart.
 * @example
 * const line: ExportLine = { commitmentLineItemId: '501', lineItemIds: ['11', '12'], costCode: '03-200',
 *   costCodeErpId: '03-200', category: 'M', categoryErpId: 'M', amount: '1250.00', description: 'Rebar' };
 */
export interface ExportLine {
  /** The commitment line item modified (Procore's id). */
  readonly commitmentLineItemId: string;
  /**
   * The commitment line item's key in the ERP (its SOV line's `erpId`: what Procore's staged records
   * call `commitment_line_item_origin_id`); present when the commitment was passed.
   */
  readonly commitmentLineErpId?: string;
  /** The source lines' ids, in SOV order (one unless the profile aggregates). */
  readonly lineItemIds: readonly string[];
  /** The cost code as Procore shows it (`03-200`). */
  readonly costCode: string;
  /** The cost code's key in the ERP (its `erpId`). */
  readonly costCodeErpId: string;
  /** The category (Procore cost type) as Procore shows it (`M`). */
  readonly category: string;
  /** The category's key in the ERP (its `erpId`). */
  readonly categoryErpId: string;
  /** The exact sum: at least two decimals, never an exponent. */
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
 * Something the export did, or the ERP wants the user to know, that does not stop it.
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
    }
  | {
      readonly code: 'export_warning';
      /** The ERP's warning, as its metadata gives it. */
      readonly message: string;
    };

/**
 * What is exported for one change order, in the ERP's terms but in no ERP's format: every ERP's
 * payload is a projection of it. Driven only by the profile's data: a field the profile does not
 * export is absent (never `undefined`). Field order is fixed, so equal inputs give equal bytes.
 * @example
 * const r = exportChangeOrder(co, context, { profile: builtInProfiles.viewpointVista });
 * if (r.ok) JSON.stringify(r.value) // {"commitmentId":"SC-001","changeOrderId":"CO-0007","date":"2024-03-09",…}
 */
export interface ErpExport {
  /** The commitment as people know it in the ERP (the change order's `commitment.erpId`: Procore's `origin_code`, else `origin_id`). */
  readonly commitmentId: string;
  /** The commitment's key in the ERP (the passed commitment's `erpId`: Procore's `origin_id`); present when the commitment was passed. */
  readonly commitmentErpId?: string;
  /** The ERP change order id (`erpId`, or the number when the setting applies); absent when there is none and none is required. */
  readonly changeOrderId?: string;
  /** The creation date in the project's time zone, `YYYY-MM-DD`; absent when the profile does not export it. */
  readonly date?: string;
  /** The title. */
  readonly title: string;
  /** The description, cut to the profile's limit when it truncates; absent when the ERP has no field for it. */
  readonly description?: string;
  /** The vendor's ERP id: the company's `erpVendorId`, or its link's when vendor links are passed. */
  readonly vendorId: string;
  /** The exported lines, in order of first appearance. */
  readonly lines: readonly ExportLine[];
  /** The exact sum of the lines: equal to the sum of the change order's line amounts. */
  readonly total: string;
  /** What the export did that the user should know (truncation, aggregation, the ERP's warning). */
  readonly notices: readonly Notice[];
}
