import * as z from 'zod';
import type { InputIssueCode } from '../issues.js';
import { explainNotDecimal } from '../money/decimalString.js';

/**
 * A plain decimal string schema whose rejections name the field (`label`) and carry `code`.
 * @example
 * decimalStringSchema('Quantity', 'invalid_decimal').safeParse('1e3').success //=> false
 */
export function decimalStringSchema(label: string, code: InputIssueCode): z.ZodType<string> {
  return z.custom<string>((value) => explainNotDecimal(value, label) === undefined, {
    params: { code },
    error: (issue) => explainNotDecimal(issue.input, label) ?? `Invalid ${label.toLowerCase()}.`,
  });
}

/**
 * An amount of money as a plain decimal string (`"-1250.5"`, `"233.0"`): never a JSON number,
 * never an exponent, never a comma. Rejections say why, with the code `invalid_amount`.
 * @example
 * AmountSchema.safeParse('12,50').success //=> false
 */
export const AmountSchema = decimalStringSchema('Amount', 'invalid_amount');
/**
 * An amount of money as a plain decimal string.
 * @example
 * const amount: Amount = '-1250.50';
 */
export type Amount = z.infer<typeof AmountSchema>;
