import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import type { RuleCode } from '../rules/rules.js';

/**
 * A CCO and the context it is sent in.
 * @example
 * const c: Case = { changeOrder, context };
 */
export interface Case {
  readonly changeOrder: ChangeOrder;
  readonly context: ExportContext;
}

/** A commitment line item id no arbitrary produces, for lines added by a breaker. */
const FRESH = 'breaker-line';

function addLine(c: Case, line: Partial<LineItem>): Case {
  const first = c.changeOrder.lineItems[0];
  const added: LineItem = {
    id: 'breaker',
    commitmentLineItemId: FRESH,
    description: 'Added by a breaker',
    amount: '0.00',
    costCode: first?.costCode ?? { code: '01-100', erpId: '01-100' },
    category: first?.category ?? { code: 'L', erpId: 'L' },
    ...line,
  };
  return { ...c, changeOrder: { ...c.changeOrder, lineItems: [...c.changeOrder.lineItems, added] } };
}

function withCo(c: Case, patch: Partial<ChangeOrder>): Case {
  return { ...c, changeOrder: { ...c.changeOrder, ...patch } };
}

/**
 * For each send rule, a function that takes a sendable case (one that breaks no rule) and returns
 * a case that breaks exactly that rule, once. Used to prove that each rule fires alone.
 * @example
 * const broken = breakers.title_too_long({ changeOrder, context });
 * validateAll(broken.changeOrder, broken.context).map((v) => v.code) //=> ['title_too_long']
 */
export const breakers: { readonly [C in RuleCode]: (sendable: Case) => Case } = {
  project_not_synced: (c) => ({
    ...c,
    context: { ...c.context, project: { ...c.context.project, erpSynced: false } },
  }),
  commitment_not_synced: (c) => withCo(c, { commitment: { id: c.changeOrder.commitment.id } }),
  already_sent: (c) => withCo(c, { erpStatus: 'pending_acceptance' }),
  missing_commitments_admin: (c) => ({
    ...c,
    context: { ...c.context, user: { ...c.context.user, commitments: 'standard' } },
  }),
  missing_change_orders_admin: (c) => ({
    ...c,
    context: { ...c.context, user: { ...c.context.user, changeOrders: 'read_only' } },
  }),
  erp_id_missing: (c) => ({
    changeOrder: { ...c.changeOrder, erpId: ' ' },
    context: { ...c.context, settings: { ...c.context.settings, useChangeOrderNumberAsErpId: false } },
  }),
  // Six code points, twelve UTF-16 units: a counter of units would call it 12.
  erp_id_too_long: (c) => withCo(c, { erpId: '👷👷👷👷👷👷' }),
  title_too_long: (c) => withCo(c, { title: `${c.changeOrder.title}${'é'.repeat(31)}` }),
  vendor_not_linked: (c) => {
    const { erpVendorId: _, ...company } = c.changeOrder.contractCompany;
    return withCo(c, { contractCompany: company });
  },
  not_approved: (c) => withCo(c, { status: 'pending' }),
  no_erp_cost_code: (c) => withCo(c, { lineItems: [] }),
  line_not_erp_coded: (c) => addLine(c, { category: { code: 'X' } }),
  conflicting_line_coding: (c) => {
    const first = c.changeOrder.lineItems[0]!;
    return addLine(c, {
      commitmentLineItemId: first.commitmentLineItemId,
      costCode: { code: '99-999', erpId: '99-999' },
    });
  },
  amount_too_precise: (c) => addLine(c, { amount: '0.001' }),
  amount_too_large: (c) => addLine(c, { amount: '1000000000.00' }),
};
