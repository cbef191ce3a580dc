import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * Xero.
 * Source: this project's domain notes (`Other ERPs`: CCO ID 255, title 255, the description not
 * exported, the date not exported); not confirmed against a Procore page. Unconfirmed choices:
 * the ID is required, repeated commitment lines are exported as separate lines (`allow`), the
 * change order number setting applies.
 * Every line limit is unconfirmed; cents are assumed for the amount and nothing else is checked.
 * @example
 * toErpPayload(changeOrder, context, { profile: xero }) // no `date`, no `description`
 */
export const xero: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'Xero',
  changeOrderId: { label: 'ID', maxLength: 255, required: true, fromNumber: true },
  title: { maxLength: 255 },
  description: { target: null, maxLength: null, onOverflow: 'truncate' },
  date: { exported: false },
  repeatedLines: 'allow',
  lineItemsRequireSingleCategory: false,
};
