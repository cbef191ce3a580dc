import { Decimal } from 'decimal.js';

/**
 * decimal.js with our own settings, private to this module: a host application's `Decimal.set()`
 * cannot change our results, and ours never change theirs. The precision is far above any sum of
 * amounts of at most 40 characters, so additions are exact.
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
 * 10^-scale in a double, which is exact while every intermediate stays a safe integer; the first
 * operation that would leave that range moves the sum to decimal.js. Both paths are checked
 * against a BigInt oracle in the property tests.
 */
export class ExactSum {
  /** The sum is `units / 10^scale` while `wide` is undefined. */
  private units = 0;
  private scale = 0;
  private wide: Wide | undefined;

  /** Adds one decimal string (already checked by `isDecimalString`). */
  add(amount: string): void {
    if (this.wide !== undefined) {
      this.wide = this.wide.plus(amount);
      return;
    }
    const dot = amount.indexOf('.');
    let end = amount.length;
    if (dot >= 0) {
      while (end > dot + 1 && amount.charCodeAt(end - 1) === 48) end--;
      if (end === dot + 1) end = dot;
    }
    const fraction = dot >= 0 && end > dot ? end - dot - 1 : 0;
    // 15 digits (plus sign and point) always fit a double exactly.
    if (end - (dot >= 0 && end > dot ? 1 : 0) - (amount.charCodeAt(0) === 45 ? 1 : 0) > 15) {
      this.goWide(amount);
      return;
    }
    let value = Number(
      dot >= 0 && end > dot ? amount.slice(0, dot) + amount.slice(dot + 1, end) : amount.slice(0, end),
    );
    let units = this.units;
    if (fraction > this.scale) {
      units *= POW10[fraction - this.scale]!;
    } else if (fraction < this.scale) {
      value *= POW10[this.scale - fraction]!;
    }
    const next = units + value;
    if (!Number.isSafeInteger(units) || !Number.isSafeInteger(value) || !Number.isSafeInteger(next)) {
      this.goWide(amount);
      return;
    }
    this.units = next;
    if (fraction > this.scale) this.scale = fraction;
  }

  private goWide(amount: string): void {
    this.wide = new Wide(this.units).div(POW10[this.scale]!).plus(amount);
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

/** `units / 10^scale` as a canonical decimal string (see {@link ExactSum.toString}). */
function formatUnits(units: number, scale: number): string {
  if (units === 0) return '0.00';
  let abs = Math.abs(units);
  while (scale > 2 && abs % 10 === 0) {
    abs /= 10;
    scale--;
  }
  let digits = String(abs);
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  const cut = digits.length - scale;
  let fraction = digits.slice(cut);
  if (fraction.length < 2) fraction += '0'.repeat(2 - fraction.length);
  return `${units < 0 ? '-' : ''}${digits.slice(0, cut)}.${fraction}`;
}

/**
 * The exact sum of decimal strings, in canonical form.
 * @example
 * sumDecimals(['0.1', '0.2']) //=> '0.30'
 */
export function sumDecimals(amounts: Iterable<string>): string {
  const sum = new ExactSum();
  for (const a of amounts) sum.add(a);
  return sum.toString();
}

/** Decimal places of a decimal string, counted by value: `"0.010"` has 2, `"5.0"` has 0. */
export function decimalPlaces(amount: string): number {
  const dot = amount.indexOf('.');
  if (dot < 0) return 0;
  let end = amount.length;
  while (end > dot + 1 && amount.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1;
}

/** Integer digits of a decimal string, counted by value: `"-0.5"` has 1, `"007"` has 1. */
export function integerDigits(amount: string): number {
  let start = amount.charCodeAt(0) === 45 ? 1 : 0;
  const dot = amount.indexOf('.');
  const end = dot < 0 ? amount.length : dot;
  while (start < end - 1 && amount.charCodeAt(start) === 48) start++;
  return end - start;
}

/**
 * The canonical form of one decimal string: at least two decimals, no trailing zeros beyond them.
 * @example
 * canonicalAmount('233.0') //=> '233.00'
 * canonicalAmount('-0.1250') //=> '-0.125'
 */
export function canonicalAmount(amount: string): string {
  return sumDecimals([amount]);
}
