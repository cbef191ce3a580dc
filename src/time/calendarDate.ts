import type { Result } from '../result.js';
import type { DateProblem } from './zone.js';

/**
 * Transitional, for the two mappers until the export spine turns a {@link DateProblem} into a
 * violation and refuses the change order: the date, or the problem's code where the date would be
 * (never a malformed date such as `10000-01-01`). Not exported from the package; delete it with
 * its two callers.
 * @example
 * dateText(calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific')) //=> '2024-03-09'
 */
export function dateText(date: Result<string, DateProblem>): string {
  return date.ok ? date.value : date.error;
}
