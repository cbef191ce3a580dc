// Checks on a list of lines that the rules and the aggregator share: both refuse what would make a
// sum wrong (an amount that is not a decimal string, a line counted twice).
import type { Path } from '../issues.js';
import type { LineItem } from '../model/lineItem.js';
import { explainNotDecimal, isDecimalString } from '../money/decimalString.js';
import { describeValue, quote } from '../text/quote.js';

/** What a check found: where, and what to say. The caller stamps the code. */
export interface Finding {
  readonly path: Path;
  readonly message: string;
}

/** The path of line `index`. */
export function at(index: number): Path {
  return ['lineItems', index];
}

/** A line as messages name it: `Line 3` or `Line 3 ("Rebar")`. */
export function lineName(line: LineItem, index: number): string {
  return line.description === '' ? `Line ${index + 1}` : `Line ${index + 1} (${quote(line.description, 40)})`;
}

/** The fields of a line that hold decimal strings, with their names in messages. */
const DECIMAL_FIELDS = [
  ['amount', 'amount'],
  ['quantity', 'quantity'],
  ['unitCost', 'unit cost'],
] as const;

/** Whether every decimal field of `line` that `findInvalidDecimals` looks at holds a decimal string. */
// Stryker disable BlockStatement,ConditionalExpression,LogicalOperator: a shortcut for clean lines; a line it wrongly calls unclean is checked field by field below and yields nothing
function decimalsValid(line: LineItem, amountOnly: boolean): boolean {
  // Each field by name: a field read through a variable name is a slower, generic property lookup.
  return (
    isDecimalString(line.amount) &&
    (amountOnly ||
      ((line.quantity === undefined || isDecimalString(line.quantity)) &&
        (line.unitCost === undefined || isDecimalString(line.unitCost))))
  );
}

/**
 * Lines whose amount (and, unless `amountOnly`, quantity or unit cost) is not a plain decimal string
 * of at most 40 characters: only a value that never went through `parseChangeOrder` can be one.
 */
export function findInvalidDecimals(lineItems: readonly LineItem[], amountOnly: boolean): readonly Finding[] {
  let found: Finding[] | undefined;
  for (let i = 0; i < lineItems.length; i++) {
    const line = lineItems[i]!;
    if (decimalsValid(line, amountOnly)) continue;
    // Stryker restore BlockStatement,ConditionalExpression,LogicalOperator
    for (const [field, label] of DECIMAL_FIELDS) {
      if (amountOnly && field !== 'amount') break;
      const value: unknown = line[field];
      if ((field !== 'amount' && value === undefined) || isDecimalString(value)) continue;
      const why = explainNotDecimal(value, `The ${label}`);
      found ??= [];
      found.push({ path: [...at(i), field], message: `${lineName(line, i)}: ${why}` });
    }
  }
  return found ?? NOTHING;
}

/** What a check that found nothing returns: one empty list, frozen, rather than a new one per call. */
const NOTHING: readonly Finding[] = Object.freeze([]);

/** Up to this many lines, a repeated id is found by comparing pairs; beyond, with a set. */
const PAIRS = 16;

/**
 * Every line whose `id` an earlier line already has (an ETL job that read one page twice): summing
 * both would count the money twice. Reported at the repeat's path.
 */
export function findDuplicateIds(lineItems: readonly LineItem[]): readonly Finding[] {
  let found: Finding[] | undefined;
  const n = lineItems.length;
  let seen: Set<string> | undefined;
  let firsts: Map<string, number> | undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: pairs or a set find the same repeats; only the speed differs.
  if (n > PAIRS) seen = new Set();
  for (let i = 0; i < n; i++) {
    const id = lineItems[i]!.id;
    let first = -1;
    // Stryker disable next-line ConditionalExpression: comparing pairs past 16 lines finds the same repeats, slower.
    if (seen === undefined) {
      for (let k = 0; k < i; k++) {
        if (lineItems[k]!.id === id) {
          first = k;
          break;
        }
      }
    } else {
      // One hash per line: a set that did not grow already held the id.
      const size = seen.size;
      if (seen.add(id).size !== size) continue;
      // A repeat (rare): where each id first appears, worked out once for every repeat.
      firsts ??= firstIndexes(lineItems);
      // Stryker disable next-line UnaryOperator: a repeated id is always among the firsts
      first = firsts.get(id) ?? -1;
    }
    if (first >= 0) {
      found ??= [];
      found.push({
        path: at(i),
        message: `${lineName(lineItems[i]!, i)} has the id ${quote(id)} of line ${first + 1}; each line is counted once, so a repeated line would add its money twice. Remove the repeat (was a page of lines read twice?).`,
      });
    }
  }
  return found ?? NOTHING;
}

/** The index of the first line with each id. */
function firstIndexes(lineItems: readonly LineItem[]): Map<string, number> {
  const firsts = new Map<string, number>();
  for (let k = 0; k < lineItems.length; k++) {
    const id = lineItems[k]!.id;
    if (!firsts.has(id)) firsts.set(id, k);
  }
  return firsts;
}

/** The error for lines that are not an array (read as `unreadable_input` by the entry points). */
export function notLines(lineItems: unknown): TypeError {
  return new TypeError(`lineItems must be an array of lines, not ${describeValue(lineItems)}`);
}
