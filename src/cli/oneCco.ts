// The library calls the command makes for one change order: the rules for `check`, the one export
// path (`exportChangeOrder`) for `map`, whatever the profile.

import { exportChangeOrder } from '../export/exportChangeOrder.js';
import type { ErpExport } from '../export/types.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import type { Result } from '../result.js';
import { validate, validateAll } from '../rules/validate.js';

/** The ERP a run writes for: its profile (the export is the same shape for every ERP). */
export interface Target {
  /** The limits the rules check and the export follows. */
  readonly profile: ErpProfile;
}

/**
 * Which rules `check` applies: `send`, every rule of Send to ERP (permissions and `already_sent`
 * included); `export`, what acceptance checks before the export (what `map` checks).
 */
export type Rules = 'send' | 'export';

/**
 * The export of one CCO, or every rule it breaks for the export.
 * @example
 * mapOne(co, context, { profile: sage300Cre }) //=> { ok: true, value: { commitmentId: 'SC-001', … } }
 */
export function mapOne(
  co: ChangeOrder,
  context: ExportContext,
  target: Target,
): Result<ErpExport, readonly Violation[]> {
  return exportChangeOrder(co, context, { profile: target.profile });
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
