import { describeValue } from '../../internal/describe.js';
import { type Found, isAbsent, type LooseReader, own } from '../../internal/looseJson.js';
import { err, ok, type Result } from '../../result.js';

/**
 * Below 2^46 the gap between neighbouring doubles is under a cent (2^-7), so every amount in cents
 * has a double of its own and the shortest form of that double gives the cents back. From 2^46 on,
 * two cents can share one double and the float no longer says which was meant.
 */
const EXACT_CENTS_LIMIT = 2 ** 46;

/**
 * The decimal string a float amount stands for, when it is exact to the cent: its shortest
 * decimal form (`String(x)`) has at most 2 decimals, no exponent, and `|x| < 2^46`. Otherwise the
 * error is a sentence saying why it is refused. Never rounds.
 * @example
 * amountFromFloat(1250.5) //=> { ok: true, value: '1250.5' }
 * amountFromFloat(0.125) //=> { ok: false, error: 'Amount is the float 0.125, with 3 decimal places; …' }
 */
export function amountFromFloat(x: number): Result<string, string> {
  if (!Number.isFinite(x)) {
    return err(`Amount is ${String(x)}, which is not an amount; send a decimal string.`);
  }
  const shortest = String(x);
  if (shortest.includes('e')) {
    return err(
      `Amount is the float ${shortest}; it is not exact to the cent. Send the amount as a decimal string such as "1250.50".`,
    );
  }
  if (Math.abs(x) >= EXACT_CENTS_LIMIT) {
    return err(
      `Amount is the float ${shortest}; at this size a float cannot tell neighbouring cents apart (limit 2^46 = ${EXACT_CENTS_LIMIT}). Send the amount as a decimal string.`,
    );
  }
  const point = shortest.indexOf('.');
  const decimals = point < 0 ? 0 : shortest.length - point - 1;
  if (decimals > 2) {
    return err(
      `Amount is the float ${shortest}, with ${decimals} decimal places; only floats exact to the cent are converted, and nothing is rounded. Send the amount as a decimal string.`,
    );
  }
  return ok(shortest);
}

const AMOUNT_WHAT = 'a decimal string such as "1250.50"';

/**
 * A line amount: a decimal string is passed on as it is (the model checks it and says what is
 * wrong); a float is converted only when exact to the cent.
 * @example
 * readAmount(r, { json: { amount: 233 }, path: ['items', 0] }, 'amount') //=> '233'
 */
export function readAmount(r: LooseReader, item: Found, key: string): string | undefined {
  const value = own(item, key);
  const path = [...item.path, key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const converted = amountFromFloat(value);
    return converted.ok ? converted.value : r.add('invalid_amount', path, converted.error);
  }
  if (isAbsent(value)) return r.missing(path, AMOUNT_WHAT);
  return r.add(
    'invalid_amount',
    path,
    `${r.where(path)} must be ${AMOUNT_WHAT}, not ${describeValue(value)}.`,
  );
}
