// What a rule is, what it reads, and the helpers the rule files share. Rules return findings; the
// runner (rules.ts) stamps each finding with the rule's own code.

import { at, type Finding, lineName } from '../lines/checks.js';
import type { LineGroup } from '../lines/group.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment, CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import type { ErpProfile, ProfileMessageKey } from '../profiles/ErpProfile.js';
import type { Result } from '../result.js';
import type { CommitmentIndex } from '../sov/commitmentLines.js';
import type { VendorDecision } from '../sov/vendorLinks.js';
import type { DateProblem as ZoneDateProblem } from '../time/zone.js';

export { at, type Finding, lineName };

/** Why a change order has no calendar date to export: its zone's, or a `createdAt` that is no instant. */
export type DateProblem = ZoneDateProblem | 'invalid_instant';

/** What every rule reads. Derived values are computed once, on first use, and shared. */
export interface RuleInput {
  readonly changeOrder: ChangeOrder;
  readonly context: ExportContext;
  readonly profile: ErpProfile;
  /** The change order's lines, checked to be an array (what no type stops in JavaScript). */
  lines(): readonly LineItem[];
  /** The lines grouped by commitment line item (merged when the profile does not allow repeats). */
  groups(): readonly LineGroup[];
  /** The ERP change order id that would be exported (`effectiveErpId`). */
  erpId(): string | undefined;
  /** The creation date in the project's zone, `YYYY-MM-DD`, or why there is none. */
  date(): Result<string, DateProblem>;
  /** The commitment the caller passed (`options.commitment`), whichever it is; `undefined` when none. */
  readonly commitment: Commitment | undefined;
  /**
   * The change order's own commitment, its SOV indexed: the one passed when its id is the change
   * order's `commitment.id`; `undefined` when none was passed or another was (`commitment_mismatch`
   * reports that, and the SOV rules then stay silent).
   */
  ownCommitment(): CommitmentIndex | undefined;
  /**
   * With the change order's own commitment: for each line (by index), the SOV line it modifies, or
   * `undefined` when the SOV has none; looked up once and shared by the rules and the export.
   * `undefined` without the commitment.
   */
  sovLines(): readonly (CommitmentLine | undefined)[] | undefined;
  /** Whether the caller passed vendor links: they, not the company's `erpVendorId`, then decide. */
  readonly linked: boolean;
  /** The contract company's ERP vendor id under the profile, or why there is none. */
  vendor(): VendorDecision;
  /**
   * Who already holds an ERP change order id on this change order's commitment (an earlier change
   * order of the batch, or one exported before), as a message names it, or `undefined` when nobody
   * does; absent when the caller passed no ids and the check is not a batch.
   */
  readonly takenBy: ((erpId: string) => string | undefined) | undefined;
}

/** What a check returns: nothing, one finding, or several. */
export type Findings = Finding | readonly Finding[] | undefined;

/**
 * One business rule, as the public `rules` array describes it: its code, what it checks, and when
 * it fails.
 * @example
 * rules.find((r) => r.code === 'title_too_long')?.failsWhen(sage300Cre)
 * //=> 'the title has more characters than the ERP allows (Sage 300 CRE: 30)'
 */
export interface Rule<C extends string = string> {
  /** The stable code; with the rule's position in `rules`, public contract. */
  readonly code: C;
  /** `changeOrder`: once; `line`: per line item; `aggregatedLine`: per commitment line after summing. */
  readonly scope: 'changeOrder' | 'line' | 'aggregatedLine';
  /** Whether the rule decides who may press Send and when, rather than what is exported. */
  readonly gate: boolean;
  /** When the rule fails, in a sentence, with the limits of `profile` (for `docs/rules.md`). */
  readonly failsWhen: (profile: ErpProfile) => string;
}

/** A rule with its check: what the runner runs. */
export interface RuleDef<C extends string = string> extends Rule<C> {
  readonly check: (input: RuleInput) => Findings;
}

/** A rule on the whole change order. */
export function rule<const C extends string>(
  code: C,
  failsWhen: (profile: ErpProfile) => string,
  check: (input: RuleInput) => Findings,
  options: { readonly scope?: Rule['scope']; readonly gate?: boolean } = {},
): RuleDef<C> {
  return { code, scope: options.scope ?? 'changeOrder', gate: options.gate ?? false, failsWhen, check };
}

/**
 * A rule on each line that only some profiles switch on: `on` says whether `profile` does;
 * `problem` returns the message for a line that breaks it, or `undefined`.
 */
export function lineRule<const C extends string>(
  code: C,
  failsWhen: (profile: ErpProfile) => string,
  on: (profile: ErpProfile) => boolean,
  problem: (line: LineItem, index: number, profile: ErpProfile) => string | undefined,
): RuleDef<C> {
  return rule(
    code,
    failsWhen,
    ({ lines: linesOf, profile }) => {
      if (!on(profile)) return undefined;
      const lines = linesOf();
      let found: Finding[] | undefined;
      for (let i = 0; i < lines.length; i++) {
        const message = problem(lines[i]!, i, profile);
        if (message !== undefined) found = add(found, { path: at(i), message });
      }
      return found;
    },
    { scope: 'line' },
  );
}

/** `found` with `finding` appended; a new list when there was none (most checks find nothing). */
export function add(found: Finding[] | undefined, finding: Finding): Finding[] {
  if (found === undefined) return [finding];
  found.push(finding);
  return found;
}

/** A finding on the whole change order. */
export function whole(message: string): Finding {
  return { path: [], message };
}

/** The profile's own message for a limit (from the ERP's metadata), if it has one. */
export function custom(profile: ErpProfile, key: ProfileMessageKey): string | undefined {
  return profile.messages[key];
}

/** A limit as `failsWhen` quotes it: "(Sage 300 CRE: 30)", or nothing when the profile has none. */
export function limitOf(profile: ErpProfile, value: number | string | null): string {
  return value === null ? '' : ` (${profile.name}: ${value})`;
}
