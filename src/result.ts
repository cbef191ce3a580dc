/**
 * The outcome of an operation that can fail for expected reasons: `{ ok: true, value }` or
 * `{ ok: false, error }`, the shape callers know from zod's `safeParse`.
 * @example
 * const r: Result<number, string> = ok(1);
 * if (r.ok) r.value; //=> 1
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a value in a successful {@link Result}.
 * @param value - The value.
 * @returns `{ ok: true, value }`.
 * @example
 * ok(42) //=> { ok: true, value: 42 }
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps an error in a failed {@link Result}.
 * @param error - The error, plain data.
 * @returns `{ ok: false, error }`.
 * @example
 * err([{ code: 'invalid_type', path: ['title'], message: 'title must be a string' }])
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
