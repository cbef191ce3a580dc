import type { InputIssue } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment } from '../model/commitment.js';
import type { ErpStatus } from '../model/enums.js';
import type { Result } from '../result.js';

/**
 * What a Procore adapter reads out of a payload: the change order in our model and, when the
 * payload says so, whether the project is linked to the ERP (it carries an `origin_id`) and the
 * commitment with its schedule of values.
 * @example
 * const r = fromProcoreErpEvent(event);
 * if (r.ok) r.value //=> { changeOrder: { id: '3', number: '45', … }, projectErpSynced: true }
 */
export interface ProcoreChangeOrder {
  /** The change order, valid against `ChangeOrderSchema`. */
  readonly changeOrder: ChangeOrder;
  /** Whether the project carries an ERP id; absent when the payload does not say. */
  readonly projectErpSynced?: boolean;
  /**
   * The change order's commitment with its schedule of values, when the payload carries them (the
   * ERP event's `commitment_items`); pass it as `{ commitment }` to check the change order against it.
   */
  readonly commitment?: Commitment;
}

/**
 * Options of the Procore adapters.
 * @example
 * fromProcoreRest({ changeOrder, lineItems, commitment }, { erpStatus: 'rejected' })
 */
export interface ProcoreAdapterOptions {
  /**
   * The change order's place in the ERP export, which Procore's payloads do not carry. Defaults to
   * `pending_acceptance` for an ERP export event (Procore sends one only for a change order that
   * was sent and accepted for export) and to `not_sent` for the REST API.
   */
  readonly erpStatus?: ErpStatus;
}

/**
 * The result of a Procore adapter: the change order, or every problem found, each with a path into
 * the Procore payload.
 * @example
 * const r: ProcoreResult = fromProcoreErpEvent(event);
 * if (!r.ok) r.error //=> [{ code: 'invalid_amount', path: ['request_data', 'change_order_items', 0, 'amount'], message: '…' }]
 */
export type ProcoreResult = Result<ProcoreChangeOrder, InputIssue[]>;
