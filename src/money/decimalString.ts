// The one grammar of amounts: a plain decimal string, read by hand in one pass. Everything else in
// the library that looks at the text of an amount (sums, canonical form, digit counts) reads it
// through `readDecimal`.

/** The longest amount accepted, in characters: far beyond any ledger, short enough to stay cheap. */
export const MAX_AMOUNT_LENGTH = 40;

/**
 * Where the parts of a plain decimal string are: `-`? digits (`.` digits)?, at most
 * {@link MAX_AMOUNT_LENGTH} characters. Indexes are into the text.
 */
export interface DecimalParts {
  readonly negative: boolean;
  /** The first integer digit that is not a leading zero (the last one when all are zeros). */
  readonly wholeStart: number;
  /** Just after the integer digits. */
  readonly intEnd: number;
  /** The first decimal, or the text's length when there is no point. */
  readonly fracStart: number;
  /** Just after the last decimal that is not a trailing zero (`fracStart` when none is). */
  readonly fracEnd: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Bits per index in a {@link decimalShape}: every index is at most {@link MAX_AMOUNT_LENGTH} < 64. */
const BITS = 6;
const MASK = (1 << BITS) - 1;

/**
 * `readDecimal`'s reading without the object: the same parts packed into one small integer
 * (`fracEnd`, `fracStart`, `intEnd`, `wholeStart`, `negative`, six bits each from the lowest), or
 * -1 when `text` is not a plain decimal string. For the hot paths that read many amounts (sums,
 * checks): nothing is allocated. Read the parts back with {@link partsOf}.
 */
export function decimalShape(text: unknown): number {
  if (typeof text !== 'string') return -1;
  const n = text.length;
  if (n > MAX_AMOUNT_LENGTH) return -1;
  const negative = text.charCodeAt(0) === 45;
  const intStart = negative ? 1 : 0;
  let i = intStart;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: charCodeAt(n) is NaN, not a digit
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return -1;
  let fracStart = n;
  let fracEnd = n;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return -1;
    fracStart = ++i;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: charCodeAt(n) is NaN, not a digit
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i !== n || i === fracStart) return -1;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: the character before fracStart is the point, never a 0
    while (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  }
  let wholeStart = intStart;
  while (wholeStart < intEnd - 1 && text.charCodeAt(wholeStart) === 48) wholeStart++;
  return (
    fracEnd |
    (fracStart << BITS) |
    (intEnd << (2 * BITS)) |
    (wholeStart << (3 * BITS)) |
    ((negative ? 1 : 0) << (4 * BITS))
  );
}

/** The parts of a {@link decimalShape} that is not -1. */
export function partsOf(shape: number): DecimalParts {
  return {
    negative: shape >> (4 * BITS) === 1,
    wholeStart: (shape >> (3 * BITS)) & MASK,
    intEnd: (shape >> (2 * BITS)) & MASK,
    fracStart: (shape >> BITS) & MASK,
    fracEnd: shape & MASK,
  };
}

/**
 * Reads `text` as a plain decimal string: an optional minus, digits, and optionally a point followed
 * by digits; no exponent, no grouping, no plus, no spaces, at most {@link MAX_AMOUNT_LENGTH}
 * characters. The one grammar of amounts.
 * @returns Where its parts are, or `undefined` when it is not one.
 * @example
 * readDecimal('-007.50') //=> { negative: true, wholeStart: 3, intEnd: 4, fracStart: 5, fracEnd: 6 }
 */
export function readDecimal(text: unknown): DecimalParts | undefined {
  const shape = decimalShape(text);
  // Stryker disable next-line EqualityOperator: a shape is never 0 (its intEnd is at least 1)
  return shape < 0 ? undefined : partsOf(shape);
}

/**
 * Whether `value` is a plain decimal string such as `"-1250.5"` or `"233.0"`.
 * @example
 * isDecimalString('233.0') //=> true
 * isDecimalString('1e3') //=> false
 */
export function isDecimalString(value: unknown): value is string {
  // Stryker disable next-line EqualityOperator: a shape is never 0 (its intEnd is at least 1)
  return decimalShape(value) >= 0;
}

/** Decimal places of a decimal string, counted by value: `"0.010"` has 2, `"5.0"` has 0. */
export function decimalPlaces(parts: DecimalParts): number {
  return parts.fracEnd - parts.fracStart;
}

/** Integer digits of a decimal string, counted by value: `"-0.5"` has 1, `"007"` has 1. */
export function integerDigits(parts: DecimalParts): number {
  return parts.intEnd - parts.wholeStart;
}

/**
 * Whether the decimal string is zero or below. Leading zeros are skipped up to the last integer
 * digit, so the integer part is zero exactly when its first counted digit is a `0`.
 */
export function isNotPositive(text: string, parts: DecimalParts): boolean {
  return parts.negative || (parts.fracEnd === parts.fracStart && text.charCodeAt(parts.wholeStart) === 48);
}

/**
 * The canonical form of one plain decimal string: at least two decimals, no trailing zeros beyond
 * them, no leading zeros, never `-0.00`. Worked out on the text: no number is made, and an amount
 * already canonical comes back as it is. `undefined` when the text is not a plain decimal.
 * @example
 * canonicalText('233.0') //=> '233.00'
 * canonicalText('-0.1250') //=> '-0.125'
 */
export function canonicalText(text: string): string | undefined {
  const shape = decimalShape(text);
  // Stryker disable next-line EqualityOperator: a shape is never 0 (its intEnd is at least 1)
  if (shape < 0) return undefined;
  const { negative, wholeStart, intEnd, fracStart, fracEnd } = partsOf(shape);
  const significant = fracEnd - fracStart;
  // Zero, whatever its sign and zeros (see isNotPositive).
  if (significant === 0 && text.charCodeAt(wholeStart) === 48) return '0.00';
  const intStart = negative ? 1 : 0;
  // Stryker disable next-line ConditionalExpression: a shortcut for a canonical text; the long way writes the same
  if (wholeStart === intStart && text.length - fracStart === Math.max(significant, 2)) return text;
  const whole = text.slice(wholeStart, intEnd);
  const fraction =
    significant >= 2 ? text.slice(fracStart, fracEnd) : significant === 1 ? `${text[fracStart]}0` : '00';
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/**
 * A decimal string for a JSON number, to suggest in a message: plain digits (never an exponent),
 * two decimals, accepted by the parser; `undefined` when no such string fits the length limit.
 */
function suggestion(value: number): string | undefined {
  // toFixed writes an exponent from 1e21 on; every double that large is a whole number.
  const text = Math.abs(value) < 1e21 ? value.toFixed(2) : `${BigInt(value)}.00`;
  return text.length <= MAX_AMOUNT_LENGTH ? text : undefined;
}

/**
 * Why `value` is not a plain decimal string, as a sentence naming it `label`; `undefined` when it
 * is one. Used for the messages of `invalid_amount` (and `invalid_decimal`) issues.
 */
export function explainNotDecimal(value: unknown, label = 'Amount'): string | undefined {
  if (isDecimalString(value)) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return `${label} is ${String(value)}, which is not an amount; send a decimal string such as "1250.50".`;
    }
    const instead = suggestion(value);
    return instead === undefined
      ? `${label} is the JSON number ${String(value)}, far beyond an amount of at most ${MAX_AMOUNT_LENGTH} characters; send a decimal string.`
      : `${label} is the JSON number ${String(value)}; send it as a decimal string such as "${instead}", because binary numbers cannot hold every cent.`;
  }
  if (typeof value !== 'string') return `${label} must be a decimal string such as "1250.50".`;
  if (value === '') return `${label} is empty; write a decimal string such as "0.00".`;
  if (value.length > MAX_AMOUNT_LENGTH) {
    return `${label} has ${value.length} characters; at most ${MAX_AMOUNT_LENGTH} are accepted.`;
  }
  const quoted = JSON.stringify(value);
  if (value.trim() !== value) return `${label} ${quoted} has spaces around it; remove them.`;
  if (/^-?\d+,\d+$/.test(value)) {
    return `${label} ${quoted} uses a comma; write the decimal point as "." (${value.replace(',', '.')}).`;
  }
  if (/[eE]/.test(value))
    return `${label} ${quoted} is in exponent notation; write every digit, such as "1000.00".`;
  if (/^\+/.test(value)) return `${label} ${quoted} has a plus sign; write positive amounts without a sign.`;
  if (/^-?\.\d+$/.test(value))
    return `${label} ${quoted} has no digit before the point; write "${value.replace('.', '0.')}".`;
  if (/^-?\d+\.$/.test(value))
    return `${label} ${quoted} ends with a point; add the decimals or remove the point.`;
  if (/[,_ ]/.test(value))
    return `${label} ${quoted} has digit grouping; write digits only, such as "1250000.00".`;
  return `${label} ${quoted} is not a decimal number; write it like "-1250.50".`;
}
