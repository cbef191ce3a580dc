// Rules on the vendor and the change order's status.
import { commitmentName } from '../sov/commitmentLines.js';
import { quote } from '../text/quote.js';
import { rule, whole } from './rule.js';

export const vendorMismatch = rule(
  'vendor_mismatch',
  () => "a commitment is passed and the contract company is not the commitment's vendor (`vendorId`)",
  ({ changeOrder, ownCommitment }) => {
    const own = ownCommitment();
    const company = changeOrder.contractCompany;
    if (own === undefined || company.id === own.commitment.vendorId) return undefined;
    return {
      path: ['contractCompany', 'id'],
      message: `Contract company ${quote(company.name)} (id ${quote(company.id)}) is not the vendor of commitment ${commitmentName(own.commitment)} (company ${quote(own.commitment.vendorId)}); a change order's contract company is its commitment's vendor.`,
    };
  },
);

export const vendorNotLinked = rule(
  'vendor_not_linked',
  () =>
    "the contract company has no `erpVendorId`; when vendor links are passed, instead: the company has no link into any ERP (the link into the profile's ERP decides, not `erpVendorId`)",
  ({ changeOrder, profile, linked, vendor }) => {
    const company = changeOrder.contractCompany;
    // Without links the decision is the company's erpVendorId. Links only into other ERPs are
    // vendor_linked_elsewhere's business.
    const decision = vendor();
    if (decision.id !== undefined || decision.elsewhere.length > 0) return undefined;
    return whole(
      linked
        ? `Contract company ${quote(company.name)} (id ${quote(company.id)}) has no link to a ${profile.name} vendor among the vendor links; link the company to a vendor first.`
        : `Contract company ${quote(company.name)} is not linked to a ${profile.name} vendor; link the company to a vendor first.`,
    );
  },
);

/** Up to this many links into other ERPs are named in a message. */
const NAMED_LINKS = 3;

export const vendorLinkedElsewhere = rule(
  'vendor_linked_elsewhere',
  () =>
    "vendor links are passed and the contract company's only links are into other ERPs (their `erp` is not the profile's `name`)",
  ({ changeOrder, profile, vendor }) => {
    // Without links, or with one into the profile's ERP, nothing is elsewhere.
    const { elsewhere } = vendor();
    if (elsewhere.length === 0) return undefined;
    const company = changeOrder.contractCompany;
    const named = elsewhere
      .slice(0, NAMED_LINKS)
      .map((l) => `${quote(l.erp, 40)} vendor ${quote(l.erpVendorId, 40)}`)
      .join(', ');
    const more = elsewhere.length > NAMED_LINKS ? ` and ${elsewhere.length - NAMED_LINKS} more` : '';
    return whole(
      `Contract company ${quote(company.name)} is linked only to vendors of other ERPs (${named}${more}), not to a ${profile.name} vendor; link the company to a ${profile.name} vendor.`,
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
