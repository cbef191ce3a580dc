// Rules on the schedule of values: ERP coding, repeated lines and ids, and the money on each line.
import { present } from '../internal/blank.js';
import { findDuplicateIds, findInvalidDecimals } from '../lines/checks.js';
import type { ErpCode, LineItem } from '../model/lineItem.js';
import {
  type DecimalParts,
  decimalPlaces,
  integerDigits,
  isNotPositive,
  partsOf,
  readDecimal,
} from '../money/decimalString.js';
import type { ErpProfile, NumberLimit, ProfileMessageKey } from '../profiles/ErpProfile.js';
import { codePointLength, exceedsCodePoints } from '../text/codePoints.js';
import { quote } from '../text/quote.js';
import { add, at, custom, type Finding, limitOf, lineName, lineRule, rule, whole } from './rule.js';

function sameCode(a: ErpCode | undefined, b: ErpCode | undefined): boolean {
  return a?.code === b?.code && present(a?.erpId) === present(b?.erpId);
}

/** A division (summary) cost code is a single segment: no `-`, `.` or `/` (`01`, not `01-100`). */
function isDivisionCode(code: string): boolean {
  return code !== '' && !/[-./]/.test(code);
}

export const noErpCostCode = rule(
  'no_erp_cost_code',
  () => 'no line item has a cost code with an `erpId`',
  ({ lines, profile }) => {
    for (const line of lines()) if (present(line.costCode?.erpId) !== undefined) return undefined;
    return whole(`No line item has a ${profile.name} cost code; the schedule of values needs at least one.`);
  },
);

export const duplicateLineItem = rule(
  'duplicate_line_item',
  () => 'two lines have the same `id` (a page of lines read twice): summing both would count the money twice',
  ({ lines }) => findDuplicateIds(lines()),
  { scope: 'line' },
);

export const invalidDecimal = rule(
  'invalid_decimal',
  () =>
    "a line's amount, quantity or unit cost is not a plain decimal string of at most 40 characters (only a value that never went through `parseChangeOrder` can be one)",
  ({ lines }) => findInvalidDecimals(lines(), false),
  { scope: 'line' },
);

export const lineNotErpCoded = rule(
  'line_not_erp_coded',
  () =>
    'a line lacks an ERP cost code or an ERP category: it could not be exported, and dropping it would lose money',
  ({ lines: linesOf, profile }) => {
    const lines = linesOf();
    let found: Finding[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const missing =
        present(line.costCode?.erpId) === undefined
          ? 'cost code'
          : present(line.category?.erpId) === undefined
            ? 'category'
            : undefined;
      if (missing === undefined) continue;
      found = add(found, {
        path: at(i),
        message: `${lineName(line, i)} has no ${profile.name} ${missing}; code it, or its ${readDecimal(line.amount) === undefined ? 'amount' : line.amount} could not be exported.`,
      });
    }
    return found;
  },
  { scope: 'line' },
);

export const conflictingLineCoding = rule(
  'conflicting_line_coding',
  () => 'two lines on one commitment line item carry different cost codes or categories',
  ({ lines: linesOf, groups }) => {
    const lines = linesOf();
    let found: Finding[] | undefined;
    for (const group of groups()) {
      const first = lines[group.indexes[0]!]!;
      for (let k = 1; k < group.indexes.length; k++) {
        const i = group.indexes[k]!;
        const line = lines[i]!;
        const what = !sameCode(line.costCode, first.costCode)
          ? 'cost code'
          : !sameCode(line.category, first.category)
            ? 'category'
            : undefined;
        if (what === undefined) continue;
        found = add(found, {
          path: at(i),
          message: `${lineName(line, i)} modifies commitment line ${quote(group.commitmentLineItemId)} like line ${group.indexes[0]! + 1} but with another ${what}; lines summed into one must share cost code and category.`,
        });
      }
    }
    return found;
  },
  { scope: 'line' },
);

/**
 * A rule on each commitment line's sum: `problem` returns its message, or `undefined`; it names the
 * commitment line with `quote(commitmentLine)` only when it has something to say.
 */
function sumRule<const C extends string>(
  code: C,
  failsWhen: (profile: ErpProfile) => string,
  problem: (
    sum: string,
    parts: DecimalParts,
    commitmentLine: string,
    profile: ErpProfile,
  ) => string | undefined,
) {
  return rule(
    code,
    failsWhen,
    ({ groups, profile }) => {
      let found: Finding[] | undefined;
      for (const group of groups()) {
        // A sum with an amount that is not a decimal is invalid_decimal's business.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a shape is never 0, and partsOf(-1) counts no digit and no decimal, so no sum rule would fire
        if (group.shape < 0) continue;
        const parts = partsOf(group.shape);
        const message = problem(group.amount, parts, group.commitmentLineItemId, profile);
        if (message !== undefined) found = add(found, { path: at(group.indexes[0]!), message });
      }
      return found;
    },
    { scope: 'aggregatedLine' },
  );
}

export const amountTooPrecise = sumRule(
  'amount_too_precise',
  (p) =>
    `the summed amount of a commitment line has more decimal places than the ERP allows${limitOf(p, p.amount.decimals)}, counted by value (\`0.010\` has 2)`,
  (sum, parts, line, profile) => {
    const max = profile.amount.decimals;
    const places = decimalPlaces(parts);
    if (max === null || places <= max) return undefined;
    return (
      custom(profile, 'amount_too_precise') ??
      `Commitment line ${quote(line)} sums to ${sum}, with ${places} decimal places; ${profile.name} allows ${max}. Round the line amounts.`
    );
  },
);

export const amountTooLarge = sumRule(
  'amount_too_large',
  (p) =>
    `the summed amount of a commitment line has more integer digits than the ERP allows${limitOf(p, p.amount.integerDigits)}`,
  (sum, parts, line, profile) => {
    const max = profile.amount.integerDigits;
    const digits = integerDigits(parts);
    if (max === null || digits <= max) return undefined;
    return (
      custom(profile, 'amount_too_large') ??
      `Commitment line ${quote(line)} sums to ${sum}, with ${digits} integer digits; ${profile.name} allows ${max}.`
    );
  },
);

export const duplicateCommitmentLine = rule(
  'duplicate_commitment_line',
  () =>
    'two lines modify one commitment line item, on a profile that refuses repeated lines (`repeatedLines: reject`; Spectrum)',
  ({ lines: linesOf, profile, groups }) => {
    if (profile.repeatedLines !== 'reject') return undefined;
    const lines = linesOf();
    let found: Finding[] | undefined;
    for (const group of groups()) {
      for (let k = 1; k < group.indexes.length; k++) {
        const i = group.indexes[k]!;
        found = add(found, {
          path: at(i),
          message: `${lineName(lines[i]!, i)} modifies commitment line ${quote(group.commitmentLineItemId)} again (first on line ${group.indexes[0]! + 1}); ${profile.name} takes one modification per commitment line. Combine them into one line.`,
        });
      }
    }
    return found;
  },
  { scope: 'line' },
);

export const mixedCategories = rule(
  'mixed_categories',
  () =>
    'lines carry different ERP categories, on a profile that takes one category per change order (`lineItemsRequireSingleCategory`; Spectrum)',
  ({ lines: linesOf, profile }) => {
    if (!profile.lineItemsRequireSingleCategory) return undefined;
    const lines = linesOf();
    let first: string | undefined;
    let firstIndex = 0;
    let found: Finding[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const category = present(lines[i]!.category?.erpId);
      // A line without an ERP category is line_not_erp_coded's business.
      if (category === undefined) continue;
      if (first === undefined) {
        first = category;
        firstIndex = i;
      } else if (category !== first) {
        const label = profile.labels.category;
        found = add(found, {
          path: at(i),
          message: `${lineName(lines[i]!, i)} has ${label} ${quote(category)} but line ${firstIndex + 1} has ${quote(first)}; ${profile.name} takes one ${label} per change order. Split the change order.`,
        });
      }
    }
    return found;
  },
  { scope: 'line' },
);

export const divisionCostCode = lineRule(
  'division_cost_code',
  () =>
    'a line is coded to a division (summary) cost code such as `01`, on a profile that disallows them (`disallowDivisionCostCode`)',
  (profile) => profile.lines.disallowDivisionCostCode,
  (line, i, profile) => {
    if (line.costCode === undefined || !isDivisionCode(line.costCode.code)) return undefined;
    const code = line.costCode.code;
    return (
      custom(profile, 'division_cost_code') ??
      `${lineName(line, i)} is coded to ${quote(code, 40)}, a division; ${profile.name} takes only the ${profile.labels.costCode}s below a division, such as ${quote(`${code}-100`, 44)}.`
    );
  },
);

/** The length in code points of the longest line of `text` (`\r\n`, `\r` and `\n` end a line). */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    const n = codePointLength(text.slice(start, i));
    // Stryker disable next-line EqualityOperator: an equal length keeps the same longest
    if (n > longest) longest = n;
    // `\r\n` ends one line and an empty one: an empty line is never the longest.
    start = i + 1;
  }
  return longest;
}

export const lineDescriptionTooLong = lineRule(
  'line_description_too_long',
  (p) => {
    const { maxLength, maxLineLength } = p.lines.description;
    return `a line's description has more characters, or a longer line of text, than the ERP allows${limitOf(p, maxLength ?? maxLineLength)}`;
  },
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: saves a pass over the lines; the check below reads the limits itself
  ({ lines: { description: d } }) => d.maxLength !== null || d.maxLineLength !== null,
  (line, i, profile) => {
    const { maxLength: max, maxLineLength } = profile.lines.description;
    const text = line.description;
    let problem: string | undefined;
    if (max !== null && exceedsCodePoints(text, max)) {
      problem = `is ${codePointLength(text)} characters; ${profile.name} allows ${max}`;
    } else if (maxLineLength !== null && exceedsCodePoints(text, maxLineLength)) {
      const longest = longestLine(text);
      if (longest > maxLineLength) {
        problem = `has a line of ${longest} characters; ${profile.name} allows ${maxLineLength} per line`;
      }
    }
    if (problem === undefined) return undefined;
    return (
      custom(profile, 'line_description_too_long') ?? `${lineName(line, i)}: the description ${problem}.`
    );
  },
);

export const uomTooLong = lineRule(
  'uom_too_long',
  (p) =>
    `a line's unit of measure has more characters than the ERP allows${limitOf(p, p.lines.uom.maxLength)}`,
  // Stryker disable next-line ConditionalExpression,EqualityOperator: saves a pass over the lines; the check below reads the limit itself
  (profile) => profile.lines.uom.maxLength !== null,
  (line, i, profile) => {
    const max = profile.lines.uom.maxLength;
    // Stryker disable next-line ConditionalExpression: `max` is set whenever the rule is on (tested for the type checker)
    if (max === null || line.uom === undefined || !exceedsCodePoints(line.uom, max)) return undefined;
    return (
      custom(profile, 'uom_too_long') ??
      `${lineName(line, i)}: unit of measure ${quote(line.uom, 40)} is ${codePointLength(line.uom)} characters; ${profile.name} allows ${max}.`
    );
  },
);

/** The first part of `limit` that `value` breaks: its message key suffix and what to say. */
function numberProblem(
  value: string,
  parts: DecimalParts,
  limit: NumberLimit,
  erp: string,
): { key: 'integer_digits' | 'decimals' | 'not_positive'; text: string } | undefined {
  const digits = integerDigits(parts);
  if (limit.integerDigits !== null && digits > limit.integerDigits) {
    return {
      key: 'integer_digits',
      text: `has ${digits} integer digits; ${erp} allows ${limit.integerDigits}`,
    };
  }
  const places = decimalPlaces(parts);
  if (limit.decimals !== null && places > limit.decimals) {
    return { key: 'decimals', text: `has ${places} decimal places; ${erp} allows ${limit.decimals}` };
  }
  if (limit.positive && isNotPositive(value, parts)) {
    return { key: 'not_positive', text: `is not above zero; ${erp} takes only positive values` };
  }
  return undefined;
}

/** Whether a number limit limits anything (then {@link describeLimit} says what). */
function limits(limit: NumberLimit): boolean {
  return limit.integerDigits !== null || limit.decimals !== null || limit.positive;
}

/** A number limit as `failsWhen` quotes it: "8 integer digits and 4 decimals". */
function describeLimit(limit: NumberLimit): string | null {
  if (!limits(limit)) return null;
  const parts = [
    limit.integerDigits === null ? undefined : `${limit.integerDigits} integer digits`,
    limit.decimals === null ? undefined : `${limit.decimals} decimals`,
    limit.positive ? 'above zero' : undefined,
  ].filter((p) => p !== undefined);
  return parts.join(' and ');
}

/** The rule that checks an optional number on each line (quantity, unit cost) against the profile. */
function lineNumberRule<const C extends string>(
  code: C,
  field: 'quantity' | 'unitCost',
  keyPrefix: 'quantity' | 'unit_cost',
  label: string,
) {
  return lineRule(
    code,
    (p) =>
      `a line's ${label} has more integer digits or decimals than the ERP allows, or is not above zero where the ERP takes only positive values${limitOf(p, describeLimit(p.lines[field]))}`,
    (profile) => limits(profile.lines[field]),
    (line: LineItem, i, profile) => {
      const value = line[field];
      // A value that is not a decimal is invalid_decimal's business.
      const parts = readDecimal(value);
      // Stryker disable next-line ConditionalExpression: readDecimal(undefined) is undefined (tested for the type checker)
      if (value === undefined || parts === undefined) return undefined;
      const problem = numberProblem(value, parts, profile.lines[field], profile.name);
      if (problem === undefined) return undefined;
      const key: ProfileMessageKey = `${keyPrefix}_${problem.key}`;
      return custom(profile, key) ?? `${lineName(line, i)}: ${label} ${value} ${problem.text}.`;
    },
  );
}

export const quantityOutOfRange = lineNumberRule('quantity_out_of_range', 'quantity', 'quantity', 'quantity');
export const unitCostOutOfRange = lineNumberRule(
  'unit_cost_out_of_range',
  'unitCost',
  'unit_cost',
  'unit cost',
);

export const amountNotPositive = lineRule(
  'amount_not_positive',
  () => 'a line amount is zero or below, on a profile that takes only positive amounts (`amount.positive`)',
  (profile) => profile.amount.positive,
  (line, i, profile) => {
    const parts = readDecimal(line.amount);
    if (parts === undefined || !isNotPositive(line.amount, parts)) return undefined;
    return (
      custom(profile, 'amount_not_positive') ??
      `${lineName(line, i)}: amount ${line.amount} is not above zero; ${profile.name} takes only positive amounts.`
    );
  },
);
