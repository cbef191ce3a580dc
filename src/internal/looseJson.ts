// The one reader of loose JSON (Procore's payloads, Procore's ERP metadata): each read returns the
// value, or records an issue at its path and returns `undefined`, so that every problem is found
// in one pass. Only own properties are read (`__proto__` and `constructor` are never taken from a
// prototype), and `null` means the same as a missing key: absent.
import type { InputIssue, InputIssueCode, Path } from '../issues.js';
import { describeValue, formatPath } from './describe.js';

/**
 * A JSON object (never an array, never null).
 * @example
 * const vendor: Json = { id: 47, origin_id: null };
 */
export type Json = Readonly<Record<string, unknown>>;

/**
 * A JSON object found in the input, and where: the path every issue under it starts with.
 * @example
 * const vendor: Found = { json: { id: 47 }, path: ['request_data', 'commitment', 'vendor'] };
 */
export interface Found {
  /** The object. */
  readonly json: Json;
  /** Its path from the root of the input. */
  readonly path: Path;
}

/**
 * Whether `value` is a JSON object (not an array, not null).
 * @example
 * isJsonObject([]) //=> false
 */
export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is absent: `null` and `undefined` (a missing key) mean the same.
 * @example
 * isAbsent(null) //=> true
 */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * Whether `found` has the own property `key` (with any value, `null` included).
 * @example
 * has({ json: { job_origin_id: null }, path: [] }, 'job_origin_id') //=> true
 */
export function has(found: Found | undefined, key: string): boolean {
  return found !== undefined && Object.hasOwn(found.json, key);
}

/**
 * The value of the own property `key`; `undefined` when `found` is absent or the key is missing
 * or only inherited.
 * @example
 * own({ json: JSON.parse('{"__proto__": 1}'), path: [] }, 'constructor') //=> undefined
 */
export function own(found: Found | undefined, key: string): unknown {
  return found !== undefined && Object.hasOwn(found.json, key) ? found.json[key] : undefined;
}

/**
 * The own keys of `found`, in order; none when it is absent.
 * @example
 * keys({ json: { a: 1, b: 2 }, path: [] }) //=> ['a', 'b']
 */
export function keys(found: Found | undefined): string[] {
  return found === undefined ? [] : Object.keys(found.json);
}

/** Whether a read may find nothing: `required` reports a missing value. */
export interface ReadOptions {
  /** Report `missing` when the value is absent. */
  readonly required?: boolean;
}

/**
 * Reads loose JSON and collects its issues. A read under an absent parent finds nothing and says
 * nothing: the parent's own read already said why it is absent.
 * @example
 * const r = new LooseReader('The metadata');
 * const settings = r.object(r.root(json), 'settings', { required: true });
 * r.issues //=> [{ code: 'missing', path: ['settings'], message: 'settings is required (an object).' }]
 */
export class LooseReader {
  /** Every issue found so far, in the order found. */
  readonly issues: InputIssue[] = [];

  /** @param subject - What the root is called in messages: "The metadata", "The ERP event". */
  constructor(private readonly subject: string) {}

  /** How `path` is named at the start of a message. */
  where(path: Path): string {
    return path.length === 0 ? this.subject : formatPath(path);
  }

  /** Records an issue; returns `undefined`, the value of what was refused. */
  add(code: InputIssueCode, path: Path, message: string): undefined {
    this.issues.push({ code, path, message });
    return undefined;
  }

  /** Records that a required value is absent. */
  missing(path: Path, expected: string): undefined {
    return this.add('missing', path, `${this.where(path)} is required (${expected}).`);
  }

  /** Records a value of the wrong JSON type. */
  wrongType(path: Path, expected: string, value: unknown): undefined {
    return this.add(
      'invalid_type',
      path,
      `${this.where(path)} must be ${expected}, not ${describeValue(value)}.`,
    );
  }

  /** The root, which must be an object; `expected` says what it should be. */
  root(value: unknown, expected = 'an object'): Found | undefined {
    if (isJsonObject(value)) return { json: value, path: [] };
    return value === undefined ? this.missing([], expected) : this.wrongType([], expected, value);
  }

  /** The object at `key` of `parent`. */
  object(parent: Found | undefined, key: string, options: ReadOptions = {}): Found | undefined {
    if (parent === undefined) return undefined;
    const path = [...parent.path, key];
    const value = own(parent, key);
    if (isJsonObject(value)) return { json: value, path };
    if (isAbsent(value)) return options.required === true ? this.missing(path, 'an object') : undefined;
    return this.wrongType(path, 'an object', value);
  }

  /** The object at `index` of an array read with {@link LooseReader.array}. */
  item(items: ReadonlyArray<unknown>, listPath: Path, index: number): Found | undefined {
    const value = items[index];
    const path = [...listPath, index];
    return isJsonObject(value) ? { json: value, path } : this.wrongType(path, 'an object', value);
  }

  /** The array at `key` of `parent`; `expected` says what it should hold. */
  array(
    parent: Found | undefined,
    key: string,
    options: ReadOptions & { readonly expected?: string } = {},
  ): readonly unknown[] | undefined {
    if (parent === undefined) return undefined;
    const value = own(parent, key);
    if (Array.isArray(value)) return value;
    const path = [...parent.path, key];
    const expected = options.expected ?? 'an array';
    if (isAbsent(value)) return options.required === true ? this.missing(path, expected) : undefined;
    return this.wrongType(path, expected, value);
  }

  /** The string at `key` of `parent`. */
  string(parent: Found | undefined, key: string, options: ReadOptions = {}): string | undefined {
    if (parent === undefined) return undefined;
    const value = own(parent, key);
    if (typeof value === 'string') return value;
    const path = [...parent.path, key];
    if (isAbsent(value)) return options.required === true ? this.missing(path, 'a string') : undefined;
    return this.wrongType(path, 'a string', value);
  }

  /** The boolean at `key` of `parent`. */
  boolean(parent: Found | undefined, key: string): boolean | undefined {
    if (parent === undefined) return undefined;
    const value = own(parent, key);
    if (typeof value === 'boolean' || isAbsent(value)) return value ?? undefined;
    return this.wrongType([...parent.path, key], 'true or false', value);
  }
}
