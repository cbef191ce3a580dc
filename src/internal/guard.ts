import type { InputIssue } from '../issues.js';
import { err, type Result } from '../result.js';

/**
 * What a thrown value says, for a message: never throws itself, whatever was thrown (an object
 * without a prototype, one whose `toString` throws, a revoked proxy), and never longer than about
 * 200 characters.
 * @example
 * describeCause(new TypeError('boom')) //=> 'TypeError: boom'
 * describeCause(Object.create(null)) //=> 'an error that cannot be shown'
 */
export function describeCause(cause: unknown): string {
  let text: string;
  try {
    text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    if (typeof text !== 'string') throw new TypeError('not a string');
  } catch {
    return 'an error that cannot be shown';
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Runs a reader of untrusted input so that hostile input (a throwing getter, a revoked proxy, an
 * object whose `toString` throws) becomes one `unreadable_input` issue instead of an exception.
 * The one guard of every public entry point that reads unknown data.
 * @param what - What is read, for the message: "The change order", "The metadata".
 * @example
 * guard('The payload', () => read(payload)) // a throwing getter gives [{ code: 'unreadable_input', … }]
 */
export function guard<T>(what: string, read: () => Result<T, InputIssue[]>): Result<T, InputIssue[]> {
  try {
    return read();
  } catch (cause) {
    return err([
      {
        code: 'unreadable_input',
        path: [],
        message: `${what} could not be read: ${describeCause(cause)}`,
      },
    ]);
  }
}
