// Named fixtures and the BigInt-cents oracle, shared by the tests.
import type { ChangeOrder } from '../src/model/changeOrder.js';
import type { ExportContext } from '../src/model/context.js';
import type { LineItem } from '../src/model/lineItem.js';

/** A user who may send, on a synced project in US/Pacific. */
export const sendingContext: ExportContext = {
  user: {
    commitments: 'admin',
    changeOrders: 'admin',
    erpIntegrations: 'standard',
    canPushToAccounting: true,
  },
  project: { erpSynced: true, timeZone: 'US/Pacific' },
  settings: { useChangeOrderNumberAsErpId: false, directExport: false },
};

/** One Sage-coded line on commitment line 501. */
export const rebarLine: LineItem = {
  id: '11',
  commitmentLineItemId: '501',
  description: 'Rebar',
  amount: '1250.50',
  costCode: { code: '03-200', erpId: '03-200' },
  category: { code: 'M', erpId: 'M' },
};

/** A change order that breaks no rule in {@link sendingContext}, with the given changes. */
export function sendable(patch: Partial<ChangeOrder> = {}): ChangeOrder {
  return {
    id: '9001',
    number: '7',
    erpId: 'CO007',
    title: 'Added rebar',
    description: 'Per RFI 42.',
    status: 'approved',
    createdAt: '2024-03-10T07:30:00Z',
    erpStatus: 'not_sent',
    commitment: { id: '2', erpId: 'SC-001' },
    contractCompany: { id: '47', name: 'Acme', erpVendorId: 'ACME' },
    lineItems: [rebarLine],
    ...patch,
  };
}

/** The oracle: an amount with at most two significant decimals as exact cents. */
export function cents(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  // amountArb writes "0.010" at times: decimals beyond two are zeros.
  const c = BigInt(whole! + fraction.replace(/0+$/, '').padEnd(2, '0'));
  return negative ? -c : c;
}
