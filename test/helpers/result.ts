// Unwrapping results in tests: the value of a success, the errors of a refusal.

/** The value of a result that must have succeeded. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Every error of a result that must have failed. */
export function errors<E>(r: { ok: true; value: unknown } | { ok: false; error: E }): E {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

/** The first error of a result that must have failed (the one Procore shows). */
export function firstError<E>(r: { ok: true; value: unknown } | { ok: false; error: readonly E[] }): E {
  const first = errors(r)[0];
  if (first === undefined) throw new Error('a refusal must carry at least one error');
  return first;
}
