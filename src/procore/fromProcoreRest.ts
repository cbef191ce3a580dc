import { guard } from '../internal/guard.js';
import { type Found, isAbsent, isJsonObject, LooseReader, own } from '../internal/looseJson.js';
import type { Path } from '../issues.js';
import { err } from '../result.js';
import { readAmount } from './internal/amount.js';
import { buildChangeOrder, commitmentProjectLinked, type LineAmount } from './internal/buildChangeOrder.js';
import type { ProcoreAdapterOptions, ProcoreResult } from './types.js';

/**
 * What the REST API gives for one commitment change order, in three calls.
 * @example
 * const input: ProcoreRestInput = {
 *   changeOrder: await get(`/rest/v1.0/projects/${p}/commitment_change_orders/${id}`),
 *   lineItems: await get(`/rest/v2.0/companies/${c}/projects/${p}/commitment_change_orders/${id}/line_items`),
 *   commitment: await get(`/rest/v1.0/work_order_contracts/${contractId}?project_id=${p}`),
 * };
 */
export interface ProcoreRestInput {
  /** The v1.0 commitment change order, or the v1.0 change order package (which holds `line_items`). */
  readonly changeOrder: unknown;
  /**
   * The line items: the v2.0 line items response (`{ data: [...] }`) or its array, or the v1.0
   * package's `line_items`. Leave it out when `changeOrder` is a package with `line_items`.
   */
  readonly lineItems?: unknown;
  /** The v1.0 commitment (work order or purchase order contract), with its `vendor` and `project`. */
  readonly commitment: unknown;
}

/**
 * A line's amount. `amount` (v2.0, and v1.0 lines that have it) is the line's change, markup
 * included. A v1.0 package line may have only `total_amount`, which leaves markup out: it is used
 * only when the line has no markup, so that no money is lost.
 */
function restLineAmount(r: LooseReader, item: Found): LineAmount {
  if (!isAbsent(own(item, 'amount')) || isAbsent(own(item, 'total_amount'))) {
    return { value: readAmount(r, item, 'amount'), key: 'amount' };
  }
  const markup = own(item, 'markup_line_items');
  if (Array.isArray(markup) && markup.length > 0) {
    r.add(
      'missing',
      [...item.path, 'amount'],
      `Line ${String(item.path.at(-1))} has markup but no amount; its total_amount leaves the markup out. Fetch the line items from the v2.0 endpoint, whose amount includes it.`,
    );
    return { value: undefined, key: 'amount' };
  }
  return { value: readAmount(r, item, 'total_amount'), key: 'total_amount' };
}

function lineItemsOf(
  r: LooseReader,
  input: Found,
  changeOrder: Found | undefined,
): { items: readonly unknown[]; path: Path } {
  const given = own(input, 'lineItems');
  if (Array.isArray(given)) return { items: given, path: ['lineItems'] };
  if (isJsonObject(given)) {
    const response: Found = { json: given, path: ['lineItems'] };
    const data = r.array(response, 'data', { required: true, expected: 'an array of line items' });
    return { items: data ?? [], path: ['lineItems', 'data'] };
  }
  if (!isAbsent(given)) {
    r.wrongType(['lineItems'], 'an array or { data: [...] }', given);
    return { items: [], path: ['lineItems'] };
  }
  const packaged = r.array(changeOrder, 'line_items');
  if (packaged !== undefined && changeOrder !== undefined) {
    return { items: packaged, path: [...changeOrder.path, 'line_items'] };
  }
  if (changeOrder !== undefined) {
    r.add(
      'missing',
      ['lineItems'],
      'lineItems is required: the v1.0 commitment change order has no line items; pass the v2.0 line items (…/commitment_change_orders/{id}/line_items) or the v1.0 change order package.',
    );
  }
  return { items: [], path: ['lineItems'] };
}

function readRest(input: unknown, options: ProcoreAdapterOptions | undefined): ProcoreResult {
  const r = new LooseReader('The input');
  const root = r.root(input, 'an object { changeOrder, lineItems, commitment }');
  if (root === undefined) return err(r.issues);
  const changeOrder = r.object(root, 'changeOrder', { required: true });
  if (own(changeOrder, 'type') === 'PrimeContractChangeOrder') {
    r.add(
      'unexpected_type',
      ['changeOrder', 'type'],
      'This is a prime contract change order; only commitment change orders are exported to the ERP as CCOs.',
    );
  }
  const commitment = r.object(root, 'commitment', { required: true });
  const lines = lineItemsOf(r, root, changeOrder);

  return buildChangeOrder(
    {
      changeOrder,
      commitment,
      items: lines.items,
      itemsPath: lines.path,
      lineAmount: restLineAmount,
      erpStatus: options?.erpStatus ?? 'not_sent',
      projectErpSynced: commitment === undefined ? undefined : commitmentProjectLinked(r, commitment),
    },
    r,
  );
}

/**
 * Reads a commitment change order from Procore's REST API into a {@link ChangeOrder}: the v1.0
 * commitment change order (or v1.0 change order package), its line items (v2.0 line items or the
 * package's `line_items`) and its commitment (for the vendor and the ERP ids). Takes integer (v1.0)
 * or string (v2.0) ids, `approved` or `Approved`, `Z` or offset timestamps, amounts as decimal
 * strings or floats exact to the cent, `null` for absent. Never throws.
 * @param input - `{ changeOrder, lineItems, commitment }`, each as parsed JSON.
 * @param options - `erpStatus`, which REST does not carry; `not_sent` by default.
 * @returns `{ changeOrder, projectErpSynced }`, or every problem with its path in `input`.
 * @example
 * const r = fromProcoreRest({ changeOrder: cco, lineItems: v2LineItems, commitment: contract });
 * if (r.ok) toSage300Payload(r.value.changeOrder, context);
 * else r.error //=> [{ code: 'missing', path: ['lineItems', 'data', 0, 'commitment_line_item_id'], message: '…' }]
 */
export function fromProcoreRest(input: ProcoreRestInput, options?: ProcoreAdapterOptions): ProcoreResult {
  return guard('The input', () => readRest(input, options));
}
