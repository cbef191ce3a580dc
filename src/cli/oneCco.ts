// The library calls the command makes for one change order: the rules for `check`, the mapper for
// `map`. Kept apart and small so that the export path can be re-pointed here in a few lines.

import { toErpPayload } from '../erp/toErpPayload.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import type { Result } from '../result.js';
import { validate, validateAll } from '../rules/validate.js';
import { toSage300Payload } from '../sage300/toSage300Payload.js';

/** The ERP a run writes for: its profile and the payload shape it takes. */
export interface Target {
  /** The limits the rules check. */
  readonly profile: ErpProfile;
  /** `sage300`: the Sage 300 CRE payload (`--profile sage300Cre`, the default); `erp`: the generic one. */
  readonly payload: 'sage300' | 'erp';
}

/**
 * Which rules `check` applies: `send`, every rule of Send to ERP (permissions and `already_sent`
 * included); `export`, what acceptance checks before the export (what `map` checks).
 */
export type Rules = 'send' | 'export';

/**
 * The payload of one CCO, or every rule it breaks for the export.
 * @example
 * mapOne(co, context, { profile: sage300Cre, payload: 'sage300' }) //=> { ok: true, value: { payload, notices } }
 */
export function mapOne(
  co: ChangeOrder,
  context: ExportContext,
  target: Target,
): Result<{ readonly payload: unknown; readonly notices: readonly unknown[] }, readonly Violation[]> {
  const { profile } = target;
  return target.payload === 'sage300'
    ? toSage300Payload(co, context, { profile })
    : toErpPayload(co, context, { profile });
}

/**
 * The rules one CCO breaks, in rule order: the first, or all with `all`; `[]` when it passes. The
 * `export` rules are the mapper's own verdict, so `check` and `map` always agree on them.
 * @example
 * checkOne(co, context, target, { all: false, rules: 'send' }) //=> [{ code: 'title_too_long', … }]
 */
export function checkOne(
  co: ChangeOrder,
  context: ExportContext,
  target: Target,
  options: { readonly all: boolean; readonly rules: Rules },
): readonly Violation[] {
  if (options.rules === 'export') {
    const mapped = mapOne(co, context, target);
    if (mapped.ok) return [];
    return options.all ? mapped.error : mapped.error.slice(0, 1);
  }
  const { profile } = target;
  if (options.all) return validateAll(co, context, { profile });
  const first = validate(co, context, { profile });
  return first === undefined ? [] : [first];
}
