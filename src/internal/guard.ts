import type { InputIssue, Issue } from '../issues.js';
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

/**
 * Thrown by cco-erp when one of its own invariants fails: a bug in cco-erp, never bad input, so no
 * guard turns it into an issue (the CLI reports it per record as `internal_error`).
 */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Whether `cause` is our own `InternalError` (asked safely: a revoked proxy throws on `instanceof`). */
function isInternal(cause: unknown): boolean {
  try {
    return cause instanceof InternalError;
  } catch {
    return false;
  }
}

/**
 * What a typed entry point returns for an exception thrown while it read its input (a throwing
 * getter, a revoked proxy): an `unreadable_input` violation. Our own `InternalError` is not bad
 * input and is thrown on.
 * @example
 * unreadable(new TypeError('boom')) //=> { code: 'unreadable_input', path: [], message: 'The input could not be read: TypeError: boom' }
 */
export function unreadable(cause: unknown): Issue<'unreadable_input'> {
  if (isInternal(cause)) throw cause;
  return {
    code: 'unreadable_input',
    path: [],
    message: `The input could not be read: ${describeCause(cause)}`,
  };
}

/**
 * Runs a typed entry point so that an exception thrown by hostile input becomes the refusal
 * `[unreadable_input]`: the library's functions never throw for bad data.
 * @example
 * refuseThrown(() => send(changeOrder, context)) // a throwing getter gives { ok: false, error: [{ code: 'unreadable_input', … }] }
 */
export function refuseThrown<R extends Result<unknown, readonly Issue[]>>(
  run: () => R,
): R | { readonly ok: false; readonly error: Issue<'unreadable_input'>[] } {
  try {
    return run();
  } catch (cause) {
    return err([unreadable(cause)]);
  }
}
