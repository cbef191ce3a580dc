import { present } from '../internal/blank.js';
import { refuseThrown } from '../internal/guard.js';
import { proven } from '../internal/invariant.js';
import type { Issue, Path } from '../issues.js';
import { findDuplicateIds, findInvalidDecimals, notLines } from '../lines/checks.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment } from '../model/commitment.js';
import { canonicalText, explainNotDecimal } from '../money/decimalString.js';
import { ExactSum } from '../money/exactSum.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { err, ok, type Result } from '../result.js';
import { quote } from '../text/quote.js';
import { commitmentName } from './commitmentLines.js';

/**
 * One line of the revised schedule of values: a line of the commitment, or a line the approved
 * change orders add (their `commitmentLineItemId` names no line of the SOV passed).
 * @example
 * const line: RevisedSovLine = { commitmentLineItemId: '501', erpId: '1', description: 'Rebar', added: false,
 *   original: '25000.00', approvedChanges: '1250.50', revised: '26250.50', changeOrderIds: ['9001'], lineItemIds: ['11'] };
 */
export interface RevisedSovLine {
  /** The commitment line item: the SOV line's `id`, or what the adding change order lines name. */
  readonly commitmentLineItemId: string;
  /** The SOV line's ERP key, when it has one. */
  readonly erpId?: string;
  /** The SOV line's description, or the first adding change order line's. */
  readonly description: string;
  /** Whether the line is not in the SOV passed: approved change orders add it. */
  readonly added: boolean;
  /** The SOV line's amount (`0.00` for an added line), canonical. */
  readonly original: string;
  /** The exact sum of the approved change orders' modifications of the line. */
  readonly approvedChanges: string;
  /** `original + approvedChanges`, exactly. */
  readonly revised: string;
  /** The approved change orders that changed the line, in input order, each once. */
  readonly changeOrderIds: readonly string[];
  /** The change order lines that changed it, in input order. */
  readonly lineItemIds: readonly string[];
}

/**
 * Something `reviseSov` found that does not stop it: a commitment line revised below zero (unless
 * the profile makes that a violation).
 * @example
 * const n: SovNotice = { code: 'revised_line_negative', message: '…', commitmentLineItemId: '501', revised: '-20.00' };
 */
export interface SovNotice {
  readonly code: 'revised_line_negative';
  readonly message: string;
  /** The commitment line revised below zero. */
  readonly commitmentLineItemId: string;
  /** Its revised amount. */
  readonly revised: string;
}

/**
 * A commitment's schedule of values after its approved change orders: each line's original amount,
 * the exact sum of the approved modifications and the revised amount, and the same three totals.
 * @example
 * const r = reviseSov(commitment, changeOrders);
 * if (r.ok) r.value.revised //=> '26484.50'
 */
export interface RevisedSov {
  /** Procore's id of the commitment. */
  readonly commitmentId: string;
  /** The SOV's lines in SOV order, then the added lines in order of first appearance. */
  readonly lines: readonly RevisedSovLine[];
  /** The sum of the lines' original amounts. */
  readonly original: string;
  /** The sum of every approved modification. */
  readonly approvedChanges: string;
  /** `original + approvedChanges`: also the sum of the lines' revised amounts. */
  readonly revised: string;
  /** The approved change orders counted, in input order. */
  readonly changeOrderIds: readonly string[];
  /** The lines revised below zero, when the profile reports them as notices (the default). */
  readonly notices: readonly SovNotice[];
}

/** The codes of what `reviseSov` refuses. */
type SovCode =
  | 'commitment_mismatch'
  | 'duplicate_change_order'
  | 'duplicate_line_item'
  | 'invalid_decimal'
  | 'revised_line_negative';

/** Up to this many change orders are named in a message. */
const NAMED = 3;

/** A line being revised. */
interface Row {
  readonly commitmentLineItemId: string;
  readonly erpId: string | undefined;
  readonly description: string;
  readonly added: boolean;
  /** The original amount, canonical. */
  readonly original: string;
  /**
   * The original amount as a sum, read from the amount as given: its canonical text may be longer
   * than the 40 characters an amount may have (39 digits gain `.00`), so it is never re-read.
   */
  readonly originalSum: ExactSum;
  readonly changes: ExactSum;
  readonly changeOrderIds: string[];
  readonly lineItemIds: string[];
  /** Where the line is: its SOV line, or the first change order line adding it. */
  readonly path: Path;
}

function sovRows(commitment: Commitment, problems: Issue<SovCode>[]): Map<string, Row> {
  const sov = commitment.sov;
  // What no type stops in JavaScript: the guard reads it as `unreadable_input`.
  if (!Array.isArray(sov)) throw new TypeError('the commitment’s sov must be an array of lines');
  const rows = new Map<string, Row>();
  for (let i = 0; i < sov.length; i++) {
    const line = sov[i]!;
    const path: Path = ['commitment', 'sov', i];
    const first = rows.get(line.id);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate_line_item',
        path: [...path, 'id'],
        message: `The schedule of values names commitment line ${quote(line.id)} twice (lines ${Number(first.path[2]) + 1} and ${i + 1}); its amount would be counted twice.`,
      });
      continue;
    }
    const original = canonicalText(line.amount);
    if (original === undefined) {
      problems.push({
        code: 'invalid_decimal',
        path: [...path, 'amount'],
        message: `Commitment line ${quote(String(line.id))}: ${explainNotDecimal(line.amount, 'the amount')}`,
      });
    }
    const erpId = present(line.erpId);
    const originalSum = new ExactSum();
    // canonicalText read the amount, so the sum takes it: a refusal would be a bug, never input.
    if (original !== undefined && !originalSum.add(line.amount)) proven(undefined, 'invalid_decimal');
    rows.set(line.id, {
      commitmentLineItemId: line.id,
      erpId,
      description: line.description,
      added: false,
      original: original ?? '0.00',
      originalSum,
      changes: new ExactSum(),
      changeOrderIds: [],
      lineItemIds: [],
      path,
    });
  }
  return rows;
}

/** Adds one approved change order's lines to the rows; `false` when its lines cannot be summed. */
function addChangeOrder(
  co: ChangeOrder,
  at: Path,
  rows: Map<string, Row>,
  problems: Issue<SovCode>[],
): boolean {
  const lines = co.lineItems;
  if (!Array.isArray(lines)) throw notLines(lines);
  let refused = false;
  const who = `Change order ${quote(co.id)}`;
  for (const f of findDuplicateIds(lines)) {
    problems.push({ code: 'duplicate_line_item', path: [...at, ...f.path], message: `${who}: ${f.message}` });
    refused = true;
  }
  for (const f of findInvalidDecimals(lines, true)) {
    problems.push({ code: 'invalid_decimal', path: [...at, ...f.path], message: `${who}: ${f.message}` });
    refused = true;
  }
  if (refused) return false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let row = rows.get(line.commitmentLineItemId);
    if (row === undefined) {
      row = {
        commitmentLineItemId: line.commitmentLineItemId,
        erpId: undefined,
        description: line.description,
        added: true,
        original: '0.00',
        originalSum: new ExactSum(),
        changes: new ExactSum(),
        changeOrderIds: [],
        lineItemIds: [],
        path: [...at, 'lineItems', i],
      };
      rows.set(line.commitmentLineItemId, row);
    }
    row.changes.add(line.amount);
    if (row.changeOrderIds.at(-1) !== co.id) row.changeOrderIds.push(co.id);
    row.lineItemIds.push(line.id);
  }
  return true;
}

function revise(
  commitment: Commitment,
  changeOrders: Iterable<ChangeOrder>,
  profile: ErpProfile,
): Result<RevisedSov, Issue<SovCode>[]> {
  const problems: Issue<SovCode>[] = [];
  const rows = sovRows(commitment, problems);
  const counted: string[] = [];
  const countedAt = new Map<string, number>();
  let k = 0;
  for (const co of changeOrders) {
    const at: Path = ['changeOrders', k++];
    if (co.commitment.id !== commitment.id) {
      problems.push({
        code: 'commitment_mismatch',
        path: [...at, 'commitment', 'id'],
        message: `Change order ${quote(co.id)} is on commitment ${quote(co.commitment.id)}, not on ${quote(commitment.id)} (${commitmentName(commitment)}); pass only the commitment's own change orders.`,
      });
      continue;
    }
    // Only approved change orders revise the commitment.
    if (co.status !== 'approved') continue;
    const earlier = countedAt.get(co.id);
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate_change_order',
        path: [...at, 'id'],
        message: `Change order ${quote(co.id)} is given twice (changeOrders[${earlier}] and changeOrders[${at[1]}]); its modifications would be counted twice. Remove the repeat.`,
      });
      continue;
    }
    countedAt.set(co.id, Number(at[1]));
    if (addChangeOrder(co, at, rows, problems)) counted.push(co.id);
  }
  if (problems.length > 0) return err(problems);

  const original = new ExactSum();
  const approvedChanges = new ExactSum();
  const revised = new ExactSum();
  const lines: RevisedSovLine[] = [];
  const negatives: Issue<'revised_line_negative'>[] = [];
  const notices: SovNotice[] = [];
  for (const row of rows.values()) {
    const line = new ExactSum();
    line.addSum(row.originalSum);
    line.addSum(row.changes);
    const revisedLine = line.toString();
    original.addSum(row.originalSum);
    approvedChanges.addSum(row.changes);
    revised.addSum(line);
    lines.push({
      commitmentLineItemId: row.commitmentLineItemId,
      ...(row.erpId === undefined ? {} : { erpId: row.erpId }),
      description: row.description,
      added: row.added,
      original: row.original,
      approvedChanges: row.changes.toString(),
      revised: revisedLine,
      changeOrderIds: row.changeOrderIds,
      lineItemIds: row.lineItemIds,
    });
    if (!revisedLine.startsWith('-')) continue;
    const what = row.description === '' ? '' : ` (${quote(row.description, 40)})`;
    const ids = row.changeOrderIds;
    const by = `${ids
      .slice(0, NAMED)
      .map((id) => quote(id, 20))
      .join(', ')}${ids.length > NAMED ? ` and ${ids.length - NAMED} more` : ''}`;
    const message = `Commitment line ${quote(row.commitmentLineItemId)}${what} is revised below zero: original ${row.original}, approved changes ${row.changes.toString()} (change orders ${by}), revised ${revisedLine}.`;
    if (profile.revisedLineNegative === 'violation') {
      negatives.push({
        code: 'revised_line_negative',
        path: row.path,
        message: `${message} ${profile.name} takes no commitment line below zero; correct the change orders.`,
      });
    } else {
      notices.push({
        code: 'revised_line_negative',
        message: `${message} Check the change orders.`,
        commitmentLineItemId: row.commitmentLineItemId,
        revised: revisedLine,
      });
    }
  }
  if (negatives.length > 0) return err(negatives);
  return ok({
    commitmentId: commitment.id,
    lines,
    original: original.toString(),
    approvedChanges: approvedChanges.toString(),
    revised: revised.toString(),
    changeOrderIds: counted,
    notices,
  });
}

/**
 * The commitment's schedule of values revised by its approved change orders: per SOV line the
 * original amount, the exact sum of the approved modifications (decimal arithmetic, never binary
 * floating point) and the revised amount, with the change order lines that changed it; lines the
 * change orders add (no SOV line has their `commitmentLineItemId`) come after the SOV's own, with
 * an original of `0.00`; then the three totals, where original + approved changes = revised, per
 * line and in total. Change orders that are not `approved` are left out. A line revised below zero
 * is a `revised_line_negative` notice, or refuses the whole (a violation) when the profile's
 * `revisedLineNegative` is `violation`. Refused, rather than summed wrongly: a change order of
 * another commitment (`commitment_mismatch`), an approved change order given twice
 * (`duplicate_change_order`), a repeated line id (`duplicate_line_item`) and an amount that is not a
 * decimal string (`invalid_decimal`). Never throws.
 * @param commitment - The commitment with its schedule of values (its `amount`s are the originals).
 * @param changeOrders - The commitment's change orders, any status, in any iterable (read once).
 * @param options - `{ profile }`: whose `revisedLineNegative` applies (a notice when left out).
 * @returns The revised SOV, or every problem, each with its path (`['changeOrders', k, …]` or
 *   `['commitment', 'sov', i, …]`).
 * @example
 * const r = reviseSov(commitment, [co7, co8]);
 * if (r.ok) r.value.lines[0] //=> { commitmentLineItemId: '501', original: '25000.00', approvedChanges: '1250.50', revised: '26250.50', … }
 */
export function reviseSov(
  commitment: Commitment,
  changeOrders: Iterable<ChangeOrder>,
  options?: { readonly profile?: ErpProfile },
): Result<RevisedSov, Issue<SovCode | 'unreadable_input'>[]> {
  return refuseThrown(() => revise(commitment, changeOrders, options?.profile ?? sage300Cre));
}
