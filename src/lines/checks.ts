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

/**
 * Lines whose amount (and, unless `amountOnly`, quantity or unit cost) is not a plain decimal string
 * of at most 40 characters: only a value that never went through `parseChangeOrder` can be one.
 */
export function findInvalidDecimals(lineItems: readonly LineItem[], amountOnly: boolean): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < lineItems.length; i++) {
    const line = lineItems[i]!;
    for (const [field, label] of DECIMAL_FIELDS) {
      if (amountOnly && field !== 'amount') break;
      const value: unknown = line[field];
      if ((field !== 'amount' && value === undefined) || isDecimalString(value)) continue;
      const why = explainNotDecimal(value, `The ${label}`);
      found.push({ path: [...at(i), field], message: `${lineName(line, i)}: ${why}` });
    }
  }
  return found;
}

/** Up to this many lines, a repeated id is found by comparing pairs; beyond, with a set. */
const PAIRS = 16;

/**
 * Every line whose `id` an earlier line already has (an ETL job that read one page twice): summing
 * both would count the money twice. Reported at the repeat's path.
 */
export function findDuplicateIds(lineItems: readonly LineItem[]): Finding[] {
  const found: Finding[] = [];
  const n = lineItems.length;
  let seen: Map<string, number> | undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: pairs or a set find the same repeats; only the speed differs.
  if (n > PAIRS) seen = new Map();
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
      first = seen.get(id) ?? -1;
      if (first < 0) seen.set(id, i);
    }
    if (first >= 0) {
      found.push({
        path: at(i),
        message: `${lineName(lineItems[i]!, i)} has the id ${quote(id)} of line ${first + 1}; each line is counted once, so a repeated line would add its money twice. Remove the repeat (was a page of lines read twice?).`,
      });
    }
  }
  return found;
}

/** The error for lines that are not an array (read as `unreadable_input` by the entry points). */
export function notLines(lineItems: unknown): TypeError {
  return new TypeError(`lineItems must be an array of lines, not ${describeValue(lineItems)}`);
}
