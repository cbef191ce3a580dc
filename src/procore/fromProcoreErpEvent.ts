import { guard } from '../internal/guard.js';
import { type Found, isAbsent, LooseReader, own } from '../internal/looseJson.js';
import { err, ok } from '../result.js';
import { readAmount } from './internal/amount.js';
import { buildChangeOrder, commitmentProjectLinked, type LineAmount } from './internal/buildChangeOrder.js';
import { buildCommitment } from './internal/buildCommitment.js';
import { eventData, readLinked } from './internal/read.js';
import type { ProcoreAdapterOptions, ProcoreResult } from './types.js';

/** The only ERP request that carries a change order to export. */
const REQUEST_NAME = 'create_commitment_change_order';

function eventLineAmount(r: LooseReader, item: Found): LineAmount {
  return { value: readAmount(r, item, 'amount'), key: 'amount' };
}

function readEvent(payload: unknown, options: ProcoreAdapterOptions | undefined): ProcoreResult {
  const r = new LooseReader('The ERP event');
  const root = r.root(payload, 'an object ({ request_name, request_data } or its request_data)');
  const data = eventData(r, root, [REQUEST_NAME], 'a commitment change order to export');
  if (data === undefined) return err(r.issues);

  const changeOrder = r.object(data, 'change_order', { required: true });
  const commitment = r.object(data, 'commitment', { required: true });
  const items = r.array(data, 'change_order_items') ?? [];

  // The project is synced when it carries an ERP id: the event's job_origin_id, else the
  // commitment's project.origin_id.
  let projectErpSynced = readLinked(r, data, 'job_origin_id');
  if (projectErpSynced === undefined && commitment !== undefined) {
    projectErpSynced = commitmentProjectLinked(r, commitment);
  }

  const read = buildChangeOrder(
    {
      changeOrder,
      commitment,
      items,
      itemsPath: [...data.path, 'change_order_items'],
      lineAmount: eventLineAmount,
      erpStatus: options?.erpStatus ?? 'pending_acceptance',
      projectErpSynced,
    },
    r,
  );
  // The commitment's schedule of values, when the event carries it.
  if (commitment === undefined || isAbsent(own(data, 'commitment_items'))) return read;
  const sov = new LooseReader('The ERP event');
  const sovItems = sov.array(data, 'commitment_items', { expected: 'an array of commitment line items' });
  const withSov =
    sovItems === undefined
      ? err(sov.issues)
      : buildCommitment({ commitment, items: sovItems, itemsPath: [...data.path, 'commitment_items'] }, sov);
  if (read.ok && withSov.ok) return ok({ ...read.value, commitment: withSov.value });
  // Both read the commitment's vendor: say each problem once.
  const all = read.ok ? [] : [...read.error];
  const said = new Set(all.map((i) => `${i.code} ${JSON.stringify(i.path)}`));
  if (!withSov.ok)
    for (const i of withSov.error) if (!said.has(`${i.code} ${JSON.stringify(i.path)}`)) all.push(i);
  return err(all);
}

/**
 * Reads Procore's ERP export event for a commitment change order (`create_commitment_change_order`,
 * what an integrator fetches when a CCO is accepted for export) into a {@link ChangeOrder}. Takes
 * the whole event (`{ request_name, request_data }`) or its `request_data` alone, and the mess real
 * payloads carry: integer or string ids and numbers, `Approved` or `approved`, `Z` or offset
 * timestamps, amounts as strings (`"233.0"`) or as floats exact to the cent, `null` for absent,
 * unknown fields. When the event carries the commitment's schedule of values (`commitment_items`),
 * the commitment is read too (as `fromProcoreCommitment` reads it), so that the change order can be
 * checked against it: `validate(changeOrder, context, { commitment })`. Never throws. See
 * `docs/procore-adapters.md` for the field-by-field mapping.
 * @param payload - The event as parsed JSON.
 * @param options - `erpStatus`, which the event does not carry; `pending_acceptance` by default.
 * @returns `{ changeOrder, projectErpSynced, commitment }` (the last two when the event says), or
 *   every problem with its path in the event.
 * @example
 * const r = fromProcoreErpEvent(JSON.parse(body));
 * if (r.ok) r.value.changeOrder.lineItems[0] //=> { id: '188', commitmentLineItemId: '177', amount: '233.0', … }
 * else r.error //=> [{ code: 'invalid_amount', path: ['request_data', 'change_order_items', 0, 'amount'], message: '…' }]
 */
export function fromProcoreErpEvent(payload: unknown, options?: ProcoreAdapterOptions): ProcoreResult {
  return guard('The ERP event', () => readEvent(payload, options));
}
