import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * CMiC.
 * Source: this project's domain notes (`Other ERPs`: no CCO ID limit, title 200, the description
 * not exported, the CCO must be posted); not confirmed against a Procore page. Unconfirmed
 * choices: the ID is optional, repeated commitment lines are exported as separate lines (`allow`),
 * the change order number setting does not apply.
 * Not modelled: "the CCO must be posted" (a CMiC state this library does not see).
 * Every line limit is unconfirmed; cents are assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: cmic })
 */
export const cmic: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'CMiC',
  changeOrderId: { label: 'ID', maxLength: null, required: false, fromNumber: false },
  title: { maxLength: 200 },
  description: { target: null, maxLength: null, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'allow',
  lineItemsRequireSingleCategory: false,
};
