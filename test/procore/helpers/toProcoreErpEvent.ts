import fc from 'fast-check';
import type { ChangeOrder } from '../../../src/model/changeOrder.js';
import type { ErpCode } from '../../../src/model/lineItem.js';

/** How a change order is written into Procore's shape: the mess real payloads carry. */
export interface Rendering {
  /** The whole event `{ request_name, request_data }`, or `request_data` alone. */
  readonly wholeEvent: boolean;
  /** Ids and the number as JSON integers where they are whole numbers (v1.0 style). */
  readonly integers: boolean;
  /** `Approved`, `Not Pricing` (the ERP payload) instead of `approved`, `not_pricing` (REST). */
  readonly capitalised: boolean;
  /** Empty text as `null`, as Procore writes it. */
  readonly nullForEmpty: boolean;
  /** Amounts as floats where the float is exact (some SDKs). */
  readonly floats: boolean;
  /** A value in the fields that must lose (the CCO's origin_id when origin_code is given, …). */
  readonly decoy: string | null;
  /** Whether the project carries an ERP id; `undefined` leaves `job_origin_id` out. */
  readonly projectErpSynced: boolean | undefined;
}

/** Every rendering. */
export function renderingArb(): fc.Arbitrary<Rendering> {
  return fc.record({
    wholeEvent: fc.boolean(),
    integers: fc.boolean(),
    capitalised: fc.boolean(),
    nullForEmpty: fc.boolean(),
    floats: fc.boolean(),
    decoy: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    projectErpSynced: fc.option(fc.boolean(), { nil: undefined }),
  });
}

const WHOLE = /^(0|[1-9][0-9]{0,14})$/;

function idOf(id: string, r: Rendering): string | number {
  return r.integers && WHOLE.test(id) ? Number(id) : id;
}

function textOf(text: string, r: Rendering): string | null {
  return r.nullForEmpty && text === '' ? null : text;
}

function amountOf(amount: string, r: Rendering): string | number {
  if (!r.floats) return amount;
  const x = Number(amount);
  const point = amount.indexOf('.');
  const decimals = point < 0 ? 0 : amount.length - point - 1;
  return String(x) === amount && decimals <= 2 ? x : amount;
}

function statusOf(status: string, r: Rendering): string {
  if (!r.capitalised) return status;
  return status
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function costCodeOf(code: ErpCode | undefined) {
  if (code === undefined) return null;
  return { id: 1472, name: 'Purpose', full_code: code.code, code: 'ignored', origin_id: code.erpId ?? null };
}

function lineItemTypeOf(code: ErpCode | undefined) {
  if (code === undefined) return null;
  return {
    id: 47,
    name: 'Other',
    base_type: null,
    code: code.code,
    origin_data: null,
    origin_id: code.erpId ?? null,
  };
}

/**
 * Writes a change order of our model as Procore's `create_commitment_change_order` ERP event, the
 * way Procore does, with extra fields Procore sends and the adapter must ignore.
 */
export function toProcoreErpEvent(co: ChangeOrder, r: Rendering): unknown {
  const commitmentLinked = co.commitment.erpId !== undefined;
  const data: Record<string, unknown> = {
    request_detail_id: 1,
    company_id: 7,
    commitment: {
      id: idOf(co.commitment.id, r),
      title: 'WOC 1',
      status: 'Approved',
      type: 'WorkOrderContract',
      grand_total: '250.0',
      // Linked (origin_id given) or not; when linked, origin_code names it in the ERP.
      origin_id: commitmentLinked ? `guid-${co.commitment.id}` : null,
      origin_code: commitmentLinked ? co.commitment.erpId : r.decoy,
      origin_data: null,
      vendor: {
        id: idOf(co.contractCompany.id, r),
        company: textOf(co.contractCompany.name, r),
        origin_id: co.contractCompany.erpVendorId ?? null,
        origin_code: r.decoy,
        origin_data: null,
      },
      custom_fields: { custom_field_1: { data_type: 'datetime', value: '2025-02-21T10:00:00Z' } },
    },
    commitment_items: [],
    change_order: {
      id: idOf(co.id, r),
      contract_id: idOf(co.commitment.id, r),
      number: idOf(co.number, r),
      status: statusOf(co.status, r),
      title: textOf(co.title, r),
      description: textOf(co.description, r),
      created_at: co.createdAt,
      updated_at: '2020-10-19T19:17:54Z',
      deleted_at: null,
      origin_code: co.erpId ?? null,
      // origin_code wins; origin_id only speaks when origin_code is absent.
      origin_id: co.erpId === undefined ? null : r.decoy,
      origin_data: null,
      erp_custom_fields: {},
    },
    change_order_items: co.lineItems.map((line, i) => ({
      id: idOf(line.id, r),
      amount: amountOf(line.amount, r),
      commitment_line_item_id: idOf(line.commitmentLineItemId, r),
      description: textOf(line.description, r),
      cost_code: costCodeOf(line.costCode),
      line_item_type: lineItemTypeOf(line.category),
      extended_amount: '0.0',
      total_amount: '0.0',
      position: i + 1,
      origin_id: null,
      origin_data: null,
    })),
    additional_data: { accounting_date: null },
  };
  if (r.projectErpSynced !== undefined) data.job_origin_id = r.projectErpSynced ? 'project_origin_id' : null;
  return r.wholeEvent ? { request_name: 'create_commitment_change_order', request_data: data } : data;
}
