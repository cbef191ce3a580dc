// Placeholder with the interface of the time work in progress (branch `time` replaces this file).
import { err, ok, type Result } from '../result.js';
import { calendarDate as legacyDate, isTimeZone as legacyIsTimeZone } from './calendarDate.js';

export type DateProblem = 'invalid_time_zone' | 'date_out_of_range';

export function isTimeZone(name: unknown): boolean {
  return typeof name === 'string' && legacyIsTimeZone(name);
}

export function calendarDate(epochMillis: number, timeZone: string): Result<string, DateProblem> {
  if (!isTimeZone(timeZone)) return err('invalid_time_zone');
  const date = legacyDate(epochMillis, timeZone);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? ok(date) : err('date_out_of_range');
}
