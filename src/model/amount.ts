import * as z from 'zod';
import { explainNotDecimal } from '../money/decimalString.js';

/**
 * An amount of money as a plain decimal string (`"-1250.5"`, `"233.0"`): never a JSON number,
 * never an exponent, never a comma. Rejections say why, with the code `invalid_amount`.
 * @example
 * AmountSchema.safeParse('12,50').success //=> false
 */
export const AmountSchema = z.custom<string>((value) => explainNotDecimal(value) === undefined, {
  params: { code: 'invalid_amount' },
  error: (issue) => explainNotDecimal(issue.input) ?? 'Invalid amount.',
});
/**
 * An amount of money as a plain decimal string.
 * @example
 * const amount: Amount = '-1250.50';
 */
export type Amount = z.infer<typeof AmountSchema>;
