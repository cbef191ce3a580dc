import type { ErpProfile } from './ErpProfile.js';

/**
 * Sage 300 CRE (formerly Timberline), the default profile.
 * Source: Procore, "Send a CCO to ERP Integrations for Accounting Acceptance" (CCO ID 5, title 30,
 * Scope 1000 truncated); Procore's ERP metadata example for Sage 300 CRE (line amount 9 integer
 * digits and 2 decimals).
 * @example
 * validate(changeOrder, context, { profile: sage300Cre })
 */
export const sage300Cre: ErpProfile = {
  name: 'Sage 300 CRE',
  changeOrderId: { label: 'CCO ID', maxLength: 5, required: true },
  title: { maxLength: 30 },
  description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' },
  amount: { integerDigits: 9, decimals: 2 },
};
