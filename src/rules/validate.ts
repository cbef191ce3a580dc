import { unreadable } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { type RuleCode, ruleInput, ruleOptions, runRules } from './rules.js';

/**
 * What the rules check against, besides the change order and the context: the ERP profile (Sage
 * 300 CRE when left out) and, when the caller has them, the change order's commitment with its
 * schedule of values and the vendor links. A rule that needs data the caller did not pass never
 * fails: without `commitment` and `vendorLinks` the results are those of 0.2 without them. Taken by
 * `validate`, `validateAll`, `exportChangeOrder` and the workflow.
 * @example
 * validate(co, context, { profile: builtInProfiles.viewpointVista });
 * validate(co, context, { commitment, vendorLinks, exportedErpIds: ['CO001'] }); // the SOV, vendor and ID rules too
 */
export interface ValidateOptions {
  /** The ERP's limits; Sage 300 CRE when omitted. */
  readonly profile?: ErpProfile;
  /**
   * The change order's commitment with its schedule of values: checks `commitment_mismatch`,
   * `commitment_line_not_found`, `commitment_line_not_synced`, `line_coding_mismatch` and
   * `vendor_mismatch`, and `commitment_not_synced` reads its `erpId` too; the export then carries
   * `commitmentErpId` and each line's `commitmentLineErpId`.
   */
  readonly commitment?: Commitment | undefined;
  /**
   * Links from companies to ERP vendors: the link of the contract company into the profile's ERP
   * (`erp` equal to the profile's `name`) then decides `vendor_not_linked` and the exported
   * `vendorId`, not the company's own `erpVendorId`; links only into other ERPs are
   * `vendor_linked_elsewhere`.
   */
  readonly vendorLinks?: readonly VendorLink[] | undefined;
  /**
   * The ERP change order ids already exported to the change order's commitment: one of them as the
   * change order's effective ERP id is `duplicate_erp_id` (the ERP takes an ID once per commitment).
   * For many change orders at once, see `validateBatch`.
   */
  readonly exportedErpIds?: readonly string[] | undefined;
}

/**
 * The first rule a change order breaks for Send to ERP, in the order of `docs/rules.md`, or
 * `undefined` when it may be sent.
 * @param changeOrder - The CCO, as read by `parseChangeOrder` (or a literal: values a type cannot
 *   check, such as a time zone or an amount's text, are checked by the rules).
 * @param context - Who sends, on which project, under which settings.
 * @param options - `{ profile, commitment, vendorLinks, exportedErpIds }`: Sage 300 CRE by default;
 *   the others switch on the rules that need them.
 * @returns The first {@link Violation}, or `undefined`. Never throws: an input that cannot be read
 *   (a throwing getter, a revoked proxy) is the violation `unreadable_input`.
 * @example
 * validate({ ...co, title: 'Additional rebar at levels 3 to 7' }, context)
 * //=> { code: 'title_too_long', path: [], message: 'Title is 33 characters; Sage 300 CRE allows 30.' }
 */
export function validate(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions,
): Violation<RuleCode | 'unreadable_input'> | undefined {
  try {
    const input = ruleInput(changeOrder, context, ruleOptions(options));
    return runRules(input, { first: true, gates: true })[0];
  } catch (cause) {
    return unreadable(cause);
  }
}

/**
 * Every rule a change order breaks for Send to ERP, in rule order (per-line rules in line order);
 * `[]` when it may be sent. `validate(co, ctx)` is always `validateAll(co, ctx)[0]`.
 * @example
 * validateAll(co, context).map((v) => v.code) //=> ['vendor_not_linked', 'not_approved']
 */
export function validateAll(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options?: ValidateOptions,
): Violation<RuleCode | 'unreadable_input'>[] {
  try {
    const input = ruleInput(changeOrder, context, ruleOptions(options));
    return runRules(input, { first: false, gates: true });
  } catch (cause) {
    return [unreadable(cause)];
  }
}
