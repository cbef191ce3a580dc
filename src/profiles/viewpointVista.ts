import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * Viewpoint Vista (Integration by Ryvit).
 * Source: Procore, "Integration by Ryvit: Send a CCO to ERP Integrations for Accounting Acceptance":
 * https://support.procore.com/integrations/integration-by-ryvit/tutorials/send-a-cco-to-erp-integrations-for-accounting-acceptance
 * (ID 30, title 60, date exported as the Original Date, Scope 1000 truncated) and "Export a CCO to
 * Viewpoint Vista" (repeated lines summed).
 * Unconfirmed: whether the change order number setting exists for Vista (assumed, as for Sage), and
 * every line limit; cents are assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: viewpointVista }) // "… Viewpoint Vista allows 60."
 */
export const viewpointVista: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'Viewpoint Vista',
  changeOrderId: { label: 'ID', maxLength: 30, required: true, fromNumber: true },
  title: { maxLength: 60 },
  description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'aggregate',
  lineItemsRequireSingleCategory: false,
};
