import { exceedsCodePoints } from './codePoints.js';
import { truncateGraphemes } from './truncate.js';

/** The most characters (code points) of user text a message quotes. */
export const QUOTE_LIMIT = 60;

/**
 * User text as a message quotes it: in double quotes (JSON escapes, so a control character or a
 * quote inside cannot break the message), cut to at most {@link QUOTE_LIMIT} characters at a
 * grapheme boundary (never half an emoji) with `…` when cut. A 5 MB id makes a short message.
 * @example
 * quote('CO-0007') //=> '"CO-0007"'
 * quote('x'.repeat(5_000_000)).length //=> 64
 */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  // A value typed as text that is not text (a change order built in code) is named, not printed.
  if (typeof text !== 'string') return describeValue(text);
  if (!exceedsCodePoints(text, limit)) return JSON.stringify(text);
  return JSON.stringify(`${truncateGraphemes(text, limit).text}…`);
}

function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked proxy: an object that cannot be looked into
  }
}

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
