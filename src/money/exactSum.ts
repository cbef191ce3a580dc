import { Decimal } from 'decimal.js';
import { quote } from '../text/quote.js';
import { decimalShape, partsOf } from './decimalString.js';

/**
 * decimal.js with our own settings, private to this module: a host application's `Decimal.set()`
 * cannot change our results, and ours never change theirs. Amounts are at most 40 characters
 * (`MAX_AMOUNT_LENGTH`, refused beyond), so a sum has at most 40 + 16 integer digits and 39
 * decimals: far below this precision, so additions are exact.
 */
const Wide = Decimal.clone({
  precision: 1_000,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -1e15,
  toExpPos: 1e15,
});
type Wide = InstanceType<typeof Wide>;

/** Powers of ten that are exact doubles. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * An exact sum of decimal strings. The fast path keeps the sum as an integer number of units of
 * 10^-scale in a double; the first addition whose result leaves the safe-integer range moves the
 * sum to decimal.js. Checking the result alone is enough: each addend is a safe integer, one of them
 * scaled by 10^k (k ≥ 1); a scaled addend past 2^53 that a safe result could come back from is
 * below 2^54, where doubles hold every even integer, and a multiple of 10^k is even, so it is exact,
 * and so is the sum. Both paths are checked against a BigInt oracle in the property tests.
 */
export class ExactSum {
  /** The sum is `units / 10^scale` while `wide` is undefined. */
  private units = 0;
  private scale = 0;
  private wide: Wide | undefined;

  /**
   * Adds one amount and returns `true`; returns `false`, adding nothing, when it is not a plain
   * decimal string of at most 40 characters (the one grammar, `readDecimal`).
   */
  add(amount: string): boolean {
    const shape = decimalShape(amount);
    // Stryker disable next-line EqualityOperator: a shape is never 0 (its intEnd is at least 1)
    if (shape < 0) return false;
    this.addShape(amount, shape);
    return true;
  }

  /** Adds an amount already read by `decimalShape` (not -1). */
  addShape(amount: string, shape: number): void {
    if (this.wide !== undefined) {
      this.wide = this.wide.plus(amount);
      return;
    }
    const { negative, wholeStart, intEnd, fracStart, fracEnd } = partsOf(shape);
    const fraction = fracEnd - fracStart;
    // 15 digits always fit a double exactly; past them the sum goes wide.
    if (intEnd - wholeStart + fraction > 15) {
      this.goWide(amount);
      return;
    }
    let value = 0;
    for (let i = wholeStart; i < intEnd; i++) value = value * 10 + amount.charCodeAt(i) - 48;
    for (let i = fracStart; i < fracEnd; i++) value = value * 10 + amount.charCodeAt(i) - 48;
    if (negative) value = -value;
    let units = this.units;
    // Stryker disable next-line EqualityOperator: at equal scales both sides are scaled by 10^0 = 1
    if (fraction > this.scale) units *= POW10[fraction - this.scale]!;
    // Stryker disable next-line EqualityOperator: at equal scales both sides are scaled by 10^0 = 1
    if (fraction < this.scale) value *= POW10[this.scale - fraction]!;
    const next = units + value;
    if (!Number.isSafeInteger(next)) {
      this.goWide(amount);
      return;
    }
    this.units = next;
    // Stryker disable next-line EqualityOperator: at equal scales the scale stays
    if (fraction > this.scale) this.scale = fraction;
  }

  /**
   * Adds another sum, never through its text: a sum may be longer than any one amount, and the
   * text of an amount is limited to 40 characters.
   */
  addSum(other: ExactSum): void {
    if (this.wide === undefined && other.wide === undefined) {
      let units = this.units;
      let value = other.units;
      // Stryker disable next-line EqualityOperator: at equal scales both sides are scaled by 10^0 = 1
      if (other.scale > this.scale) units *= POW10[other.scale - this.scale]!;
      // Stryker disable next-line EqualityOperator: at equal scales both sides are scaled by 10^0 = 1
      if (other.scale < this.scale) value *= POW10[this.scale - other.scale]!;
      const next = units + value;
      if (Number.isSafeInteger(next)) {
        this.units = next;
        // Stryker disable next-line EqualityOperator: at equal scales the scale stays
        if (other.scale > this.scale) this.scale = other.scale;
        return;
      }
    }
    this.wide = this.toWide().plus(other.toWide());
  }

  /** The sum in decimal.js: exact, since `units` is a safe integer and `10^scale` a power of ten. */
  private toWide(): Wide {
    return this.wide ?? new Wide(this.units).div(POW10[this.scale]!);
  }

  private goWide(amount: string): void {
    this.wide = this.toWide().plus(amount);
  }

  /**
   * The sum as a canonical decimal string: at least two decimal places, no trailing zeros
   * beyond them, never an exponent, never `-0.00`.
   */
  toString(): string {
    if (this.wide !== undefined) {
      const w = this.wide.isZero() ? new Wide(0) : this.wide;
      return w.toFixed(Math.max(2, w.decimalPlaces()));
    }
    return formatUnits(this.units, this.scale);
  }
}

/** The largest number of units that can be scaled to cents and stay a safe integer. */
const MAX_CENTS_UNITS = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/** `units / 10^scale` as a canonical decimal string (see {@link ExactSum.toString}). */
function formatUnits(units: number, scale: number): string {
  let abs = Math.abs(units);
  // The usual case, money in cents: no trimming, no slicing. The division cannot round across an
  // integer: cents < 2^53 / 100. The general way below writes the same text, slower.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut; at its bounds the general way writes the same (a sum past them is tested)
  if (scale <= 2 && abs <= MAX_CENTS_UNITS) {
    const cents = abs * POW10[2 - scale]!;
    const whole = Math.floor(cents / 100);
    const rest = cents - whole * 100;
    return `${units < 0 ? '-' : ''}${whole}.${rest < 10 ? '0' : ''}${rest}`;
  }
  // Stryker disable next-line EqualityOperator: a zero trimmed to one decimal is padded back
  while (scale > 2 && abs % 10 === 0) {
    abs /= 10;
    scale--;
  }
  let digits = String(abs);
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  const cut = digits.length - scale;
  return `${units < 0 ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut).padEnd(2, '0')}`;
}

/**
 * The exact sum of decimal strings, in canonical form. A value that is not a plain decimal string
 * is a programming error and throws.
 * @example
 * sumDecimals(['0.1', '0.2']) //=> '0.30'
 */
export function sumDecimals(amounts: Iterable<string>): string {
  const sum = new ExactSum();
  for (const a of amounts) {
    if (!sum.add(a)) throw new TypeError(`[cco-erp] ${quote(String(a))} is not a decimal string.`);
  }
  return sum.toString();
}
