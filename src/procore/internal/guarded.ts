import { err } from '../../result.js';
import type { ProcoreResult } from '../types.js';

/**
 * Runs an adapter so that hostile input (a throwing getter, a revoked proxy) is reported as an
 * issue instead of crashing the caller.
 * @example
 * guarded(() => readEvent(payload)) // a throwing getter gives [{ code: 'unreadable_input', … }]
 */
export function guarded(read: () => ProcoreResult): ProcoreResult {
  try {
    return read();
  } catch (cause) {
    let why: string;
    try {
      why = String(cause).slice(0, 200);
    } catch {
      why = 'an error that cannot be shown';
    }
    return err([{ code: 'unreadable_input', path: [], message: `The payload could not be read: ${why}` }]);
  }
}
