import { InternalError } from './guard.js';

/**
 * A value the rules have already proven present (the export runs only when no rule fails). A
 * missing one is a bug in cco-erp, never bad input, so it throws; the CLI reports it per record.
 * @example
 * const vendorId = proven(present(co.contractCompany.erpVendorId), 'vendor_not_linked');
 */
export function proven<T>(value: T | undefined, rule: string): T {
  // Stryker disable next-line all: unreachable while the rules hold; a test runs it directly.
  if (value === undefined)
    throw new InternalError(`[cco-erp] internal error: ${rule} passed but the value it proves is missing`);
  return value;
}
