// The part both Procore adapters share: read Procore's change order, commitment and line items
// into our camelCase model, then validate with the model (as parseChangeOrder does) and report
// every issue at its path in the Procore payload.
import { formatPath } from '../../internal/describe.js';
import type { Path } from '../../issues.js';
import type { ErpCode } from '../../model/lineItem.js';
import { parseChangeOrder } from '../../parse.js';
import { err, ok } from '../../result.js';
import type { ProcoreResult } from '../types.js';
import {
  type Issues,
  isAbsent,
  isRecord,
  type Json,
  readId,
  readLinked,
  readNumber,
  readOrigin,
  readRecord,
  readString,
  readText,
} from './read.js';

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
 * The Procore objects a change order is read from, each with its path in the payload.
 * @example
 * const parts: ProcoreParts = { changeOrder, changeOrderPath: ['request_data', 'change_order'], … };
 */
export interface ProcoreParts {
  readonly changeOrder: Json | undefined;
  readonly changeOrderPath: Path;
  readonly commitment: Json | undefined;
  readonly commitmentPath: Path;
  readonly items: readonly unknown[];
  readonly itemsPath: Path;
  /** Reads one line's amount: the ERP event has `amount`, a v1.0 package line may have only `total_amount`. */
  readonly lineAmount: (item: Json, path: Path, issues: Issues) => LineAmount;
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
  const [head, index, field] = path;
  if (path.length === 1) {
    const key = CHANGE_ORDER_KEYS[head as string];
    if (key !== undefined) return [...o.changeOrderPath, key];
  }
  if (head === 'lineItems' && typeof index === 'number' && field === 'amount') {
    return [...o.itemsPath, index, o.amountKeys[index]!];
  }
  return path;
}

/** Whether `draft` has a value at `path`: a reader that refused a field leaves it out. */
function isSet(draft: unknown, path: Path): boolean {
  let node = draft;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== undefined;
}

/** A cost code (`full_code`) or a cost type (`code`) with its `origin_id` as the ERP id. */
function readCode(item: Json, key: string, codeKey: string, path: Path, issues: Issues): ErpCode | undefined {
  const obj = readRecord(item, key, path, issues, false);
  if (obj === undefined) return undefined;
  const code = readString(obj, codeKey, [...path, codeKey], issues);
  const erpId = readOrigin(obj, 'origin_id', [...path, 'origin_id'], issues);
  if (code === undefined) return undefined;
  return erpId === undefined ? { code } : { code, erpId };
}

/**
 * The commitment's ERP id. A commitment is linked (synced) only when it carries `origin_id`; the
 * id it is known by in the ERP is then its `origin_code` when given (the code people see), else
 * its `origin_id`.
 */
function commitmentErpId(commitment: Json, path: Path, issues: Issues): string | undefined {
  const id = readOrigin(commitment, 'origin_id', [...path, 'origin_id'], issues);
  const code = readOrigin(commitment, 'origin_code', [...path, 'origin_code'], issues);
  return id === undefined ? undefined : (code ?? id);
}

/**
 * Whether the commitment's project carries an ERP id (`project.origin_id`); `undefined` when the
 * commitment has no `project`.
 * @example
 * commitmentProjectLinked({ project: { origin_id: null } }, ['commitment'], issues) //=> false
 */
export function commitmentProjectLinked(commitment: Json, path: Path, issues: Issues): boolean | undefined {
  const project = readRecord(commitment, 'project', [...path, 'project'], issues, false);
  return project === undefined
    ? undefined
    : readLinked(project, 'origin_id', [...path, 'project', 'origin_id'], issues);
}

/**
 * Reads the parts into a `ChangeOrder` and validates it with the model. `issues` may already
 * hold problems found by the caller; they are reported with the rest.
 * @example
 * buildChangeOrder(parts, new Issues()) //=> { ok: true, value: { changeOrder: { id: '3', … } } }
 */
export function buildChangeOrder(parts: ProcoreParts, issues: Issues): ProcoreResult {
  const co = parts.changeOrder;
  const coPath = parts.changeOrderPath;
  const origins: Origins = { changeOrderPath: coPath, itemsPath: parts.itemsPath, amountKeys: [] };
  const draft: Record<string, unknown> = { erpStatus: parts.erpStatus };

  if (co !== undefined) {
    draft.id = readId(co, 'id', [...coPath, 'id'], issues);
    draft.number = readNumber(co, 'number', [...coPath, 'number'], issues);
    // The CCO's ERP id is the Sage ID as typed: origin_code (the code people see) wins over
    // origin_id (the ERP's internal key).
    const code = readOrigin(co, 'origin_code', [...coPath, 'origin_code'], issues);
    const id = readOrigin(co, 'origin_id', [...coPath, 'origin_id'], issues);
    const erpId = code ?? id;
    if (erpId !== undefined) draft.erpId = erpId;
    draft.title = readText(co, 'title', [...coPath, 'title'], issues);
    draft.description = readText(co, 'description', [...coPath, 'description'], issues);
    draft.status = readString(co, 'status', [...coPath, 'status'], issues);
    draft.createdAt = readString(co, 'created_at', [...coPath, 'created_at'], issues);
  }

  const commitment = parts.commitment;
  if (commitment !== undefined) {
    const cmPath = parts.commitmentPath;
    const erpId = commitmentErpId(commitment, cmPath, issues);
    const ref: Record<string, unknown> = { id: readId(commitment, 'id', [...cmPath, 'id'], issues) };
    if (erpId !== undefined) ref.erpId = erpId;
    draft.commitment = ref;

    const vPath = [...cmPath, 'vendor'];
    const vendor = readRecord(commitment, 'vendor', vPath, issues, true);
    if (vendor !== undefined) {
      // The ERP export event and REST write the name in `company`; some shapes use `name`.
      const nameKey = isAbsent(vendor.company) && !isAbsent(vendor.name) ? 'name' : 'company';
      const company: Record<string, unknown> = {
        id: readId(vendor, 'id', [...vPath, 'id'], issues),
        name: readText(vendor, nameKey, [...vPath, nameKey], issues),
      };
      // Only origin_id links a vendor: an unlinked vendor can carry an origin_code.
      const erpVendorId = readOrigin(vendor, 'origin_id', [...vPath, 'origin_id'], issues);
      if (erpVendorId !== undefined) company.erpVendorId = erpVendorId;
      draft.contractCompany = company;
    }
  }

  const lineItems: unknown[] = [];
  parts.items.forEach((item, index) => {
    const path = [...parts.itemsPath, index];
    if (!isRecord(item)) {
      issues.wrongType(path, 'an object', item);
      lineItems.push(undefined);
      return;
    }
    const amount = parts.lineAmount(item, path, issues);
    origins.amountKeys[index] = amount.key;
    const line: Record<string, unknown> = {
      id: readId(item, 'id', [...path, 'id'], issues),
      commitmentLineItemId: readId(
        item,
        'commitment_line_item_id',
        [...path, 'commitment_line_item_id'],
        issues,
      ),
      description: readText(item, 'description', [...path, 'description'], issues),
      amount: amount.value,
    };
    const costCode = readCode(item, 'cost_code', 'full_code', [...path, 'cost_code'], issues);
    if (costCode !== undefined) line.costCode = costCode;
    const category = readCode(item, 'line_item_type', 'code', [...path, 'line_item_type'], issues);
    if (category !== undefined) line.category = category;
    lineItems.push(line);
  });
  draft.lineItems = lineItems;

  const parsed = parseChangeOrder(draft);
  if (parsed.ok && issues.list.length === 0) {
    const synced = parts.projectErpSynced;
    return ok(
      synced === undefined
        ? { changeOrder: parsed.value }
        : { changeOrder: parsed.value, projectErpSynced: synced },
    );
  }
  const all = [...issues.list];
  if (!parsed.ok) {
    for (const issue of parsed.error) {
      if (!isSet(draft, issue.path)) continue; // left out by a reader, which said why
      const path = procorePath(issue.path, origins);
      const modelWhere = formatPath(issue.path);
      const message = issue.message.startsWith(modelWhere)
        ? formatPath(path) + issue.message.slice(modelWhere.length)
        : issue.message;
      all.push({ code: issue.code, path, message });
    }
  }
  return err(all);
}
