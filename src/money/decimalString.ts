/** A plain decimal: optional minus, digits, optional point and digits. No exponent, no grouping. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The longest amount accepted, in characters: far beyond any ledger, short enough to stay cheap. */
export const MAX_AMOUNT_LENGTH = 40;

/**
 * Whether `value` is a plain decimal string such as `"-1250.5"` or `"233.0"`.
 * @example
 * isDecimalString('233.0') //=> true
 * isDecimalString('1e3') //=> false
 */
export function isDecimalString(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_AMOUNT_LENGTH) return false;
  // By hand, the same language as DECIMAL (checked against it in the tests), in one pass.
  const n = value.length;
  let i = value.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && isDigit(value.charCodeAt(i))) i++;
  if (i === start) return false;
  if (i === n) return true;
  if (value.charCodeAt(i) !== 46 || ++i === n) return false;
  while (i < n && isDigit(value.charCodeAt(i))) i++;
  return i === n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The language of {@link isDecimalString}, as a regular expression (for tests and docs). */
export const DECIMAL_PATTERN = DECIMAL;

/**
 * Why `value` is not a plain decimal string, as a sentence naming it `label`; `undefined` when it
 * is one. Used for the messages of `invalid_amount` (and `invalid_decimal`) input issues.
 */
export function explainNotDecimal(value: unknown, label = 'Amount'): string | undefined {
  if (isDecimalString(value)) return undefined;
  if (typeof value === 'number') {
    return `${label} is the JSON number ${String(value)}; send it as a decimal string such as "${Number.isFinite(value) ? value.toFixed(2) : '0.00'}", because binary numbers cannot hold every cent.`;
  }
  if (typeof value !== 'string') return `${label} must be a decimal string such as "1250.50".`;
  if (value === '') return `${label} is empty; write a decimal string such as "0.00".`;
  if (value.length > MAX_AMOUNT_LENGTH) {
    return `${label} has ${value.length} characters; at most ${MAX_AMOUNT_LENGTH} are accepted.`;
  }
  if (value.trim() !== value) return `${label} "${value}" has spaces around it; remove them.`;
  if (/^-?\d+,\d+$/.test(value)) {
    return `${label} "${value}" uses a comma; write the decimal point as "." (${value.replace(',', '.')}).`;
  }
  if (/[eE]/.test(value))
    return `${label} "${value}" is in exponent notation; write every digit, such as "1000.00".`;
  if (/^\+/.test(value)) return `${label} "${value}" has a plus sign; write positive amounts without a sign.`;
  if (/^-?\.\d+$/.test(value))
    return `${label} "${value}" has no digit before the point; write "${value.replace('.', '0.')}".`;
  if (/^-?\d+\.$/.test(value))
    return `${label} "${value}" ends with a point; add the decimals or remove the point.`;
  if (/[,_ ]/.test(value))
    return `${label} "${value}" has digit grouping; write digits only, such as "1250000.00".`;
  return `${label} "${value}" is not a decimal number; write it like "-1250.50".`;
}
