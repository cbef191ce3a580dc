import type { ErpCode, LineItem } from './model/lineItem.js';
import { isDecimalString } from './money/decimalString.js';
import { ExactSum } from './money/exactSum.js';

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

/** A group of lines on one commitment line item: indexes into the input, and the sum. */
export interface LineGroup {
  readonly commitmentLineItemId: string;
  readonly indexes: number[];
  readonly amount: string;
}

/**
 * Groups lines by commitment line item, in order of first appearance, with exact sums. Shared by
 * the aggregator, the rules and the mappers, so that they can never disagree. With `merge` false
 * (profiles that export repeated lines separately), every line is a group of its own.
 */
export function groupLineItems(lineItems: readonly LineItem[], merge = true): LineGroup[] {
  const order: { commitmentLineItemId: string; indexes: number[]; sum: ExactSum }[] = [];
  const byId = new Map<string, number>();
  for (let i = 0; i < lineItems.length; i++) {
    const line = lineItems[i]!;
    if (!isDecimalString(line.amount)) {
      throw new TypeError(
        `[cco-erp] lineItems[${i}].amount ${JSON.stringify(line.amount)} is not a decimal string; read input with parseChangeOrder first.`,
      );
    }
    const at = merge ? byId.get(line.commitmentLineItemId) : undefined;
    if (at === undefined) {
      const sum = new ExactSum();
      sum.add(line.amount);
      byId.set(line.commitmentLineItemId, order.length);
      order.push({ commitmentLineItemId: line.commitmentLineItemId, indexes: [i], sum });
    } else {
      const group = order[at]!;
      group.indexes.push(i);
      group.sum.add(line.amount);
    }
  }
  return order.map((g) => ({
    commitmentLineItemId: g.commitmentLineItemId,
    indexes: g.indexes,
    amount: g.sum.toString(),
  }));
}

/**
 * Sums the modifications of each commitment line item into one line, exactly (decimal arithmetic,
 * never binary floating point): Sage 300 CRE takes one modification per contract line.
 * @param lineItems - The CCO's schedule-of-values lines, in SOV order, as read by
 *   `parseChangeOrder` (an amount that is not a decimal string is a programming error and throws).
 * @returns One line per commitment line item, in order of first appearance. The input is not mutated.
 * @example
 * aggregateLineItems([
 *   { id: '1', commitmentLineItemId: 'A', description: 'Rebar', amount: '100' },
 *   { id: '2', commitmentLineItemId: 'A', description: 'More rebar', amount: '50.5' },
 *   { id: '3', commitmentLineItemId: 'B', description: 'Formwork', amount: '233.0' },
 * ])
 * //=> [{ commitmentLineItemId: 'A', amount: '150.50', description: 'Rebar', lineItemIds: ['1', '2'] },
 * //    { commitmentLineItemId: 'B', amount: '233.00', description: 'Formwork', lineItemIds: ['3'] }]
 */
export function aggregateLineItems(lineItems: readonly LineItem[]): AggregatedLine[] {
  return groupLineItems(lineItems).map((group) => toAggregatedLine(lineItems, group));
}

/** The public shape of one group. */
export function toAggregatedLine(lineItems: readonly LineItem[], group: LineGroup): AggregatedLine {
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
