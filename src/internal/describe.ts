import { quote } from '../text/quote.js';

/**
 * How a value is named in messages: "a number", "null", "an array". Never throws, even on a
 * revoked proxy, and never quotes the value (a 5 MB string is "a string").
 * @example
 * describeValue([1]) //=> 'an array'
 * describeValue(null) //=> 'null'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'object':
      return isArray(value) ? 'an array' : 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return Number.isNaN(value) ? 'NaN' : 'a number';
    case 'bigint':
      return 'a bigint';
    case 'boolean':
      return 'a boolean';
    default:
      return `a ${typeof value}`;
  }
}

function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked proxy: an object that cannot be looked into
  }
}

/** A key written after a dot: a short identifier. Anything else is quoted in brackets. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]{0,59}$/;

/**
 * The one way a path is written in messages: `lineItems[2].amount` from
 * `['lineItems', 2, 'amount']`; `(root)` for `[]`. A key that is not a short identifier (a key
 * from the input with a space, a dot or 5 MB of text) is quoted with {@link quote}, so a path never
 * makes a message long or ambiguous.
 * @example
 * formatPath(['lineItems', 2, 'amount']) //=> 'lineItems[2].amount'
 * formatPath(['fields', 'a.b']) //=> 'fields["a.b"]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${quote(String(key))}]`;
  }
  return out;
}
