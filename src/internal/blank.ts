/**
 * An ERP id or code as the rules read it: `undefined` when absent, empty or only white space (a
 * blank id links nothing), else the value as given. The one place that decides what "blank" means.
 * @example
 * present('   ') //=> undefined
 * present('ACME') //=> 'ACME'
 */
export function present(value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return value.trim() === '' ? undefined : value;
}
