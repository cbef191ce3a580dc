import { Decimal } from 'decimal.js';
import { DECIMAL_PATTERN } from './decimalString.js';

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

  /**
   * Adds one amount and returns `true`; returns `false`, adding nothing, when it is not a plain
   * decimal string (`DECIMAL_PATTERN`, of any length), which is checked in the same pass.
   */
  add(amount: string): boolean {
    if (typeof amount !== 'string') return false;
    if (this.wide !== undefined) {
      if (!DECIMAL_PATTERN.test(amount)) return false;
      this.wide = this.wide.plus(amount);
      return true;
    }
    // One pass over the characters: the digits as an integer, the decimals without trailing zeros.
    const n = amount.length;
    const negative = amount.charCodeAt(0) === 45;
    let value = 0;
    let digits = 0;
    let integers = 0;
    let decimals = 0;
    let fraction = -1;
    let zeros = 0;
    for (let i = negative ? 1 : 0; i < n; i++) {
      const c = amount.charCodeAt(i) - 48;
      if (c < 0 || c > 9) {
        // Only one point, after a digit.
        if (c !== -2 || fraction >= 0 || integers === 0) return false;
        fraction = 0;
      } else if (fraction < 0) {
        value = value * 10 + c;
        digits++;
        integers++;
      } else {
        decimals++;
        if (c === 0) {
          zeros++; // kept back: only zeros before a later non-zero digit count
        } else {
          fraction += zeros + 1;
          digits += zeros + 1;
          // 15 digits always fit a double exactly; past them the sum goes wide below.
          if (digits <= 15) value = value * POW10[zeros + 1]! + c;
          zeros = 0;
        }
      }
    }
    if (integers === 0 || (fraction >= 0 && decimals === 0)) return false;
    if (digits > 15) {
      this.goWide(amount);
      return true;
    }
    if (fraction < 0) fraction = 0;
    if (negative) value = -value;
    let units = this.units;
    if (fraction > this.scale) {
      units *= POW10[fraction - this.scale]!;
    } else if (fraction < this.scale) {
      value *= POW10[this.scale - fraction]!;
    }
    const next = units + value;
    if (!Number.isSafeInteger(units) || !Number.isSafeInteger(value) || !Number.isSafeInteger(next)) {
      this.goWide(amount);
      return true;
    }
    this.units = next;
    if (fraction > this.scale) this.scale = fraction;
    return true;
  }

  /** Adds another sum, without going through its text when both are small. */
  addSum(other: ExactSum): void {
    if (this.wide === undefined && other.wide === undefined) {
      let units = this.units;
      let value = other.units;
      if (other.scale > this.scale) units *= POW10[other.scale - this.scale]!;
      else if (other.scale < this.scale) value *= POW10[this.scale - other.scale]!;
      const next = units + value;
      if (Number.isSafeInteger(units) && Number.isSafeInteger(value) && Number.isSafeInteger(next)) {
        this.units = next;
        if (other.scale > this.scale) this.scale = other.scale;
        return;
      }
    }
    this.add(other.toString());
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

/** The largest number of units that can be scaled to cents and stay a safe integer. */
const MAX_CENTS_UNITS = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/** `units / 10^scale` as a canonical decimal string (see {@link ExactSum.toString}). */
function formatUnits(units: number, scale: number): string {
  if (units === 0) return '0.00';
  let abs = units < 0 ? -units : units;
  if (scale <= 2 && abs <= MAX_CENTS_UNITS) {
    // The usual case, money in cents: no trimming, no slicing. The division cannot round across
    // an integer: cents < 2^53 / 100.
    const cents = scale === 2 ? abs : abs * POW10[2 - scale]!;
    const whole = Math.floor(cents / 100);
    const rest = cents - whole * 100;
    return `${units < 0 ? '-' : ''}${whole}.${rest < 10 ? '0' : ''}${rest}`;
  }
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
 * The exact sum of decimal strings, in canonical form. A value that is not a plain decimal string
 * is a programming error and throws.
 * @example
 * sumDecimals(['0.1', '0.2']) //=> '0.30'
 */
export function sumDecimals(amounts: Iterable<string>): string {
  const sum = new ExactSum();
  for (const a of amounts) {
    if (!sum.add(a)) throw new TypeError(`[cco-erp] ${JSON.stringify(a)} is not a decimal string.`);
  }
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The canonical form of one plain decimal string (what `ExactSum` would print for it alone),
 * worked out on the text: no number is made, and an amount already canonical comes back as it
 * is. `undefined` when the text is not a plain decimal (`DECIMAL_PATTERN`).
 */
export function canonicalText(amount: string): string | undefined {
  const n = amount.length;
  const negative = amount.charCodeAt(0) === 45;
  const intStart = negative ? 1 : 0;
  let i = intStart;
  while (i < n && isDigit(amount.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  let fracStart = n;
  let fracEnd = n;
  if (i < n) {
    if (amount.charCodeAt(i) !== 46) return undefined;
    fracStart = ++i;
    while (i < n && isDigit(amount.charCodeAt(i))) i++;
    if (i !== n || i === fracStart) return undefined;
    while (fracEnd > fracStart && amount.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  }
  let wholeStart = intStart;
  while (wholeStart < intEnd - 1 && amount.charCodeAt(wholeStart) === 48) wholeStart++;
  const significant = fracEnd - fracStart;
  if (significant === 0 && intEnd - wholeStart === 1 && amount.charCodeAt(wholeStart) === 48) return '0.00';
  if (wholeStart === intStart && n - fracStart === Math.max(significant, 2)) return amount;
  const whole = amount.slice(wholeStart, intEnd);
  const fraction =
    significant >= 2 ? amount.slice(fracStart, fracEnd) : significant === 1 ? `${amount[fracStart]}0` : '00';
  return `${negative ? '-' : ''}${whole}.${fraction}`;
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
