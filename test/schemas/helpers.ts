// Shared by the schema tests: the committed schema files, compiled once with Ajv (draft 2020-12),
// and near-misses: JSON values one small step away from a valid one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';

export const ROOT = join(import.meta.dirname, '..', '..');

type Json = Record<string, unknown>;

/** The committed `schemas/<name>.json`, parsed. */
export function schemaFile(name: string): Json {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8')) as Json;
}

// Strict mode: Ajv refuses unknown keywords and formats, so the schemas say nothing it would ignore.
const ajv = new Ajv2020({ strict: true, allErrors: true });

/** The value at `path` inside a parsed schema (`'$defs', 'Amount'`), for the tests to read. */
export function at<T>(schema: unknown, ...path: (string | number)[]): T {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], schema) as T;
}

/** A validator for a committed schema: whether it accepts a value. */
export function validatorFor(name: string): (value: unknown) => boolean {
  const validate = ajv.compile(schemaFile(name));
  return (value) => validate(value) as boolean;
}

/** A validator for one `pattern` (as JSON Schema reads it: ECMA-262 with the `u` flag, searched). */
export function patternTest(pattern: string): (text: string) => boolean {
  const regex = new RegExp(pattern, 'u');
  return (text) => regex.test(text);
}

/** A deep copy through JSON, as a parser in another language would see the value. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every path to a value inside `value` (object keys and array indexes), the root included. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...path, i])));
  if (typeof value === 'object' && value !== null)
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

/** Strings that are almost decimals, instants, statuses, zones or ids. */
export const nearStrings = fc.constantFrom(
  '',
  ' ',
  '12,50',
  '1e3',
  '+1',
  '1.',
  '.5',
  '-',
  '0.0',
  '-0',
  ' 1.00',
  '1.00\n',
  '\u0663',
  '１',
  '1'.repeat(40),
  '1'.repeat(41),
  'Not Pricing',
  'NOT-PRICING',
  ' approved\u3000',
  'not__pricing',
  'approvedx',
  'Void\n',
  '2024-02-29T00:00Z',
  '2023-02-29T00:00Z',
  '2024-04-31T12:00:00Z',
  '2024-03-10T07:30:00',
  '2024-03-10T24:00Z',
  '2024-03-10T07:30:00.1234567890Z',
  '2024-03-10T07:30:00Z\n',
  '2024-03-10T07:30+05:',
  '2024-03-10t07:30Z',
  '1900-02-29T00:00Z',
  '2000-02-29T00:00+0530',
  'US/Pacific',
  'Mars/Olympus',
  '+05:00',
  'x'.repeat(65),
);

/** A value to put where another was: wrong types, near strings, emptied containers. */
const replacement = fc.oneof(
  nearStrings,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1250.5, 1e21, [], {}, ['x'], { x: 1 }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/**
 * A near-miss of `valid`: one step away from it (a value replaced, a key deleted, an unknown key
 * added), as JSON. Often still valid (a replaced free text): the tests compare, not expect refusal.
 */
export function nearMiss<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const json = viaJson(value) as unknown;
    const paths = pathsOf(json);
    return fc
      .tuple(
        fc.constantFrom(...paths),
        fc.constantFrom('replace', 'delete', 'add'),
        replacement,
        fc.constantFrom('extra', '__proto__', 'constructor', 'id'),
      )
      .map(([path, step, other, key]) => {
        const copy = viaJson(json);
        if (path.length === 0) return step === 'replace' ? other : copy;
        const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k], copy) as Json;
        const last = path.at(-1) as string | number;
        if (step === 'replace') parent[last] = other;
        else if (step === 'delete') {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else {
          const target = parent[last];
          if (typeof target === 'object' && target !== null && !Array.isArray(target))
            // defineProperty: `__proto__` becomes an own key, as JSON.parse makes it.
            Object.defineProperty(target, key, {
              value: other,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        return viaJson(copy);
      });
  });
}
