// Rules on the vendor and the change order's status.
import { present } from '../internal/blank.js';
import { quote } from '../text/quote.js';
import { rule, whole } from './rule.js';

export const vendorNotLinked = rule(
  'vendor_not_linked',
  () => 'the contract company has no `erpVendorId`',
  ({ changeOrder, profile }) => {
    const company = changeOrder.contractCompany;
    if (present(company.erpVendorId) !== undefined) return undefined;
    return whole(
      `Contract company ${quote(company.name)} is not linked to a ${profile.name} vendor; link the company to a vendor first.`,
    );
  },
);

/** A status as a message names it: a status word as it is, anything else (a literal never parsed) quoted. */
function statusName(status: unknown): string {
  return typeof status === 'string' && /^[a-z_]{1,20}$/.test(status) ? status : quote(status as string);
}

export const notApproved = rule(
  'not_approved',
  () => 'the status is not `approved`',
  ({ changeOrder }) =>
    changeOrder.status === 'approved'
      ? undefined
      : whole(`Status is ${statusName(changeOrder.status)}; only an approved change order can be sent.`),
);
