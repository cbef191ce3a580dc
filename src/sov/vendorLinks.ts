// Which ERP vendor a contract company is, when the caller passes vendor links: the link into the
// profile's ERP decides; links into other ERPs only explain why there is none.
import { present } from '../internal/blank.js';
import type { VendorLink } from '../model/vendorLink.js';

/**
 * Vendor links found by company. `validateBatch` builds one map for the whole batch; a single
 * check scans the list.
 */
export interface VendorLinkIndex {
  /** The links of one company, in the order given. */
  of(companyId: string): readonly VendorLink[];
}

/**
 * Indexes vendor links by company: a map when `many` (a batch reads it once per change order),
 * else a scan.
 * @example
 * indexVendorLinks(links, { many: true }).of('47') //=> [{ companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' }]
 */
export function indexVendorLinks(
  links: readonly VendorLink[],
  options: { readonly many: boolean },
): VendorLinkIndex {
  // What no type stops in JavaScript: the entry points' guard reads it as `unreadable_input`.
  if (!Array.isArray(links)) throw new TypeError('vendorLinks must be an array of links');
  if (!options.many) return { of: (companyId) => links.filter((l) => l.companyId === companyId) };
  const byCompany = new Map<string, VendorLink[]>();
  for (const link of links) {
    const list = byCompany.get(link.companyId);
    if (list === undefined) byCompany.set(link.companyId, [link]);
    else list.push(link);
  }
  return { of: (companyId) => byCompany.get(companyId) ?? [] };
}

/**
 * What decides the vendor exported: its ERP id, or none and the links the company holds into
 * other ERPs (for `vendor_linked_elsewhere`).
 */
export interface VendorDecision {
  /** The ERP vendor id exported; `undefined` when the company is not linked into the profile's ERP. */
  readonly id: string | undefined;
  /** When `id` is undefined: the company's links into other ERPs (none when it has none). */
  readonly elsewhere: readonly VendorLink[];
}

/**
 * The vendor of `companyId` in the ERP named `erp`: the first link into that ERP with a vendor id
 * decides; without one, the company's links into other ERPs are returned.
 * @example
 * decideVendor(index, '47', 'Sage 300 CRE') //=> { id: 'ACME', elsewhere: [] }
 */
export function decideVendor(links: VendorLinkIndex, companyId: string, erp: string): VendorDecision {
  const own = links.of(companyId);
  const elsewhere: VendorLink[] = [];
  for (const link of own) {
    const id = present(link.erpVendorId);
    if (id === undefined) continue;
    if (link.erp === erp) return { id, elsewhere: NONE };
    elsewhere.push(link);
  }
  return { id: undefined, elsewhere };
}

/** No links: shared, never written (a frozen empty list). */
export const NONE: readonly VendorLink[] = Object.freeze([]);
