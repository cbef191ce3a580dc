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
 * Every code an {@link InputIssue} can have; docs/api.md says what each means. The library
 * produces no other (a test reads every parser and adapter on hostile input and checks it).
 * @example
 * INPUT_ISSUE_CODES.includes('invalid_amount') //=> true
 */
export const INPUT_ISSUE_CODES = [
  /** A required field is absent (or `undefined`). */
  'missing',
  /** A value of the wrong JSON type: a number where a string is needed, `null` for an object. */
  'invalid_type',
  /** A value outside its set: an unknown status, a string that is not one of the allowed forms. */
  'invalid_value',
  /** An empty string or list where one is needed. */
  'too_small',
  /** An amount that is not a plain decimal string (`"12,50"`, `1e3`, a JSON number). */
  'invalid_amount',
  /** A quantity or unit cost that is not a plain decimal string. */
  'invalid_decimal',
  /** An instant that is not an ISO 8601 date-time with an offset, or names no real date. */
  'invalid_instant',
  /** A time zone that the runtime's `Intl` does not know. */
  'invalid_time_zone',
  /** A length limit in ERP metadata that is not a positive whole number. */
  'invalid_length',
  /** Two lines of one schedule of values with the same id. */
  'duplicate_line_item',
  /** Two records of one commitment that differ (`--commitments`). */
  'duplicate_commitment',
  /** Two links of one company into one ERP with different vendors (`--vendor-links`). */
  'conflicting_vendor_link',
  /** A Procore vendor record that links nothing (an `origin_code` without an `origin_id`). */
  'not_a_link',
  /** A Procore id that is not a whole number ≥ 0 (or a number too large to be exact). */
  'invalid_id',
  /** A Procore event of another kind than the adapter reads (`request_name`). */
  'unexpected_request',
  /** A Procore change order that is not a commitment change order (a prime contract one). */
  'unexpected_type',
  /** A validation in ERP metadata that the library cannot check (it names the field and kind). */
  'unsupported_rule',
  /** ERP metadata whose commitment change orders are switched off (`"enabled": false`). */
  'export_disabled',
  /** The input threw while being read (a throwing getter, a revoked proxy): nothing was read. */
  'unreadable_input',
] as const;

/**
 * The code of an {@link InputIssue}: one of {@link INPUT_ISSUE_CODES} (outside the package:
 * `InputIssue['code']`).
 * @example
 * const code: InputIssueCode = 'missing';
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/**
 * A problem with the *shape* of the input (not a business rule): the data could not be read as
 * a change order, a context, a profile, a commitment, a vendor link or a Procore payload.
 * @example
 * const issue: InputIssue = {
 *   code: 'invalid_amount',
 *   path: ['lineItems', 0, 'amount'],
 *   message: 'Amount "12,50" uses a comma; write the decimal point as "." (12.50).',
 * };
 */
export type InputIssue = Issue<InputIssueCode>;

/**
 * A broken business rule: why a change order may not be sent or exported. `path` is `[]` for a
 * rule on the whole change order, `['lineItems', index]` (or deeper) for a line.
 * @example
 * const v: Violation = { code: 'title_too_long', path: [], message: 'Title is 34 characters; Sage 300 CRE allows 30.' };
 */
export type Violation<C extends string = string> = Issue<C>;
