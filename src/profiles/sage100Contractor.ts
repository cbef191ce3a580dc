import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * Sage 100 Contractor.
 * Source: Procore, "Send a CCO to ERP Integrations for Accounting Acceptance" (Sage 100 Contractor):
 * https://support.procore.com/tc/procore/Legacy/ERP_Archives/Legacy-Sage-100-Tutorials/send-a-cco-to-erp-integrations-for-accounting-acceptance
 * (ID 12, title 30, date exported as the Commitment Date, Scope 1000 truncated, the change order
 * number setting) and "Export a CCO to Sage 100 Contractor" (repeated lines summed).
 * Unconfirmed: every line limit (amount digits, quantity, unit cost, unit of measure); cents are
 * assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: sage100Contractor })
 */
export const sage100Contractor: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'Sage 100 Contractor',
  changeOrderId: { label: 'ID', maxLength: 12, required: true, fromNumber: true },
  title: { maxLength: 30 },
  description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'aggregate',
  lineItemsRequireSingleCategory: false,
};
