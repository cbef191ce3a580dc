import type { ErpCode, LineItem } from './model/lineItem.js';
import { MAX_AMOUNT_LENGTH } from './money/decimalString.js';
import { canonicalText, ExactSum } from './money/exactSum.js';

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
  readonly indexes: readonly number[];
  /** The exact sum, canonical. */
  readonly amount: string;
  /** The same sum, for adding up without reading `amount` again; none for a line alone. */
  readonly sum: ExactSum | undefined;
}

/** Up to this many groups, a group is found by scanning them; beyond, through a map. */
const SCAN = 16;

/**
 * Groups lines by commitment line item, in order of first appearance, with exact sums. Shared by
 * the aggregator, the rules and the mappers, so that they can never disagree. With `merge` false
 * (profiles that export repeated lines separately), every line is a group of its own.
 */
export function groupLineItems(lineItems: readonly LineItem[], merge = true): readonly LineGroup[] {
  // Built in place: the amount is written once every line is summed.
  const groups: {
    commitmentLineItemId: string;
    indexes: number[];
    amount: string;
    sum: ExactSum | undefined;
  }[] = [];
  let byId: Map<string, number> | undefined;
  for (let i = 0; i < lineItems.length; i++) {
    const line = lineItems[i]!;
    const id = line.commitmentLineItemId;
    const amount = line.amount;
    let at = -1;
    // Looking a group up by the map or by scanning gives the same group; only the speed differs.
    // Stryker disable next-line ConditionalExpression: a mutant that skips the map still scans.
    if (merge && byId !== undefined) {
      at = byId.get(id) ?? -1;
    } else if (merge) {
      for (let k = 0; k < groups.length; k++) {
        if (groups[k]!.commitmentLineItemId === id) {
          at = k;
          break;
        }
      }
    }
    if (typeof amount !== 'string' || amount.length > MAX_AMOUNT_LENGTH) notDecimal(i, amount);
    let group = groups[at];
    if (group === undefined) {
      // A line alone needs no arithmetic: its canonical text is its sum.
      const text = canonicalText(amount);
      if (text === undefined) notDecimal(i, amount);
      group = { commitmentLineItemId: id, indexes: [i], amount: text, sum: undefined };
      groups.push(group);
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: building the map or not gives the same groups.
      if (!merge) continue;
      // Stryker disable next-line ConditionalExpression,BlockStatement: skipping this set rebuilds the map below instead.
      if (byId !== undefined) {
        byId.set(id, groups.length - 1);
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: when the map starts only changes speed.
      if (groups.length > SCAN) byId = new Map(groups.map((g, k) => [g.commitmentLineItemId, k]));
    } else {
      group.indexes.push(i);
      if (group.sum === undefined) {
        group.sum = new ExactSum();
        group.sum.add(group.amount);
      }
      // The sum checks the amount as it reads it.
      if (!group.sum.add(amount)) notDecimal(i, amount);
    }
  }
  for (const group of groups) if (group.sum !== undefined) group.amount = group.sum.toString();
  return groups;
}

function notDecimal(index: number, amount: unknown): never {
  throw new TypeError(
    `[cco-erp] lineItems[${index}].amount ${JSON.stringify(amount)} is not a decimal string; read input with parseChangeOrder first.`,
  );
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
