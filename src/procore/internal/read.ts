// Procore's own value shapes (ids, change order numbers, ERP ids, free text) on the shared
// loose-JSON reader: each returns the value in our model's form, or records an issue at its path
// in the Procore payload and returns `undefined`. Null and a missing key mean the same: absent.

import { describeValue } from '../../internal/describe.js';
import { type Found, has, isAbsent, type LooseReader, own } from '../../internal/looseJson.js';
import type { ErpCode } from '../../model/lineItem.js';
import { err, ok, type Result } from '../../result.js';
import { quote } from '../../text/quote.js';

const ID_WHAT = 'an id (a whole number or a non-empty string)';

/**
 * The digits of a JSON number that stands for an id or a code: it must be whole, at least `min`,
 * and exact. Beyond 2^53 − 1 a JSON number is not exact: `9007199254740993` reads as
 * `9007199254740992`, so the value read may not be the one sent.
 */
function digits(where: string, value: number, min: number, expected: string): Result<string, string> {
  if (Number.isSafeInteger(value) && value >= min) return ok(String(value));
  if (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return err(
      `${where} is a JSON number beyond 2^53 − 1 (${Number.MAX_SAFE_INTEGER}), read as ${String(value)}: numbers that large are not exact in JSON (9007199254740993 reads as 9007199254740992), so it may not be what was sent. Send it as a string.`,
    );
  }
  return err(`${where} is ${String(value)}; it must be ${expected}.`);
}

/**
 * A Procore id: an integer (v1.0) or a string (v2.0), as a string. Required.
 * @example
 * readId(r, { json: { id: 188 }, path: [] }, 'id') //=> '188'
 */
export function readId(r: LooseReader, parent: Found, key: string): string | undefined {
  const path = [...parent.path, key];
  const value = own(parent, key);
  if (typeof value === 'string') {
    return value === '' ? r.add('too_small', path, `${r.where(path)} must not be empty.`) : value;
  }
  if (typeof value === 'number') {
    const read = digits(r.where(path), value, 0, 'a whole number ≥ 0 or a non-empty string');
    return read.ok ? read.value : r.add('invalid_id', path, read.error);
  }
  return isAbsent(value) ? r.missing(path, ID_WHAT) : r.wrongType(path, ID_WHAT, value);
}

/**
 * The change order number: an integer (ERP event) or a string (REST), as a string. Required.
 * @example
 * readNumber(r, { json: { number: 45 }, path: [] }, 'number') //=> '45'
 */
export function readNumber(r: LooseReader, parent: Found, key: string): string | undefined {
  const path = [...parent.path, key];
  const value = own(parent, key);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const read = digits(r.where(path), value, Number.MIN_SAFE_INTEGER, 'a whole number or a string');
    return read.ok ? read.value : r.add('invalid_type', path, read.error);
  }
  const expected = 'a whole number or a string';
  return isAbsent(value) ? r.missing(path, expected) : r.wrongType(path, expected, value);
}

/**
 * Free text (title, description, names): Procore writes `null` for empty, read as `""`.
 * @example
 * readText(r, { json: { title: null }, path: [] }, 'title') //=> ''
 */
export function readText(r: LooseReader, parent: Found, key: string): string | undefined {
  return isAbsent(own(parent, key)) ? '' : r.string(parent, key);
}

/**
 * An ERP id or code (`origin_id`, `origin_code`): a string, or an integer read as a string;
 * `undefined` when absent. A blank string is kept as it is: it is given, and empty.
 * @example
 * readOrigin(r, { json: { origin_id: null }, path: [] }, 'origin_id') //=> undefined
 */
export function readOrigin(r: LooseReader, parent: Found, key: string): string | undefined {
  const value = own(parent, key);
  if (typeof value !== 'number') return r.string(parent, key);
  const path = [...parent.path, key];
  const read = digits(r.where(path), value, Number.MIN_SAFE_INTEGER, 'a string, a whole number or null');
  return read.ok ? read.value : r.add('invalid_type', path, read.error);
}

/**
 * Whether the project is linked to the ERP, from its `origin_id` (or the event's `job_origin_id`):
 * a non-blank id means yes, `null` or `""` means no, a missing key means the payload does not say.
 * @example
 * readLinked(r, { json: { job_origin_id: null }, path: [] }, 'job_origin_id') //=> false
 */
export function readLinked(r: LooseReader, parent: Found, key: string): boolean | undefined {
  if (!has(parent, key)) return undefined;
  const id = readOrigin(r, parent, key);
  return id !== undefined && id.trim() !== '';
}

/**
 * A cost code (`full_code`) or a cost type (`code`) with its `origin_id` as the ERP id; `undefined`
 * when the line has none.
 * @example
 * readCode(r, item, 'cost_code', 'full_code') //=> { code: '01-000', erpId: '800003DD-1600977189|800005FA-1477351439' }
 */
export function readCode(r: LooseReader, item: Found, key: string, codeKey: string): ErpCode | undefined {
  const obj = r.object(item, key);
  if (obj === undefined) return undefined;
  const code = r.string(obj, codeKey, { required: true });
  const erpId = readOrigin(r, obj, 'origin_id');
  if (code === undefined) return undefined;
  return erpId === undefined ? { code } : { code, erpId };
}

/**
 * The data of an ERP event: `request_data` when `root` is the whole event (it has `request_name` or
 * `request_data`), else `root` itself (the caller passed the request data). An event of another
 * kind is an `unexpected_request` issue, saying which `names` the caller reads and what they
 * `carry`; `undefined` then, and when `request_data` is absent.
 * @example
 * const data = eventData(r, root, ['link_vendor', 'create_vendor'], 'a vendor');
 */
export function eventData(
  r: LooseReader,
  root: Found | undefined,
  names: readonly string[],
  carry: string,
): Found | undefined {
  if (root === undefined || !(has(root, 'request_data') || has(root, 'request_name'))) return root;
  const name = own(root, 'request_name');
  if (!isAbsent(name) && !(names as readonly unknown[]).includes(name)) {
    const what =
      typeof name === 'string' ? `a ${quote(name)} event` : `an event named by ${describeValue(name)}`;
    const which = names.map((n) => `"${n}"`).join(' and ');
    r.add(
      'unexpected_request',
      ['request_name'],
      `This is ${what}; only ${which} ${names.length === 1 ? 'carries' : 'carry'} ${carry}.`,
    );
    return undefined;
  }
  return r.object(root, 'request_data', { required: true });
}
