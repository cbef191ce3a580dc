// Readers for Procore's loose JSON: each returns the value in our model's form, or records an
// issue at the Procore path and returns `undefined`. Null and a missing key mean the same: absent.
import { describeValue, formatPath } from '../../internal/describe.js';
import type { InputIssue, Path } from '../../issues.js';

/**
 * A JSON object (never an array).
 * @example
 * const vendor: Json = { id: 47, origin_id: null };
 */
export type Json = Record<string, unknown>;

/**
 * Whether `value` is a JSON object (not an array, not null).
 * @example
 * isRecord([]) //=> false
 */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether Procore left `value` out: `null` and `undefined` mean the same.
 * @example
 * isAbsent(null) //=> true
 */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * Collects issues; each `add` returns `undefined`, the value of a field that was refused.
 * @example
 * const issues = new Issues();
 * issues.missing(['change_order'], 'an object'); // issues.list[0].code === 'missing'
 */
export class Issues {
  readonly list: InputIssue[] = [];

  add(code: string, path: Path, message: string): undefined {
    this.list.push({ code, path, message });
    return undefined;
  }

  missing(path: Path, what: string): undefined {
    return this.add('missing', path, `${formatPath(path)} is required (${what}).`);
  }

  wrongType(path: Path, what: string, value: unknown): undefined {
    return this.add(
      'invalid_type',
      path,
      `${formatPath(path)} must be ${what}, not ${describeValue(value)}.`,
    );
  }
}

/**
 * An object at `obj[key]`; absent is an issue when `required`.
 * @example
 * readRecord(data, 'commitment', ['request_data', 'commitment'], issues, true)
 */
export function readRecord(
  obj: Json,
  key: string,
  path: Path,
  issues: Issues,
  required: boolean,
): Json | undefined {
  const value = obj[key];
  if (isAbsent(value)) return required ? issues.missing(path, 'an object') : undefined;
  if (!isRecord(value)) return issues.wrongType(path, 'an object', value);
  return value;
}

const ID_WHAT = 'an id (a whole number or a non-empty string)';

/**
 * A Procore id: an integer (v1.0) or a string (v2.0), as a string.
 * @example
 * readId({ id: 188 }, 'id', ['id'], issues) //=> '188'
 */
export function readId(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') {
    return value === '' ? issues.add('too_small', path, `${formatPath(path)} must not be empty.`) : value;
  }
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0
      ? String(value)
      : issues.add(
          'invalid_id',
          path,
          `${formatPath(path)} is ${String(value)}; an id is a whole number ≥ 0.`,
        );
  }
  if (isAbsent(value)) return issues.missing(path, ID_WHAT);
  return issues.wrongType(path, ID_WHAT, value);
}

/**
 * The change order number: an integer (ERP event) or a string (REST), as a string.
 * @example
 * readNumber({ number: 45 }, 'number', ['number'], issues) //=> '45'
 */
export function readNumber(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (isAbsent(value)) return issues.missing(path, 'a whole number or a string');
  return issues.wrongType(path, 'a whole number or a string', value);
}

/**
 * Free text (title, description, names): Procore writes `null` for empty, read as `""`.
 * @example
 * readText({ title: null }, 'title', ['title'], issues) //=> ''
 */
export function readText(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (isAbsent(value)) return '';
  return issues.wrongType(path, 'a string', value);
}

/**
 * A string the model checks further (status, timestamps): required.
 * @example
 * readString({ status: 'Approved' }, 'status', ['status'], issues) //=> 'Approved'
 */
export function readString(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (isAbsent(value)) return issues.missing(path, 'a string');
  return issues.wrongType(path, 'a string', value);
}

/**
 * An ERP id or code (`origin_id`, `origin_code`): a string, or an integer read as a string;
 * `undefined` when absent. A blank string is kept as it is: it is given, and empty.
 * @example
 * readOrigin({ origin_id: null }, 'origin_id', ['origin_id'], issues) //=> undefined
 */
export function readOrigin(obj: Json, key: string, path: Path, issues: Issues): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return issues.wrongType(path, 'a string or null', value);
}

/**
 * Whether the project is linked to the ERP, from its `origin_id` (or the event's `job_origin_id`):
 * a non-blank id means yes, `null` or `""` means no, a missing key means the payload does not say.
 * @example
 * readLinked({ job_origin_id: null }, 'job_origin_id', ['job_origin_id'], issues) //=> false
 */
export function readLinked(obj: Json, key: string, path: Path, issues: Issues): boolean | undefined {
  if (!(key in obj)) return undefined;
  const id = readOrigin(obj, key, path, issues);
  return id !== undefined && id.trim() !== '';
}
