import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadReference, referenceDir } from './reference.js';

/** A field's type as a reference schema writes it: `integer`, `string`, `int`, `float`, … */
export type Fields = ReadonlyMap<string, string>;

/** The `properties` of a JSON schema in a reference .jsonc file, at `at` (a path of keys). */
export function jsoncFields(file: string, at: readonly string[]): Fields {
  // biome-ignore lint/suspicious/noExplicitAny: walking a schema document.
  let node: any = loadReference(file);
  for (const key of at) node = node[key];
  // `string` with format `float`: the OpenAPI extract says string, the generated SDK says float,
  // the ERP event sends strings; either is taken.
  return new Map(
    Object.entries(node as Record<string, { type?: string; format?: string }>).map(([k, v]) => [
      k,
      v.format === 'float' ? 'float' : (v.type ?? 'any'),
    ]),
  );
}

/** The fields of one model table (`## Name`) in a reference .md file (the generated SDK docs). */
export function markdownFields(file: string, model: string): Fields {
  const text = readFileSync(path.join(referenceDir, file), 'utf8');
  const start = text.indexOf(`## ${model} `);
  if (start < 0) throw new Error(`no table ${model} in ${file}`);
  const end = text.indexOf('\n## ', start + 1);
  const fields = new Map<string, string>();
  for (const m of text
    .slice(start, end < 0 ? undefined : end)
    .matchAll(/^\*\*(\w+)\*\* \| \[?\*\*([^*]+)\*\*/gm)) {
    fields.set(m[1]!, m[2]!);
  }
  return fields;
}

function fits(value: unknown, type: string): boolean {
  if (value === null) return true; // Procore writes null for absent
  switch (type) {
    case 'integer':
    case 'int':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'float': // the generated SDK says float; Procore sends decimal strings too
      return typeof value === 'number' || typeof value === 'string';
    case 'string':
    case 'str':
    case 'datetime':
    case 'date':
      return typeof value === 'string';
    case 'boolean':
    case 'bool':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    default: // an object type or a nested model
      return typeof value === 'object';
  }
}

/**
 * What in `obj` the schema does not allow: unknown keys (other than `extensions`, which the
 * fixture declares) and values of the wrong type. `[]` means the fixture is faithful.
 */
export function unfaithful(
  obj: Record<string, unknown>,
  fields: Fields,
  extensions: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    const type = fields.get(key);
    if (type === undefined) {
      if (!extensions.includes(key)) problems.push(`${key} is not in the schema`);
    } else if (!fits(value, type)) {
      problems.push(`${key} should be ${type}, is ${JSON.stringify(value)}`);
    }
  }
  return problems;
}
