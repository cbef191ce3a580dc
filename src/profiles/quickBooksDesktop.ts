import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * QuickBooks Desktop.
 * Source: Procore, "Send a CCO to ERP Integrations for Accounting Acceptance" (QuickBooks Desktop):
 * http://support.procore.com/integrations/quickbooks/tutorials/send-a-cco-to-an-accounting-approver-for-export-to-quickbooks
 * (ID 12, title 30, date exported as the Commitment Date, description exported into Memo with no
 * stated limit) and "Export a CCO to QuickBooks" (repeated lines summed).
 * Unconfirmed: the Memo's length (not checked), the change order number setting (assumed), and
 * every line limit; cents are assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: quickBooksDesktop })
 */
export const quickBooksDesktop: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'QuickBooks Desktop',
  changeOrderId: { label: 'ID', maxLength: 12, required: true, fromNumber: true },
  title: { maxLength: 30 },
  description: { target: 'Memo', maxLength: null, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'aggregate',
  lineItemsRequireSingleCategory: false,
};
