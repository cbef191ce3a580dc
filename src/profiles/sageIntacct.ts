import type { ErpProfile } from './ErpProfile.js';
import { UNCONFIRMED_DEFAULTS } from './unconfirmedDefaults.js';

/**
 * Sage Intacct.
 * Source: this project's domain notes (`Other ERPs`: no CCO ID limit, title 35, description into
 * Description with at most 400 characters, a due date required); not confirmed against a Procore
 * page. Unconfirmed choices: the ID is optional (Intacct numbers the change order itself), a longer
 * description is refused (`block`: nothing says it is truncated), repeated commitment lines are
 * exported as separate lines (`allow`), the change order number setting does not apply.
 * Not modelled: the required due date (a change order carries no due date in this library).
 * Every line limit is unconfirmed; cents are assumed for the amount and nothing else is checked.
 * @example
 * validate(changeOrder, context, { profile: sageIntacct }) // 401 characters → 'description_too_long'
 */
export const sageIntacct: ErpProfile = {
  ...UNCONFIRMED_DEFAULTS,
  name: 'Sage Intacct',
  changeOrderId: { label: 'ID', maxLength: null, required: false, fromNumber: false },
  title: { maxLength: 35 },
  description: { target: 'Description', maxLength: 400, onOverflow: 'block' },
  date: { exported: true },
  repeatedLines: 'allow',
  lineItemsRequireSingleCategory: false,
};
