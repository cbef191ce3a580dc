import * as z from 'zod';

/**
 * A link from a Procore company to a vendor of one ERP: the company is that ERP's vendor
 * `erpVendorId`. A company may hold links into several ERPs; `erp` is the `name` of the profile
 * the link belongs to (`"Sage 300 CRE"`), so only the link into the profile's ERP counts when a
 * change order is checked or exported. A blank `erpVendorId` links nothing and is refused: a vendor
 * with an `origin_code` but no `origin_id` is not linked.
 * @example
 * VendorLinkSchema.parse({ companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' })
 */
export const VendorLinkSchema = z.object({
  /** Procore's id of the company (a CCO's `contractCompany.id`, a commitment's `vendorId`). */
  companyId: z.string().min(1),
  /** The vendor's key in the ERP (Procore's `origin_id`): what the export carries as `vendorId`. */
  erpVendorId: z.string().refine((id) => id.trim() !== '', {
    params: { code: 'not_a_link' },
    error:
      'erpVendorId is blank; a link needs the ERP vendor id (a vendor with an origin_code but no origin_id is not linked).',
  }),
  /** The ERP the link belongs to: the `name` of its profile, such as `"Sage 300 CRE"`. */
  erp: z.string().min(1),
  /** The vendor's code as people see it in the ERP (Procore's `origin_code`). */
  erpCode: z.string().optional(),
});
/**
 * A link from a Procore company to an ERP vendor.
 * @example
 * const link: VendorLink = { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' };
 */
export type VendorLink = z.infer<typeof VendorLinkSchema>;
