import { describeValue, formatPath } from '../../internal/describe.js';
import type { Path } from '../../issues.js';
import { type Issues, isAbsent, type Json } from './read.js';

/**
 * Below 2^46 the gap between neighbouring doubles is under a cent (2^-7), so every amount in cents
 * has a double of its own and the shortest form of that double gives the cents back. From 2^46 on,
 * two cents can share one double and the float no longer says which was meant.
 */
const EXACT_CENTS_LIMIT = 2 ** 46;

/**
 * The decimal string a float amount stands for, when it is exact to the cent: its shortest
 * decimal form (`String(x)`) has at most 2 decimals, no exponent, and `|x| < 2^46`. Otherwise a
 * sentence saying why it is refused. Never rounds.
 * @example
 * amountFromFloat(1250.5) //=> { ok: true, value: '1250.5' }
 * amountFromFloat(0.125).ok //=> false
 */
export function amountFromFloat(x: number): { ok: true; value: string } | { ok: false; message: string } {
  if (!Number.isFinite(x)) {
    return { ok: false, message: `Amount is ${String(x)}, which is not an amount; send a decimal string.` };
  }
  const shortest = String(x);
  if (shortest.includes('e')) {
    return {
      ok: false,
      message: `Amount is the float ${shortest}; it is not exact to the cent. Send the amount as a decimal string such as "1250.50".`,
    };
  }
  if (Math.abs(x) >= EXACT_CENTS_LIMIT) {
    return {
      ok: false,
      message: `Amount is the float ${shortest}; at this size a float cannot tell neighbouring cents apart (limit 2^46 = ${EXACT_CENTS_LIMIT}). Send the amount as a decimal string.`,
    };
  }
  const point = shortest.indexOf('.');
  const decimals = point < 0 ? 0 : shortest.length - point - 1;
  if (decimals > 2) {
    return {
      ok: false,
      message: `Amount is the float ${shortest}, with ${decimals} decimal places; only floats exact to the cent are converted, and nothing is rounded. Send the amount as a decimal string.`,
    };
  }
  return { ok: true, value: shortest };
}

/**
 * A line amount: a decimal string is passed on as it is (the model checks it and says what is
 * wrong); a float is converted only when exact to the cent.
 * @example
 * readAmount({ amount: 233 }, 'amount', ['amount'], issues) //=> '233'
 */
export function readAmount(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const converted = amountFromFloat(value);
    return converted.ok ? converted.value : issues.add('invalid_amount', path, converted.message);
  }
  if (isAbsent(value)) return issues.missing(path, 'a decimal string such as "1250.50"');
  return issues.add(
    'invalid_amount',
    path,
    `${formatPath(path)} must be a decimal string such as "1250.50", not ${describeValue(value)}.`,
  );
}
