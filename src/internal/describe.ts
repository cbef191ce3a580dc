import { describeValue, quote } from '../text/quote.js';

export { describeValue };

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
