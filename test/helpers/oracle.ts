/** The BigInt oracle: a decimal string as an exact integer number of 10^-scale units. */
export function toUnits(amount: string, scale: number): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return negative ? -units : units;
}

export function scaleOf(amounts: readonly string[]): number {
  let scale = 2;
  for (const a of amounts) {
    const dot = a.indexOf('.');
    if (dot >= 0) scale = Math.max(scale, a.length - dot - 1);
  }
  return scale;
}

/** The exact sum by the oracle, as `units` at `scale` (no normalisation). */
export function oracleSum(amounts: readonly string[]): { units: bigint; scale: number } {
  const scale = scaleOf(amounts);
  let units = 0n;
  for (const a of amounts) units += toUnits(a, scale);
  return { units, scale };
}

/** Reads a canonical output back into units at `scale`, for comparison with the oracle. */
export function outputUnits(output: string, scale: number): bigint {
  return toUnits(output, scale);
}

/** Whether two oracle sums are the same number (whatever their scales). */
export function sameValue(a: { units: bigint; scale: number }, b: { units: bigint; scale: number }): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * 10n ** BigInt(scale - a.scale) === b.units * 10n ** BigInt(scale - b.scale);
}

/** The canonical string of an exact sum (at least two decimals, no trailing zero past them), by BigInt alone. */
export function oracleText(amounts: readonly string[]): string {
  let { units, scale } = oracleSum(amounts);
  while (scale > 2 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const negative = units < 0n;
  const digits = String(negative ? -units : units).padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
