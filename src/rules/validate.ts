import { unreadable } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { type RuleCode, ruleInput, runRules } from './rules.js';

/**
 * What the rules check against, besides the change order and the context: the ERP profile (Sage
 * 300 CRE when left out). Taken by `validate`, `validateAll`, `exportChangeOrder` and the workflow.
 * @example
 * validate(co, context, { profile: builtInProfiles.viewpointVista });
 */
export interface ValidateOptions {
  /** The ERP's limits; Sage 300 CRE when omitted. */
  readonly profile?: ErpProfile;
}

/**
 * The first rule a change order breaks for Send to ERP, in the order of `docs/rules.md`, or
 * `undefined` when it may be sent.
 * @param changeOrder - The CCO, as read by `parseChangeOrder` (or a literal: values a type cannot
 *   check, such as a time zone or an amount's text, are checked by the rules).
 * @param context - Who sends, on which project, under which settings.
 * @param options - `{ profile }`, Sage 300 CRE by default.
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
    const input = ruleInput(changeOrder, context, options?.profile ?? sage300Cre);
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
    const input = ruleInput(changeOrder, context, options?.profile ?? sage300Cre);
    return runRules(input, { first: false, gates: true });
  } catch (cause) {
    return [unreadable(cause)];
  }
}
