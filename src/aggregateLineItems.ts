import { refuseThrown } from './internal/guard.js';
import type { Violation } from './issues.js';
import { findDuplicateIds, findInvalidDecimals, notLines } from './lines/checks.js';
import { groupLines, type LineGroup } from './lines/group.js';
import type { ErpCode, LineItem } from './model/lineItem.js';
import { err, ok, type Result } from './result.js';

/**
 * The modifications of one commitment line item, summed into one line.
 * @example
 * const line: AggregatedLine = { commitmentLineItemId: 'A', amount: '150.00', description: 'Rebar',
 *   lineItemIds: ['1', '2'] };
 */
export interface AggregatedLine {
  /** The commitment line item modified. */
  readonly commitmentLineItemId: string;
  /** The exact sum: at least two decimals, never an exponent. */
  readonly amount: string;
  /** The cost code of the first source line. */
  readonly costCode?: ErpCode;
  /** The category of the first source line. */
  readonly category?: ErpCode;
  /** The description of the first source line. */
  readonly description: string;
  /** The ids of the source lines, in SOV order. */
  readonly lineItemIds: readonly string[];
}

/** The public shape of one group. */
function toAggregatedLine(lineItems: readonly LineItem[], group: LineGroup): AggregatedLine {
  const first = lineItems[group.indexes[0]!]!;
  return {
    commitmentLineItemId: group.commitmentLineItemId,
    amount: group.amount,
    ...(first.costCode === undefined ? {} : { costCode: first.costCode }),
    ...(first.category === undefined ? {} : { category: first.category }),
    description: first.description,
    lineItemIds: group.indexes.map((i) => lineItems[i]!.id),
  };
}

/**
 * Sums the modifications of each commitment line item into one line, exactly (decimal arithmetic,
 * never binary floating point): Sage 300 CRE takes one modification per contract line. Refuses,
 * rather than sum wrongly, an amount that is not a decimal string (`invalid_decimal`) and a line
 * whose id an earlier line has (`duplicate_line_item`: it would be counted twice), with the same
 * codes and messages as the rules.
 * @param lineItems - The CCO's schedule-of-values lines, in SOV order. Not mutated.
 * @returns One line per commitment line item, in order of first appearance, or every problem.
 * @example
 * aggregateLineItems([
 *   { id: '1', commitmentLineItemId: 'A', description: 'Rebar', amount: '100' },
 *   { id: '2', commitmentLineItemId: 'A', description: 'More rebar', amount: '50.5' },
 *   { id: '3', commitmentLineItemId: 'B', description: 'Formwork', amount: '233.0' },
 * ])
 * //=> { ok: true, value: [
 * //     { commitmentLineItemId: 'A', amount: '150.50', description: 'Rebar', lineItemIds: ['1', '2'] },
 * //     { commitmentLineItemId: 'B', amount: '233.00', description: 'Formwork', lineItemIds: ['3'] }] }
 */
export function aggregateLineItems(
  lineItems: readonly LineItem[],
): Result<AggregatedLine[], Violation<'duplicate_line_item' | 'invalid_decimal' | 'unreadable_input'>[]> {
  return refuseThrown(() => {
    if (!Array.isArray(lineItems)) throw notLines(lineItems);
    const problems: Violation<'duplicate_line_item' | 'invalid_decimal'>[] = [];
    for (const f of findDuplicateIds(lineItems)) problems.push({ code: 'duplicate_line_item', ...f });
    for (const f of findInvalidDecimals(lineItems, true)) problems.push({ code: 'invalid_decimal', ...f });
    if (problems.length > 0) return err(problems);
    return ok(groupLines(lineItems, true).map((group) => toAggregatedLine(lineItems, group)));
  });
}
