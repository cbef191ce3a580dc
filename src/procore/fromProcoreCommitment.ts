import { guard } from '../internal/guard.js';
import { has, LooseReader } from '../internal/looseJson.js';
import type { InputIssue } from '../issues.js';
import type { Commitment } from '../model/commitment.js';
import { err, type Result } from '../result.js';
import { buildCommitment, type CommitmentKind } from './internal/buildCommitment.js';
import { eventData } from './internal/read.js';

/** The ERP requests that carry a commitment with its schedule of values. */
const REQUEST_NAMES = ['create_commitment', 'create_commitment_change_order'] as const;

/**
 * Options of {@link fromProcoreCommitment}.
 * @example
 * fromProcoreCommitment(await get(`/rest/v1.0/purchase_order_contracts/${id}?project_id=${p}`), { kind: 'purchase_order' })
 */
export interface ProcoreCommitmentOptions {
  /**
   * The commitment's kind when the payload does not say (a REST commitment has no `type`; its
   * line items' `holder.holder_type` is read before this).
   */
  readonly kind?: CommitmentKind;
}

function readCommitment(
  input: unknown,
  options: ProcoreCommitmentOptions | undefined,
): Result<Commitment, InputIssue[]> {
  const r = new LooseReader('The input');
  const root = r.root(input, 'an object (an ERP event, its request_data, or a REST commitment)');
  if (root === undefined) return err(r.issues);
  const data = eventData(r, root, REQUEST_NAMES, 'a commitment with its schedule of values');
  if (data === undefined) return err(r.issues);
  const kind = options?.kind;
  if (has(data, 'commitment') || has(data, 'commitment_items')) {
    // An ERP event (or its request_data): the commitment and its items side by side.
    const commitment = r.object(data, 'commitment', { required: true });
    const items = r.array(data, 'commitment_items', {
      required: true,
      expected: 'an array of commitment line items',
    });
    if (commitment === undefined || items === undefined) return err(r.issues);
    return buildCommitment({ commitment, items, itemsPath: [...data.path, 'commitment_items'], kind }, r);
  }
  // A REST commitment: its line items inside it.
  const items = r.array(data, 'line_items', {
    required: true,
    expected: 'an array of line items (the commitment as GET …/work_order_contracts/{id} returns it)',
  });
  if (items === undefined) return err(r.issues);
  return buildCommitment({ commitment: data, items, itemsPath: [...data.path, 'line_items'], kind }, r);
}

/**
 * Reads a Procore commitment with its schedule of values into a {@link Commitment}: the ERP event
 * `create_commitment` (or `create_commitment_change_order`, which carries the same `commitment` and
 * `commitment_items`), whole or its `request_data`, or a REST v1.0 commitment (a work order or
 * purchase order contract) with its `line_items`. The commitment's `erpId` is its `origin_id` (a
 * commitment is synced only with one), its `vendorId` its `vendor.id`; each SOV line's `erpId` is its
 * `origin_id` and its codes those of its `cost_code` (`full_code`) and `line_item_type` (`code`),
 * with their `origin_id`s; `quantity`, `unit_cost` and `uom` are read when the commitment's
 * `accounting_method` is `unit`. Takes the mess the other adapters take: integer or string ids,
 * amounts as strings or floats exact to the cent, `null` for absent. Never throws.
 * @param input - The event or the REST commitment, as parsed JSON.
 * @param options - `{ kind }`, for a REST commitment, which does not say it.
 * @returns The commitment, or every problem with its path in `input`.
 * @example
 * const r = fromProcoreCommitment(createCommitmentEvent);
 * if (r.ok) r.value //=> { id: '41', number: 'SC-001', title: 'WOC 1 (QB)', kind: 'subcontract', vendorId: '47', sov: [{ id: '177', amount: '250.0', … }] }
 */
export function fromProcoreCommitment(
  input: unknown,
  options?: ProcoreCommitmentOptions,
): Result<Commitment, InputIssue[]> {
  return guard('The input', () => readCommitment(input, options));
}
