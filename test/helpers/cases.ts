// A case (a change order, its context, and the commitment, vendor links and exported ids the new
// rules read) checked the way a caller would, and sendable cases with or without that data.
import fc from 'fast-check';
import type { Violation } from '../../src/issues.js';
import type { ErpProfile } from '../../src/profiles/ErpProfile.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { validate, validateAll } from '../../src/rules/validate.js';
import {
  commitmentArb,
  sendableChangeOrderArb,
  sendingContextArb,
  vendorLinkArb,
} from '../../src/testing/arbitraries.js';
import type { Case } from '../../src/testing/breakers.js';

/** Every violation of a case: `validateAll` with its data. */
export function caseViolations(c: Case, profile: ErpProfile = sage300Cre): Violation[] {
  const { changeOrder, context, commitment, vendorLinks, exportedErpIds } = c;
  return validateAll(changeOrder, context, { profile, commitment, vendorLinks, exportedErpIds });
}

/** The first violation of a case, as `validate` reports it. */
export function caseFirst(c: Case, profile: ErpProfile = sage300Cre): Violation | undefined {
  const { changeOrder, context, commitment, vendorLinks, exportedErpIds } = c;
  return validate(changeOrder, context, { profile, commitment, vendorLinks, exportedErpIds });
}

/**
 * Cases that break no rule under `profile`: a sendable change order and context, sometimes with its
 * own commitment, sometimes with vendor links (its company's link into the profile's ERP, among
 * others), sometimes with ids exported before (never its own).
 */
export function sendableCaseArb(profile?: ErpProfile): fc.Arbitrary<Case> {
  const cos = profile === undefined ? sendableChangeOrderArb() : sendableChangeOrderArb({ profile });
  return fc.tuple(cos, sendingContextArb()).chain(([changeOrder, context]) =>
    fc
      .record({
        commitment: fc.option(commitmentArb({ changeOrder }), { nil: undefined }),
        vendorLinks: fc.option(
          fc
            .tuple(
              vendorLinkArb({ changeOrder, ...(profile === undefined ? {} : { profile }) }),
              fc.array(vendorLinkArb(), { maxLength: 3 }),
            )
            .chain(([own, others]) =>
              fc.shuffledSubarray([own, ...others], { minLength: others.length + 1 }),
            ),
          { nil: undefined },
        ),
        exportedErpIds: fc.option(fc.array(fc.stringMatching(/^EXP-[0-9]{1,3}$/), { maxLength: 3 }), {
          nil: undefined,
        }),
      })
      .map(({ commitment, vendorLinks, exportedErpIds }) => ({
        changeOrder,
        context,
        ...(commitment === undefined ? {} : { commitment }),
        ...(vendorLinks === undefined ? {} : { vendorLinks }),
        ...(exportedErpIds === undefined ? {} : { exportedErpIds }),
      })),
  );
}
