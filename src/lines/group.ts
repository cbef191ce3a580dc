// Line grouping: below the rules, the aggregator and the export, so that they can never disagree.
import type { LineItem } from '../model/lineItem.js';
import { canonicalText, decimalShape } from '../money/decimalString.js';
import { ExactSum } from '../money/exactSum.js';

/** A group of lines on one commitment line item: indexes into the input, and the exact sum. */
export interface LineGroup {
  readonly commitmentLineItemId: string;
  /** Indexes of the group's lines in the input, in order. */
  readonly indexes: readonly number[];
  /** The exact sum, canonical; `''` when some amount of the group is not a decimal string. */
  readonly amount: string;
  /** The same sum, for adding up without reading `amount` again; none for a line alone. */
  readonly sum: ExactSum | undefined;
  /**
   * `decimalShape(amount)`, read once for the rules on sums: -1 when `amount` is `''`, or longer
   * than the 40 characters of an amount (a sum can be).
   */
  readonly shape: number;
}

/** Up to this many groups, a group is found by scanning them; beyond, through a map. */
const SCAN = 16;

/**
 * Groups lines by commitment line item, in order of first appearance, with exact sums. With
 * `merge` false (profiles that export repeated lines separately), every line is a group of its own.
 * Never throws: a group with an amount that is not a decimal string has the amount `''` (the rule
 * `invalid_amount` reports it; nothing is exported then).
 * @example
 * groupLines(lines, true).map((g) => [g.commitmentLineItemId, g.amount]) //=> [['A', '150.00'], ['B', '233.00']]
 */
export function groupLines(lineItems: readonly LineItem[], merge: boolean): readonly LineGroup[] {
  // Built in place: the amount is written once every line is summed.
  const groups: {
    commitmentLineItemId: string;
    indexes: number[];
    amount: string;
    sum: ExactSum | undefined;
    shape: number;
    valid: boolean;
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
    // Never `groups[-1]`: a negative index is a property lookup, far slower than a test.
    // Stryker disable next-line ConditionalExpression: groups[-1] is undefined too, only slower
    let group = at < 0 ? undefined : groups[at];
    if (group === undefined) {
      // A line alone needs no arithmetic: its canonical text is its sum.
      const text = canonicalText(amount);
      group = {
        commitmentLineItemId: id,
        indexes: [i],
        // Stryker disable next-line StringLiteral: an invalid group's amount is set to '' below, whatever it was.
        amount: text ?? '',
        sum: undefined,
        shape: -1,
        valid: text !== undefined,
      };
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
      // Stryker disable next-line ConditionalExpression: summing the rest of an invalid group changes nothing; its amount is set to '' below.
      if (!group.valid) continue;
      const shape = decimalShape(amount);
      // Stryker disable next-line EqualityOperator: a shape is never 0 (its intEnd is at least 1)
      if (shape < 0) {
        group.valid = false;
        continue;
      }
      if (group.sum === undefined) {
        // The first line's own amount, not its canonical text: that can be longer than the 40
        // characters an amount may have ('9' × 39 gains '.00'), and would not be added.
        group.sum = new ExactSum();
        group.sum.add(lineItems[group.indexes[0]!]!.amount);
      }
      group.sum.addShape(amount, shape);
    }
  }
  for (const group of groups) {
    // Stryker disable next-line BlockStatement: an invalid group keeps shape -1, which every reader of its amount and sum skips (and invalid_decimal refuses the export)
    if (!group.valid) {
      // Stryker disable next-line StringLiteral: any text that is not a decimal string reads the same: no rule sums it, nothing exports it.
      group.amount = '';
      group.sum = undefined;
    } else {
      if (group.sum !== undefined) group.amount = group.sum.toString();
      group.shape = decimalShape(group.amount);
    }
  }
  return groups;
}
