import { describeValue } from '../internal/describe.js';
import type { Path } from '../issues.js';
import { err } from '../result.js';
import { readAmount } from './internal/amount.js';
import { buildChangeOrder, commitmentProjectLinked, type LineAmount } from './internal/buildChangeOrder.js';
import { guarded } from './internal/guarded.js';
import { Issues, isAbsent, isRecord, type Json, readLinked, readRecord } from './internal/read.js';
import type { ProcoreAdapterOptions, ProcoreResult } from './types.js';

/** The only ERP request that carries a change order to export. */
const REQUEST_NAME = 'create_commitment_change_order';

function eventLineAmount(item: Json, path: Path, issues: Issues): LineAmount {
  return { value: readAmount(item, 'amount', [...path, 'amount'], issues), key: 'amount' };
}

function readEvent(payload: unknown, options: ProcoreAdapterOptions | undefined): ProcoreResult {
  const issues = new Issues();
  if (!isRecord(payload)) {
    issues.add(
      'invalid_type',
      [],
      `The ERP event must be an object ({ request_name, request_data } or its request_data), not ${describeValue(payload)}.`,
    );
    return err(issues.list);
  }
  let data: Json | undefined = payload;
  let base: Path = [];
  if ('request_data' in payload || 'request_name' in payload) {
    const name = payload.request_name;
    if (!isAbsent(name) && name !== REQUEST_NAME) {
      issues.add(
        'unexpected_request',
        ['request_name'],
        `This is a ${JSON.stringify(String(name).slice(0, 60))} event; only "${REQUEST_NAME}" carries a commitment change order to export.`,
      );
      return err(issues.list);
    }
    base = ['request_data'];
    data = readRecord(payload, 'request_data', base, issues, true);
  }
  if (data === undefined) return err(issues.list);

  const changeOrder = readRecord(data, 'change_order', [...base, 'change_order'], issues, true);
  const commitmentPath = [...base, 'commitment'];
  const commitment = readRecord(data, 'commitment', commitmentPath, issues, true);
  const itemsPath = [...base, 'change_order_items'];
  let items: readonly unknown[] = [];
  const rawItems = data.change_order_items;
  if (Array.isArray(rawItems)) items = rawItems;
  else if (!isAbsent(rawItems)) issues.wrongType(itemsPath, 'an array', rawItems);

  // The project is synced when it carries an ERP id: the event's job_origin_id, else the
  // commitment's project.origin_id.
  let projectErpSynced = readLinked(data, 'job_origin_id', [...base, 'job_origin_id'], issues);
  if (projectErpSynced === undefined && commitment !== undefined) {
    projectErpSynced = commitmentProjectLinked(commitment, commitmentPath, issues);
  }

  return buildChangeOrder(
    {
      changeOrder,
      changeOrderPath: [...base, 'change_order'],
      commitment,
      commitmentPath,
      items,
      itemsPath,
      lineAmount: eventLineAmount,
      erpStatus: options?.erpStatus ?? 'pending_acceptance',
      projectErpSynced,
    },
    issues,
  );
}

/**
 * Reads Procore's ERP export event for a commitment change order (`create_commitment_change_order`,
 * what an integrator fetches when a CCO is accepted for export) into a {@link ChangeOrder}. Takes
 * the whole event (`{ request_name, request_data }`) or its `request_data` alone, and the mess real
 * payloads carry: integer or string ids and numbers, `Approved` or `approved`, `Z` or offset
 * timestamps, amounts as strings (`"233.0"`) or as floats exact to the cent, `null` for absent,
 * unknown fields. Never throws. See `docs/procore-adapters.md` for the field-by-field mapping.
 * @param payload - The event as parsed JSON.
 * @param options - `erpStatus`, which the event does not carry; `pending_acceptance` by default.
 * @returns `{ changeOrder, projectErpSynced }`, or every problem with its path in the event.
 * @example
 * const r = fromProcoreErpEvent(JSON.parse(body));
 * if (r.ok) r.value.changeOrder.lineItems[0] //=> { id: '188', commitmentLineItemId: '177', amount: '233.0', … }
 * else r.error //=> [{ code: 'invalid_amount', path: ['request_data', 'change_order_items', 0, 'amount'], message: '…' }]
 */
export function fromProcoreErpEvent(payload: unknown, options?: ProcoreAdapterOptions): ProcoreResult {
  return guarded(() => readEvent(payload, options));
}
