// Procore's commitment (a work order or purchase order contract) and its line items, read into our
// `Commitment` model: the ERP events' `commitment` and `commitment_items`, or a REST commitment and
// its `line_items`. Validated by the model, with every issue at its path in the Procore payload.
import { type Found, isAbsent, isJsonObject, type LooseReader, own } from '../../internal/looseJson.js';
import type { InputIssue, Path } from '../../issues.js';
import type { COMMITMENT_KINDS, Commitment } from '../../model/commitment.js';
import { parseCommitment } from '../../parse.js';
import { err, ok, type Result } from '../../result.js';
import { quote } from '../../text/quote.js';
import { readAmount } from './amount.js';
import { modelIssues, renamedField } from './modelIssues.js';
import { readCode, readId, readNumber, readOrigin, readText } from './read.js';

/**
 * A commitment's kind: a subcontract or a purchase order.
 * @example
 * const kind: CommitmentKind = 'purchase_order';
 */
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Procore's commitment types and our kinds. */
const KINDS: Readonly<Record<string, CommitmentKind>> = {
  WorkOrderContract: 'subcontract',
  PurchaseOrderContract: 'purchase_order',
};

/**
 * The Procore objects a commitment is read from, each with its path in the payload.
 * @example
 * const parts: CommitmentParts = { commitment, items: data.commitment_items, itemsPath: ['request_data', 'commitment_items'] };
 */
export interface CommitmentParts {
  readonly commitment: Found;
  readonly items: readonly unknown[];
  readonly itemsPath: Path;
  /** The kind when the payload does not say (a REST commitment has no `type`). */
  readonly kind?: CommitmentKind | undefined;
}

/** The commitment's fields copied from one Procore key each. */
const COMMITMENT_KEYS: Readonly<Record<string, string>> = {
  id: 'id',
  erpId: 'origin_id',
  number: 'number',
  title: 'title',
  kind: 'type',
};

/** An SOV line's fields copied from one Procore key each. */
const LINE_KEYS: Readonly<Record<string, string>> = {
  id: 'id',
  erpId: 'origin_id',
  position: 'position',
  description: 'description',
  amount: 'amount',
  quantity: 'quantity',
  unitCost: 'unit_cost',
  uom: 'uom',
};

/** Where a field the model refused is in the Procore payload. */
function procorePath(path: Path, parts: CommitmentParts): Path {
  const renamed = renamedField(path, COMMITMENT_KEYS, parts.commitment.path);
  if (renamed !== undefined) return renamed;
  const [head, index, field] = path;
  if (head === 'vendorId') return [...parts.commitment.path, 'vendor', 'id'];
  if (head === 'sov' && typeof index === 'number') {
    const key = typeof field === 'string' && Object.hasOwn(LINE_KEYS, field) ? LINE_KEYS[field] : field;
    return [...parts.itemsPath, index, ...(key === undefined ? [] : [key]), ...path.slice(3)];
  }
  return path;
}

/** At most four decimals, like a unit cost or a quantity; floats beyond 2^38 cannot say so. */
const EXACT_UNITS_LIMIT = 2 ** 38;

/**
 * A quantity or unit cost: a decimal string as it is (the model checks it); a float only when its
 * shortest form is plain with at most four decimals (SDKs type these as floats).
 */
function readDecimalText(r: LooseReader, item: Found, key: string): string | undefined {
  const value = own(item, key);
  if (typeof value === 'string' || isAbsent(value)) return value ?? undefined;
  const path = [...item.path, key];
  if (typeof value !== 'number') return r.wrongType(path, 'a decimal string such as "12.5"', value);
  const text = String(value);
  const point = text.indexOf('.');
  const decimals = point < 0 ? 0 : text.length - point - 1;
  if (Number.isFinite(value) && !text.includes('e') && decimals <= 4 && Math.abs(value) < EXACT_UNITS_LIMIT) {
    return text;
  }
  return r.add(
    'invalid_decimal',
    path,
    `${r.where(path)} is the float ${text}; only floats exact to four decimals are converted, and nothing is rounded. Send it as a decimal string.`,
  );
}

/** One SOV line. */
function readLine(r: LooseReader, parts: CommitmentParts, index: number, unitPriced: boolean): unknown {
  const item = r.item(parts.items, parts.itemsPath, index);
  if (item === undefined) return undefined;
  const line: Record<string, unknown> = {
    id: readId(r, item, 'id'),
    description: readText(r, item, 'description'),
    amount: readAmount(r, item, 'amount'),
  };
  const erpId = readOrigin(r, item, 'origin_id');
  if (erpId !== undefined) line.erpId = erpId;
  const position = own(item, 'position');
  if (typeof position === 'number') line.position = position;
  else if (!isAbsent(position)) r.wrongType([...item.path, 'position'], 'a whole number', position);
  const costCode = readCode(r, item, 'cost_code', 'full_code');
  if (costCode !== undefined) line.costCode = costCode;
  const category = readCode(r, item, 'line_item_type', 'code');
  if (category !== undefined) line.category = category;
  if (unitPriced) {
    const quantity = readDecimalText(r, item, 'quantity');
    if (quantity !== undefined) line.quantity = quantity;
    const unitCost = readDecimalText(r, item, 'unit_cost');
    if (unitCost !== undefined) line.unitCost = unitCost;
    const uom = r.string(item, 'uom');
    if (uom !== undefined) line.uom = uom;
  }
  return line;
}

/** The kind: the commitment's `type`, else the option, else the line items' holder type. */
function readKind(r: LooseReader, parts: CommitmentParts): CommitmentKind | undefined {
  const path = [...parts.commitment.path, 'type'];
  const type = own(parts.commitment, 'type');
  const expected = '"WorkOrderContract" (a subcontract) or "PurchaseOrderContract" (a purchase order)';
  if (typeof type === 'string') {
    return Object.hasOwn(KINDS, type)
      ? KINDS[type]
      : r.add('invalid_value', path, `${r.where(path)} is ${quote(type)}; a commitment is ${expected}.`);
  }
  if (!isAbsent(type)) return r.wrongType(path, expected, type);
  if (parts.kind !== undefined) return parts.kind;
  for (const item of parts.items) {
    const holder = isJsonObject(item) ? own({ json: item, path: [] }, 'holder') : undefined;
    const holderType = isJsonObject(holder) ? own({ json: holder, path: [] }, 'holder_type') : undefined;
    if (typeof holderType === 'string' && Object.hasOwn(KINDS, holderType)) return KINDS[holderType];
  }
  return r.add(
    'missing',
    path,
    `${r.where(path)} is required (${expected}): a REST commitment does not say its kind; pass { kind: 'subcontract' } for …/work_order_contracts or { kind: 'purchase_order' } for …/purchase_order_contracts.`,
  );
}

/**
 * Reads a Procore commitment and its line items into a {@link Commitment}, validated by the model.
 * Line items are unit-priced (their `quantity`, `unit_cost` and `uom` read) when the commitment's
 * `accounting_method` is `unit`. `r` may already hold problems found by the caller; they are
 * reported with the rest.
 * @example
 * buildCommitment({ commitment, items, itemsPath: ['request_data', 'commitment_items'] }, r)
 * //=> { ok: true, value: { id: '41', kind: 'subcontract', vendorId: '47', sov: [{ id: '177', … }] } }
 */
export function buildCommitment(parts: CommitmentParts, r: LooseReader): Result<Commitment, InputIssue[]> {
  const c = parts.commitment;
  const draft: Record<string, unknown> = { id: readId(r, c, 'id') };
  const erpId = readOrigin(r, c, 'origin_id');
  if (erpId !== undefined) draft.erpId = erpId;
  if (!isAbsent(own(c, 'number'))) draft.number = readNumber(r, c, 'number');
  if (!isAbsent(own(c, 'title'))) draft.title = readText(r, c, 'title');
  draft.kind = readKind(r, parts);
  const vendor = r.object(c, 'vendor', { required: true });
  if (vendor !== undefined) draft.vendorId = readId(r, vendor, 'id');
  const method = own(c, 'accounting_method');
  const unitPriced = method === 'unit';
  if (!isAbsent(method) && typeof method !== 'string') {
    r.wrongType([...c.path, 'accounting_method'], '"amount" or "unit"', method);
  }
  // Index by index: a hole in a sparse array is reported at its index, never skipped.
  draft.sov = Array.from({ length: parts.items.length }, (_, index) => readLine(r, parts, index, unitPriced));

  const parsed = parseCommitment(draft);
  if (parsed.ok && r.issues.length === 0) return ok(parsed.value);
  if (parsed.ok) return err(r.issues);
  return err([...r.issues, ...modelIssues(draft, parsed.error, (path) => procorePath(path, parts))]);
}
