// The library calls the command makes for one change order: the rules for `check`, the one export
// path for `map`, whatever the profile. Both go through one `BatchChecker` per run, so that the
// batch rule `duplicate_erp_id` sees every change order of the run (all files, in input order).

import type { ErpExport } from '../export/types.js';
import type { Violation } from '../issues.js';
import type { Commitment } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { err, type Result } from '../result.js';
import type { RuleCode } from '../rules/rules.js';
import { BatchChecker } from '../rules/validateBatch.js';
import { quote } from '../text/quote.js';
import type { Read } from './choices.js';

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

/** A violation as the library reports it for one change order. */
type CcoViolation = Violation<RuleCode | 'unreadable_input'>;

/** What a run checks against besides each change order: the files of `--commitments` and `--vendor-links`. */
export interface RunData {
  /** The commitments read from `file`, when `--commitments` is given. */
  readonly commitments?: { readonly file: string; readonly list: readonly Commitment[] } | undefined;
  /** The vendor links, when `--vendor-links` is given. */
  readonly vendorLinks?: readonly VendorLink[] | undefined;
}

/**
 * The checks of one run: every change order goes through one {@link BatchChecker}, which holds the
 * commitments and vendor links (indexed once) and, per commitment, the ERP change order ids taken so
 * far; a change order taking an id an earlier one of its commitment took is `duplicate_erp_id`.
 * @example
 * const cco = new RunChecks(context, { profile: sage300Cre }, { vendorLinks });
 * cco.check({ changeOrder }, { all: false, rules: 'send' }) //=> [{ code: 'vendor_not_linked', … }]
 */
export class RunChecks {
  private readonly batch: BatchChecker;
  /** The ids of the commitments given, when `--commitments` is. */
  private readonly given: ReadonlySet<string> | undefined;

  constructor(
    context: ExportContext,
    target: Target,
    private readonly data: RunData,
  ) {
    const commitments = data.commitments?.list;
    this.given = commitments === undefined ? undefined : new Set(commitments.map((c) => c.id));
    this.batch = new BatchChecker(context, {
      profile: target.profile,
      commitments,
      vendorLinks: data.vendorLinks,
    });
  }

  /**
   * Why the change order cannot be checked as asked, or `undefined`: `--commitments` is given and
   * neither its file nor the change order's own payload holds the change order's commitment.
   * @example
   * checks.missingCommitment({ changeOrder }) //=> 'The change order is on commitment "2", which is not in --commitments …'
   */
  missingCommitment(read: Read): string | undefined {
    const given = this.data.commitments;
    if (given === undefined || read.commitment !== undefined) return undefined;
    const id = read.changeOrder.commitment.id;
    if (this.given?.has(id) === true) return undefined;
    return `The change order is on commitment ${quote(id)}, which is not in --commitments ${given.file} (${given.list.length} commitment${given.list.length === 1 ? '' : 's'}), so its schedule of values cannot be checked and it is not checked at all. Add the commitment to the file, or leave out --commitments to check without the schedule-of-values rules.`;
  }

  /**
   * The export of one CCO, or every rule it breaks for the export (the first with `all: false`).
   * @example
   * checks.map({ changeOrder }, { all: false }) //=> { ok: true, value: { commitmentId: 'SC-001', … } }
   */
  map(read: Read, options: { readonly all: boolean }): Result<ErpExport, readonly CcoViolation[]> {
    const mapped = this.exported(read);
    if (mapped.ok || options.all) return mapped;
    return err(mapped.error.slice(0, 1));
  }

  /**
   * The rules one CCO breaks, in rule order: the first, or all with `all`; `[]` when it passes. The
   * `export` rules are the mapper's own verdict, so `check` and `map` always agree on them.
   * @example
   * checks.check({ changeOrder }, { all: false, rules: 'send' }) //=> [{ code: 'title_too_long', … }]
   */
  check(read: Read, options: { readonly all: boolean; readonly rules: Rules }): readonly CcoViolation[] {
    let violations: readonly CcoViolation[];
    if (options.rules === 'export') {
      const mapped = this.exported(read);
      violations = mapped.ok ? [] : mapped.error;
    } else {
      violations = this.batch.check(read.changeOrder, { commitment: this.carried(read) });
    }
    return options.all ? violations : violations.slice(0, 1);
  }

  private exported(read: Read): Result<ErpExport, CcoViolation[]> {
    return this.batch.export(read.changeOrder, { commitment: this.carried(read) });
  }

  /**
   * The commitment the change order's own payload carries, when the commitments given do not hold
   * its commitment (they come first).
   */
  private carried(read: Read): Commitment | undefined {
    if (read.commitment === undefined) return undefined;
    return this.given?.has(read.changeOrder.commitment.id) === true ? undefined : read.commitment;
  }
}
