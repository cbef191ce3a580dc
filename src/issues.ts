/**
 * A path into the input: object keys and array indexes, as in zod issues.
 * @example
 * const path: Path = ['lineItems', 2, 'amount'];
 */
export type Path = readonly (string | number)[];

/**
 * Everything the library reports is an `Issue`: a stable snake_case `code`, the `path` into the
 * input, and a `message` for a person that says what to change. Input issues and rule violations
 * are both issues; `formatIssues` prints either.
 * @example
 * const issue: Issue = { code: 'title_too_long', path: [], message: 'Title is 33 characters; Sage 300 CRE allows 30.' };
 */
export interface Issue<C extends string = string> {
  /** The stable, snake_case kind of problem. */
  readonly code: C;
  /** Where in the input the problem is: `[]` for the whole input. */
  readonly path: Path;
  /** What is wrong and what to change, with the limit and the value found. */
  readonly message: string;
}

/**
 * A problem with the *shape* of the input (not a business rule): the data could not be read as
 * a change order, a context, a profile or a Procore payload.
 * @example
 * const issue: InputIssue = {
 *   code: 'invalid_amount',
 *   path: ['lineItems', 0, 'amount'],
 *   message: 'Amount "12,50" uses a comma; write the decimal point as "." (12.50).',
 * };
 */
export type InputIssue = Issue<string>;

/**
 * A broken business rule: why a change order may not be sent or exported. `path` is `[]` for a
 * rule on the whole change order, `['lineItems', index]` (or deeper) for a line.
 * @example
 * const v: Violation = { code: 'title_too_long', path: [], message: 'Title is 34 characters; Sage 300 CRE allows 30.' };
 */
export type Violation<C extends string = string> = Issue<C>;
