import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * Viewpoint Spectrum (Integration by Procore).
 * Source: Procore, "Integration by Procore: Send a CCO to ERP Integrations for Accounting Acceptance":
 * https://support.procore.com/integrations/integration-by-procore/tutorials/send-a-cco-to-erp-integrations-for-accounting-acceptance
 * (ID 12, title 30, date exported as the Commitment Date, description exported into Memo with no
 * stated limit).
 * Unconfirmed (from this project's domain notes, `Other ERPs`, not from a Procore page we could
 * read): repeated commitment lines are refused rather than summed, and all lines must share one
 * cost type. The change order number setting is assumed. Every line limit is unconfirmed; cents
 * are assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: spectrum }) // mixed cost types → 'mixed_categories'
 */
export const spectrum: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'Spectrum',
  labels: { costCode: 'cost code', category: 'cost type' },
  changeOrderId: { label: 'ID', maxLength: 12, required: true, fromNumber: true },
  title: { maxLength: 30 },
  description: { target: 'Memo', maxLength: null, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'reject',
  lineItemsRequireSingleCategory: true,
};
