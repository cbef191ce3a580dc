/**
 * A path into the input: object keys and array indexes, as in zod issues.
 * @example
 * const path: Path = ['lineItems', 2, 'amount'];
 */
export type Path = readonly (string | number)[];

/**
 * A problem with the *shape* of the input (not a business rule): the data could not be read as
 * a {@link ChangeOrder} or {@link ExportContext}.
 * @example
 * const issue: InputIssue = {
 *   code: 'invalid_amount',
 *   path: ['lineItems', 0, 'amount'],
 *   message: 'Amount "12,50" uses a comma; write the decimal point as "." (12.50).',
 * };
 */
export interface InputIssue {
  /** The stable, snake_case kind of problem (`invalid_type`, `invalid_amount`, …). */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly path: Path;
  /** What is wrong and what to change, for a person. */
  readonly message: string;
}

/**
 * A broken business rule: why a change order may not be sent or exported.
 * @example
 * const v: Violation = {
 *   code: 'title_too_long',
 *   path: [],
 *   message: 'Title is 34 characters; Sage 300 CRE allows 30.',
 * };
 */
export interface Violation<C extends string = string> {
  /** The rule's stable code; see `docs/rules.md`. */
  readonly code: C;
  /** `[]` for rules on the whole change order, `['lineItems', index]` for a line. */
  readonly path: Path;
  /** What to change, with the limit and the actual value. */
  readonly message: string;
}
