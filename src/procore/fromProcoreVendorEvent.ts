import { present } from '../internal/blank.js';
import { guard } from '../internal/guard.js';
import { LooseReader, own } from '../internal/looseJson.js';
import type { InputIssue } from '../issues.js';
import type { VendorLink } from '../model/vendorLink.js';
import { parseVendorLink } from '../parse.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { err, type Result } from '../result.js';
import { quote } from '../text/quote.js';
import { eventData, readId, readOrigin } from './internal/read.js';

/** The ERP requests that carry a vendor. */
const REQUEST_NAMES = ['link_vendor', 'create_vendor'] as const;

function readVendorEvent(event: unknown, erp: string): Result<VendorLink, InputIssue[]> {
  const r = new LooseReader('The ERP event');
  const root = r.root(event, 'an object ({ request_name, request_data } or its request_data)');
  const data = eventData(r, root, REQUEST_NAMES, 'a vendor');
  const vendor = r.object(data, 'vendor', { required: true });
  if (vendor === undefined) return err(r.issues);
  const companyId = readId(r, vendor, 'id');
  const erpVendorId = readOrigin(r, vendor, 'origin_id');
  const erpCode = readOrigin(r, vendor, 'origin_code');
  if (r.issues.length > 0) return err(r.issues);
  if (present(erpVendorId) === undefined) {
    const path = [...vendor.path, 'origin_id'];
    const named = typeof own(vendor, 'name') === 'string' ? ` (${quote(own(vendor, 'name') as string)})` : '';
    const code =
      present(erpCode) === undefined
        ? ''
        : ` It has the origin_code ${quote(erpCode ?? '')}, which names it but does not link it.`;
    return err([
      {
        code: 'not_a_link',
        path,
        message: `Vendor ${quote(companyId ?? '')}${named} has no origin_id: it is not linked to a vendor of the ERP yet (a create_vendor event asks the integrator to create it).${code} Wait for its link_vendor event.`,
      },
    ]);
  }
  const link = parseVendorLink({
    companyId,
    erpVendorId,
    erp,
    ...(present(erpCode) === undefined ? {} : { erpCode }),
  });
  return link;
}

/**
 * Reads Procore's ERP event `link_vendor` or `create_vendor` (whole or its `request_data`) into a
 * {@link VendorLink}: `companyId` is the vendor's `id` (what a commitment's `vendor.id` and a CCO's
 * `contractCompany.id` are), `erpVendorId` its `origin_id`, `erpCode` its `origin_code`, and `erp`
 * the profile's `name` (the event does not say which ERP: the connector that receives it does). A
 * vendor without an `origin_id` is not linked, whatever its `origin_code`: the answer is then the
 * issue `not_a_link`, saying why. Never throws.
 * @param event - The event as parsed JSON.
 * @param options - `{ profile }`: the ERP the link belongs to; Sage 300 CRE by default.
 * @returns The link, or why there is none, with paths in the event.
 * @example
 * fromProcoreVendorEvent({ request_name: 'link_vendor', request_data: { vendor: { id: 32, origin_id: 'V-32' }, company_id: 7 } })
 * //=> { ok: true, value: { companyId: '32', erpVendorId: 'V-32', erp: 'Sage 300 CRE' } }
 */
export function fromProcoreVendorEvent(
  event: unknown,
  options?: { readonly profile?: ErpProfile },
): Result<VendorLink, InputIssue[]> {
  return guard('The ERP event', () => readVendorEvent(event, (options?.profile ?? sage300Cre).name));
}
