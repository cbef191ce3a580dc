// REST payloads for one CCO, written field by field from the reference schemas (the schema tests
// check that every field is in its schema with its type, apart from the declared extensions).

/** GET /rest/v1.0/projects/{project_id}/commitment_change_orders/{id} (Default4). */
export function v1ChangeOrder() {
  return {
    id: 3,
    contract_id: 2,
    batch_id: null,
    number: '45',
    title: 'Change order 1',
    description: 'This is a description',
    status: 'approved',
    type: 'CommitmentChangeOrder',
    created_at: '2020-10-19T12:17:54-07:00',
    updated_at: '2020-10-19T19:17:54Z',
    reviewed_at: '2020-10-19T19:17:54Z',
    due_date: null,
    invoiced_date: null,
    executed: false,
    paid: false,
    private: true,
    signature_required: false,
    field_change: false,
    grand_total: '233.0',
    schedule_impact_amount: 0,
    revision: 0,
    reference: null,
    custom_fields: {},
    currency_configuration: { currency_iso_code: 'USD' },
    attachments: [],
  };
}

/** GET /rest/v2.0/companies/{c}/projects/{p}/commitment_change_orders/{id}/line_items. */
export function v2LineItems() {
  return {
    data: [
      {
        id: '188',
        commitment_line_item_id: '177',
        prime_line_item_id: null,
        description: 'Line Item 1',
        uom: null,
        quantity: 0,
        unit_cost: '0.0',
        amount: '233.0',
        extended_type: 'manual',
        wbs_code_id: '1472',
        tax_code_id: null,
        position: 1,
        wbs_code: { id: 1472, flat_code: '01-000.O', description: 'Purpose.Other' },
        work_breakdown_structure: {},
      },
      {
        id: '189',
        commitment_line_item_id: '177',
        prime_line_item_id: null,
        description: 'Line Item 2',
        uom: 'ls',
        quantity: 1,
        unit_cost: '-33.25',
        amount: '-33.25',
        extended_type: 'calculated',
        wbs_code_id: '1472',
        tax_code_id: null,
        position: 2,
      },
    ],
  };
}

/** The cost code and cost type objects of v1.0 line items (and of the ERP event). */
export function costCode() {
  return {
    id: 1472,
    full_code: '01-000',
    name: 'Purpose',
    code: '000',
    origin_id: '800003DD-1600977189|800005FA-1477351439',
    origin_data: null,
    sortable_code: '01-000',
  };
}
export function lineItemType() {
  return {
    id: 47,
    name: 'Other',
    code: 'O',
    base_type: null,
    origin_data: null,
    origin_id: 'std_cat_9_origin_id',
  };
}

/** Keys a v1.0 package line carries beyond the extracted schema (as the ERP event's lines do). */
export const PACKAGE_LINE_EXTENSIONS = ['commitment_line_item_id'] as const;

/** GET /rest/v1.0/change_order_packages/{id}: the CCO with its line items. */
export function v1Package() {
  return {
    id: 3,
    contract_id: 2,
    number: '45',
    title: 'Change order 1',
    description: 'This is a description',
    status: 'approved',
    type: 'CommitmentContractChangeOrder',
    origin_code: 'cco-1',
    origin_id: null,
    origin_data: null,
    created_at: '2020-10-19T19:17:54Z',
    updated_at: '2020-10-19T19:17:54Z',
    deleted_at: null,
    executed: false,
    private: true,
    grand_total: '233.0',
    revision: 0,
    line_items: [
      {
        id: 188,
        commitment_line_item_id: 177,
        position: 1,
        description: 'Line Item 1',
        quantity: 0,
        uom: null,
        total_amount: 233.0,
        extended_amount: 233.0,
        unit_cost: 0,
        cost_code: costCode(),
        line_item_type: lineItemType(),
        markup_line_items: [],
      },
    ],
  };
}

/** GET /rest/v1.0/work_order_contracts/{id}: the commitment, its vendor and project. */
export function v1Commitment() {
  return {
    id: 2,
    number: 'SC-001',
    title: 'WOC 1 (QB)',
    status: 'Approved',
    accounting_method: 'amount',
    grand_total: '250.0',
    executed: false,
    private: true,
    origin_id: '1e32af04-b238-458f-8e35-aab800bcd886',
    origin_code: 'SC-001',
    origin_data: null,
    created_at: '2020-10-19T12:17:31-07:00',
    vendor: { id: 47, company: '90 Minute Courier', origin_id: '800000CD-1389650341', origin_data: null },
    project: { id: 86, name: 'Project A', origin_id: '800003DD-1600977189' },
  };
}
