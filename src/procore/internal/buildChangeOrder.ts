// The part both Procore adapters share: read Procore's change order, commitment and line items
// into our camelCase model, then validate with the model (as parseChangeOrder does) and report
// every issue at its path in the Procore payload.
import { type Found, isAbsent, type LooseReader, own } from '../../internal/looseJson.js';
import type { Path } from '../../issues.js';
import { parseChangeOrder } from '../../parse.js';
import { err, ok } from '../../result.js';
import type { ProcoreResult } from '../types.js';
import { modelIssues, renamedField } from './modelIssues.js';
import { readCode, readId, readLinked, readNumber, readOrigin, readText } from './read.js';

/**
 * A line amount and the Procore key it was read from.
 * @example
 * const amount: LineAmount = { value: '233.0', key: 'amount' };
 */
export interface LineAmount {
  readonly value: string | undefined;
  readonly key: string;
}

/**
 * The Procore objects a change order is read from, each found with its path in the payload.
 * @example
 * const parts: ProcoreParts = { changeOrder: r.object(data, 'change_order', { required: true }), … };
 */
export interface ProcoreParts {
  readonly changeOrder: Found | undefined;
  readonly commitment: Found | undefined;
  readonly items: readonly unknown[];
  readonly itemsPath: Path;
  /** Reads one line's amount: the ERP event has `amount`, a v1.0 package line may have only `total_amount`. */
  readonly lineAmount: (r: LooseReader, item: Found) => LineAmount;
  readonly erpStatus: unknown;
  /** Whether the project carries an ERP id; `undefined` when the payload does not say. */
  readonly projectErpSynced: boolean | undefined;
}

/** Where the fields the model checks further came from, for translating its issue paths. */
interface Origins {
  readonly changeOrderPath: Path;
  readonly itemsPath: Path;
  /** Per line, the key its amount was read from (`amount` or `total_amount`). */
  readonly amountKeys: string[];
}

/** The change order's fields that are copied from one Procore key each. */
const CHANGE_ORDER_KEYS: Readonly<Record<string, string>> = {
  id: 'id',
  number: 'number',
  title: 'title',
  description: 'description',
  status: 'status',
  createdAt: 'created_at',
};

/**
 * The path in the Procore payload of a field the model refused. The readers above check every
 * type, so the model can only refuse values: a status, a timestamp, an amount. Any other path
 * (an `erpStatus` passed in the options) is the model's own.
 */
function procorePath(path: Path, o: Origins): Path {
  const renamed = renamedField(path, CHANGE_ORDER_KEYS, o.changeOrderPath);
  if (renamed !== undefined) return renamed;
  const [head, index, field] = path;
  const amountKey = typeof index === 'number' ? o.amountKeys[index] : undefined;
  if (head === 'lineItems' && field === 'amount' && amountKey !== undefined) {
    return [...o.itemsPath, index as number, amountKey];
  }
  return path;
}

/**
 * The commitment's ERP id. A commitment is linked (synced) only when it carries `origin_id`; the
 * id it is known by in the ERP is then its `origin_code` when given (the code people see), else
 * its `origin_id`.
 */
function commitmentErpId(r: LooseReader, commitment: Found): string | undefined {
  const id = readOrigin(r, commitment, 'origin_id');
  const code = readOrigin(r, commitment, 'origin_code');
  return id === undefined ? undefined : (code ?? id);
}

/**
 * Whether the commitment's project carries an ERP id (`project.origin_id`); `undefined` when the
 * commitment has no `project`.
 * @example
 * commitmentProjectLinked(r, { json: { project: { origin_id: null } }, path: ['commitment'] }) //=> false
 */
export function commitmentProjectLinked(r: LooseReader, commitment: Found): boolean | undefined {
  const project = r.object(commitment, 'project');
  return project === undefined ? undefined : readLinked(r, project, 'origin_id');
}

/** The contract company, from the commitment's `vendor`. */
function readVendor(r: LooseReader, commitment: Found): Record<string, unknown> | undefined {
  const vendor = r.object(commitment, 'vendor', { required: true });
  if (vendor === undefined) return undefined;
  // The ERP export event and REST write the name in `company`; some shapes use `name`.
  const nameKey = isAbsent(own(vendor, 'company')) && !isAbsent(own(vendor, 'name')) ? 'name' : 'company';
  const company: Record<string, unknown> = {
    id: readId(r, vendor, 'id'),
    name: readText(r, vendor, nameKey),
  };
  // Only origin_id links a vendor: an unlinked vendor can carry an origin_code.
  const erpVendorId = readOrigin(r, vendor, 'origin_id');
  if (erpVendorId !== undefined) company.erpVendorId = erpVendorId;
  return company;
}

/** One line of the schedule of values; its amount key goes into `amountKeys`. */
function readLine(r: LooseReader, parts: ProcoreParts, index: number, amountKeys: string[]): unknown {
  const item = r.item(parts.items, parts.itemsPath, index);
  if (item === undefined) return undefined;
  const amount = parts.lineAmount(r, item);
  amountKeys[index] = amount.key;
  const line: Record<string, unknown> = {
    id: readId(r, item, 'id'),
    commitmentLineItemId: readId(r, item, 'commitment_line_item_id'),
    description: readText(r, item, 'description'),
    amount: amount.value,
  };
  const costCode = readCode(r, item, 'cost_code', 'full_code');
  if (costCode !== undefined) line.costCode = costCode;
  const category = readCode(r, item, 'line_item_type', 'code');
  if (category !== undefined) line.category = category;
  return line;
}

/**
 * Reads the parts into a `ChangeOrder` and validates it with the model. `r` may already hold
 * problems found by the caller; they are reported with the rest.
 * @example
 * buildChangeOrder(parts, new LooseReader('The ERP event')) //=> { ok: true, value: { changeOrder: { id: '3', … } } }
 */
export function buildChangeOrder(parts: ProcoreParts, r: LooseReader): ProcoreResult {
  const co = parts.changeOrder;
  const origins: Origins = { changeOrderPath: co?.path ?? [], itemsPath: parts.itemsPath, amountKeys: [] };
  const draft: Record<string, unknown> = { erpStatus: parts.erpStatus };

  if (co !== undefined) {
    draft.id = readId(r, co, 'id');
    draft.number = readNumber(r, co, 'number');
    // The CCO's ERP id is the Sage ID as typed: origin_code (the code people see) wins over
    // origin_id (the ERP's internal key).
    const code = readOrigin(r, co, 'origin_code');
    const id = readOrigin(r, co, 'origin_id');
    const erpId = code ?? id;
    if (erpId !== undefined) draft.erpId = erpId;
    draft.title = readText(r, co, 'title');
    draft.description = readText(r, co, 'description');
    draft.status = r.string(co, 'status', { required: true });
    draft.createdAt = r.string(co, 'created_at', { required: true });
  }

  const commitment = parts.commitment;
  if (commitment !== undefined) {
    const erpId = commitmentErpId(r, commitment);
    const ref: Record<string, unknown> = { id: readId(r, commitment, 'id') };
    if (erpId !== undefined) ref.erpId = erpId;
    draft.commitment = ref;
    const company = readVendor(r, commitment);
    if (company !== undefined) draft.contractCompany = company;
  }

  // Index by index: a hole in a sparse array is reported at its index, never skipped.
  draft.lineItems = Array.from({ length: parts.items.length }, (_, index) =>
    readLine(r, parts, index, origins.amountKeys),
  );

  const parsed = parseChangeOrder(draft);
  if (parsed.ok && r.issues.length === 0) {
    const synced = parts.projectErpSynced;
    return ok(
      synced === undefined
        ? { changeOrder: parsed.value }
        : { changeOrder: parsed.value, projectErpSynced: synced },
    );
  }
  if (parsed.ok) return err(r.issues);
  return err([...r.issues, ...modelIssues(draft, parsed.error, (path) => procorePath(path, origins))]);
}
