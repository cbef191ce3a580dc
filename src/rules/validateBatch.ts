import { exportWith } from '../export/exportChangeOrder.js';
import type { ErpExport } from '../export/types.js';
import { present } from '../internal/blank.js';
import { refuseThrown, unreadable } from '../internal/guard.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import type { Result } from '../result.js';
import { type CommitmentIndex, indexCommitment } from '../sov/commitmentLines.js';
import { indexVendorLinks, type VendorLinkIndex } from '../sov/vendorLinks.js';
import { quote } from '../text/quote.js';
import { effectiveErpId } from './effectiveErpId.js';
import { EXPORTED, type RuleCode, type RuleOptions, ruleInput, runRules } from './rules.js';

/**
 * What `validateBatch` checks a batch against: the profile, and when the caller has them, the
 * commitments (each change order is checked against the one whose `id` is its `commitment.id`), the
 * vendor links, and the ERP change order ids already exported, per commitment.
 * @example
 * const options: BatchOptions = { commitments, vendorLinks, exportedErpIds: { '2': ['CO001', 'CO002'] } };
 */
export interface BatchOptions {
  /** The ERP's limits; Sage 300 CRE when omitted. */
  readonly profile?: ErpProfile;
  /**
   * The commitments, with their schedules of values (read once, indexed by `id`; the first of two
   * with one id counts). A change order whose commitment is not among them is checked without one.
   */
  readonly commitments?: Iterable<Commitment> | undefined;
  /** Links from companies to ERP vendors, as `ValidateOptions.vendorLinks` (indexed once). */
  readonly vendorLinks?: readonly VendorLink[] | undefined;
  /**
   * The ERP change order ids already exported, by Procore commitment id (a change order's
   * `commitment.id`): a change order of the batch with one of them is `duplicate_erp_id`.
   */
  readonly exportedErpIds?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** Who holds a taken ERP id, as the `duplicate_erp_id` message names it. */
function holderName(holder: string | null | undefined): string | undefined {
  if (holder === undefined) return undefined;
  return holder === null ? EXPORTED : `change order ${quote(holder, 40)}, earlier in the batch`;
}

/** What a batch reports per change order: its violations, as `validateAll`. */
type BatchViolation = Violation<RuleCode | 'unreadable_input'>;

/**
 * A batch being checked, one change order at a time: the state kept is the commitments and links
 * indexed once, and, per commitment, the ERP change order ids taken so far (by the batch or an
 * earlier export) with who took each. Nothing else: a change order is not held once checked. The
 * CLI drives one per run; {@link validateBatch} is the iterable form.
 */
export class BatchChecker {
  private readonly profile: ErpProfile;
  private readonly commitments: ReadonlyMap<string, CommitmentIndex>;
  private readonly links: VendorLinkIndex | undefined;
  /**
   * Per commitment id, each ERP id taken and who holds it: the change order's id, or `null` for an
   * id exported before the batch. The id itself, not a message about it: a message per pair would
   * triple the memory a run of a million change orders keeps (about 230 B a pair against 76).
   */
  private readonly taken = new Map<string, Map<string, string | null>>();

  /** Throws what hostile options throw: {@link validateBatch} guards. */
  constructor(
    private readonly context: ExportContext,
    options: BatchOptions | undefined,
  ) {
    this.profile = options?.profile ?? sage300Cre;
    const commitments = new Map<string, CommitmentIndex>();
    for (const commitment of options?.commitments ?? []) {
      if (!commitments.has(commitment.id)) commitments.set(commitment.id, indexCommitment(commitment));
    }
    this.commitments = commitments;
    const links = options?.vendorLinks;
    // Stryker disable next-line BooleanLiteral,ObjectLiteral: `many` picks a map over a scan per change order; the links found are the same
    this.links = links === undefined ? undefined : indexVendorLinks(links, { many: true });
    const exported = options?.exportedErpIds ?? {};
    for (const commitmentId of Object.keys(exported)) {
      // Stryker disable next-line ArrayDeclaration: the ids of a list that is not there are never asked for
      for (const id of exported[commitmentId] ?? []) this.take(commitmentId, present(id), null);
    }
  }

  /** Records `erpId` (none when blank) as taken on the commitment, unless it is already. */
  private take(commitmentId: string, erpId: string | undefined, holder: string | null): void {
    // Stryker disable next-line ConditionalExpression: an undefined key would never be asked for (takenBy gets set ids only), but it is not kept
    if (erpId === undefined) return;
    let ids = this.taken.get(commitmentId);
    if (ids === undefined) {
      ids = new Map();
      this.taken.set(commitmentId, ids);
    }
    if (!ids.has(erpId)) ids.set(erpId, holder);
  }

  /**
   * The rule options of one change order: its commitment (`own`, else the batch's of its id), the
   * links, the ids taken before it.
   */
  private options(changeOrder: ChangeOrder, own: Commitment | undefined): RuleOptions {
    const commitmentId = changeOrder.commitment.id;
    const ids = this.taken.get(commitmentId);
    return {
      profile: this.profile,
      commitment: own === undefined ? this.commitments.get(commitmentId) : indexCommitment(own),
      vendorLinks: this.links,
      takenBy: ids === undefined ? undefined : (erpId) => holderName(ids.get(erpId)),
    };
  }

  /** Records the change order's effective ERP id as taken on its commitment. */
  private record(changeOrder: ChangeOrder): void {
    const erpId = effectiveErpId(changeOrder, this.context, this.profile);
    this.take(changeOrder.commitment.id, erpId, String(changeOrder.id));
  }

  /**
   * The next change order's violations for Send to ERP, as `validateAll` with the batch rule
   * `duplicate_erp_id`. Never throws: a change order that cannot be read is `unreadable_input`.
   * @param changeOrder - The next change order.
   * @param own - Its own commitment (one its payload carries), instead of the batch's of its id.
   */
  check(changeOrder: ChangeOrder, own?: { readonly commitment?: Commitment | undefined }): BatchViolation[] {
    try {
      const options = this.options(changeOrder, own?.commitment);
      const violations = runRules(ruleInput(changeOrder, this.context, options), {
        first: false,
        gates: true,
      });
      this.record(changeOrder);
      return violations;
    } catch (cause) {
      return [unreadable(cause)];
    }
  }

  /**
   * The next change order's export, as `exportChangeOrder` with the batch rule `duplicate_erp_id`.
   * Never throws.
   * @param changeOrder - The next change order.
   * @param own - Its own commitment (one its payload carries), instead of the batch's of its id.
   */
  export(
    changeOrder: ChangeOrder,
    own?: { readonly commitment?: Commitment | undefined },
  ): Result<ErpExport, BatchViolation[]> {
    return refuseThrown(() => {
      const exported = exportWith(changeOrder, this.context, this.options(changeOrder, own?.commitment));
      this.record(changeOrder);
      return exported;
    });
  }
}

/**
 * Checks a batch of change orders for Send to ERP: one result per change order, in input order,
 * each what `validateAll` returns with the same options (its commitment from `commitments`, the
 * vendor links), plus the cross-change-order rule `duplicate_erp_id`: a change order whose
 * effective ERP CCO ID an earlier change order of the same commitment in the batch has, or one
 * already exported to it (`exportedErpIds`); the ERP takes a change order ID once per commitment.
 * The later change order is the one reported. Lazy and streaming: `changeOrders` is read once, one
 * change order per result, and none is held after its result; memory grows only with the number of
 * distinct (commitment, ERP ID) pairs (and the commitments and links passed, indexed once). Never
 * throws: a change order that cannot be read is `[unreadable_input]` (every one, when the options
 * cannot be read), and so is the last result when the iterable itself throws (none follows it).
 * @param changeOrders - Any iterable: an array, or a generator reading a file.
 * @param context - As for `validateAll`.
 * @param options - `{ profile, commitments, vendorLinks, exportedErpIds }`.
 * @returns An iterable of one `Violation[]` per change order (`[]` when it may be sent).
 * @example
 * for (const violations of validateBatch(changeOrders, context, { commitments, exportedErpIds: { '2': ['CO001'] } }))
 *   if (violations.length > 0) console.error(formatIssues(violations));
 * [...validateBatch([co, { ...co, id: '9002' }], context)][1][0]?.code //=> 'duplicate_erp_id'
 */
export function* validateBatch(
  changeOrders: Iterable<ChangeOrder>,
  context: ExportContext,
  options?: BatchOptions,
): Generator<BatchViolation[], void, undefined> {
  let check: (changeOrder: ChangeOrder) => BatchViolation[];
  try {
    const batch = new BatchChecker(context, options);
    check = (changeOrder) => batch.check(changeOrder);
  } catch (cause) {
    // Options that cannot be read refuse every change order.
    const refused = unreadable(cause);
    check = () => [refused];
  }
  let iterator: Iterator<ChangeOrder>;
  try {
    // A string is iterable too, by characters: what no type stops in JavaScript.
    if (typeof changeOrders === 'string')
      throw new TypeError('changeOrders must be change orders, not a string');
    iterator = changeOrders[Symbol.iterator]();
  } catch (cause) {
    yield [unreadable(cause)];
    return;
  }
  for (;;) {
    let next: ChangeOrder;
    try {
      const step = iterator.next();
      if (step.done === true) return;
      next = step.value;
    } catch (cause) {
      yield [unreadable(cause)];
      return;
    }
    yield check(next);
  }
}
