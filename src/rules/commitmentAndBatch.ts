// Rules that need data the caller passes besides the change order: its commitment with the
// schedule of values (`options.commitment`), and the ERP ids already taken on the commitment
// (`validateBatch`). Without that data they never fail.
import { present } from '../internal/blank.js';
import type { ErpCode } from '../model/lineItem.js';
import { commitmentName } from '../sov/commitmentLines.js';
import { quote } from '../text/quote.js';
import { add, at, type Finding, lineName, rule, whole } from './rule.js';

export const commitmentMismatch = rule(
  'commitment_mismatch',
  () => "a commitment is passed and it is not the change order's (`commitment.id` differs)",
  ({ changeOrder, commitment }) => {
    if (commitment === undefined || commitment.id === changeOrder.commitment.id) return undefined;
    return {
      path: ['commitment', 'id'],
      message: `The change order is on commitment ${quote(changeOrder.commitment.id)}, but the commitment given is ${quote(commitment.id)}${present(commitment.number) === undefined ? '' : ` (${commitmentName(commitment)})`}; pass the change order's own commitment.`,
    };
  },
);

export const duplicateErpId = rule(
  'duplicate_erp_id',
  (p) =>
    `another change order of the same commitment, already exported (\`exportedErpIds\`) or earlier in the batch (\`validateBatch\`), has the same effective ERP CCO ID: ${p.name} takes an ID once per commitment`,
  ({ changeOrder, profile, erpId, takenBy }) => {
    if (takenBy === undefined) return undefined;
    const id = erpId();
    if (id === undefined) return undefined;
    const holder = takenBy(id);
    if (holder === undefined) return undefined;
    return whole(
      `${profile.changeOrderId.label} ${quote(id)} is already taken on commitment ${quote(present(changeOrder.commitment.erpId) ?? changeOrder.commitment.id)} by ${holder}; ${profile.name} takes a change order ID once per commitment. Type another.`,
    );
  },
);

export const commitmentLineNotFound = rule(
  'commitment_line_not_found',
  () => "a commitment is passed and a line's `commitmentLineItemId` names no line of its schedule of values",
  ({ lines: linesOf, ownCommitment, sovLines }) => {
    const own = ownCommitment();
    const sov = sovLines();
    // Stryker disable next-line ConditionalExpression,LogicalOperator: sovLines() is undefined exactly when ownCommitment() is; both are tested for the type checker
    if (own === undefined || sov === undefined) return undefined;
    const lines = linesOf();
    let found: Finding[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      if (sov[i] !== undefined) continue;
      const line = lines[i]!;
      found = add(found, {
        path: [...at(i), 'commitmentLineItemId'],
        message: `${lineName(line, i)} modifies commitment line ${quote(line.commitmentLineItemId)}, which is not in the schedule of values of commitment ${commitmentName(own.commitment)} (${own.commitment.sov.length} lines); point the line at one of them, or pass the commitment's current schedule of values.`,
      });
    }
    return found;
  },
  { scope: 'line' },
);

export const commitmentLineNotSynced = rule(
  'commitment_line_not_synced',
  () =>
    'a commitment is passed and the SOV line a line modifies has no `erpId`: the ERP could not tell which of its lines changes',
  ({ lines: linesOf, sovLines, profile }) => {
    const sov = sovLines();
    if (sov === undefined) return undefined;
    const lines = linesOf();
    let found: Finding[] | undefined;
    // Stryker disable next-line EqualityOperator: sov[lines.length] is undefined and skipped
    for (let i = 0; i < lines.length; i++) {
      const sovLine = sov[i];
      // A line not in the SOV is commitment_line_not_found's business.
      if (sovLine === undefined || present(sovLine.erpId) !== undefined) continue;
      const line = lines[i]!;
      const what = sovLine.description === '' ? '' : ` (${quote(sovLine.description, 40)})`;
      found = add(found, {
        path: at(i),
        message: `${lineName(line, i)} modifies commitment line ${quote(sovLine.id)}${what}, which is not synced with ${profile.name} (it has no ERP key); sync the commitment's schedule of values first.`,
      });
    }
    return found;
  },
  { scope: 'line' },
);

/**
 * A CCO line's code and its SOV line's when they differ: another `code`, or another ERP id where
 * both have one. A code the SOV line does not set constrains nothing; a code the CCO line lacks is
 * `line_not_erp_coded`'s business.
 */
function differing(line: ErpCode | undefined, sov: ErpCode | undefined): [ErpCode, ErpCode] | undefined {
  if (line === undefined || sov === undefined) return undefined;
  if (line.code !== sov.code) return [line, sov];
  const a = present(line.erpId);
  const b = present(sov.erpId);
  return a !== undefined && b !== undefined && a !== b ? [line, sov] : undefined;
}

/**
 * A code as a message names it: `"03-200"`, or `"03-200" (ERP id "X")` when the codes agree (and
 * so, as `differing` found, both ERP ids are set and differ).
 */
function codeName(code: ErpCode, other: ErpCode): string {
  return code.code === other.code
    ? `${quote(code.code)} (ERP id ${quote(String(code.erpId))})`
    : quote(code.code);
}

export const lineCodingMismatch = rule(
  'line_coding_mismatch',
  () =>
    "a commitment is passed and the cost code or category exported for a commitment line (its first line's) differs from the SOV line's (the other lines on it must match the first: `conflicting_line_coding`)",
  ({ lines: linesOf, groups, sovLines, profile }) => {
    const sov = sovLines();
    if (sov === undefined) return undefined;
    const lines = linesOf();
    let found: Finding[] | undefined;
    for (const group of groups()) {
      const i = group.indexes[0]!;
      const sovLine = sov[i];
      if (sovLine === undefined) continue;
      const line = lines[i]!;
      const costCode = differing(line.costCode, sovLine.costCode);
      const pair = costCode ?? differing(line.category, sovLine.category);
      if (pair === undefined) continue;
      const [mine, theirs] = pair;
      const label = costCode === undefined ? profile.labels.category : profile.labels.costCode;
      found = add(found, {
        path: at(i),
        message: `${lineName(line, i)} has ${label} ${codeName(mine, theirs)} but commitment line ${quote(sovLine.id)} has ${codeName(theirs, mine)}; a change order line keeps the coding of the commitment line it modifies. Recode the line.`,
      });
    }
    return found;
  },
  { scope: 'aggregatedLine' },
);
