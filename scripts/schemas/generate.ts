// Renders schemas/*.json from the zod schemas with zod's own `z.toJSONSchema` (draft 2020-12, the
// input side: what cco-erp accepts), the fragments for what zod cannot see (fragments.ts) and the
// descriptions of the source comments (docs.ts). `npm run docs:schemas` writes them;
// test/schemas/stale.test.ts fails when the committed files differ.

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { type Docs, readDocs } from './docs.js';
import { type Fragment, fragments } from './fragments.js';
import { SCHEMAS, type SchemaEntry, SOURCE_DIRECTORIES, SOURCE_FILES } from './table.js';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

type Json = Record<string, unknown>;
type Zod = z.core.$ZodType;

/** The schemas whose values are checked by code (custom, refine, transform, pipe). */
function checkedByCode(schema: Zod): string | undefined {
  const def = schema._zod.def as { type: string; checks?: { _zod: { def: { check: string } } }[] };
  if (def.type === 'custom' || def.type === 'transform' || def.type === 'pipe') return def.type;
  return def.checks?.some((c) => c._zod.def.check === 'custom') ? 'refine' : undefined;
}

/** A property's schema with its description first: the comment, then what the value's own schema says. */
function described(property: Json, doc: string): Json {
  const { description, ...rest } = property;
  return { description: typeof description === 'string' ? `${doc} ${description}` : doc, ...rest };
}

/** Where the override records the comments of an object's properties, until `tidy` applies them. */
const PROPERTY_DOCS = 'x-cco-erp-property-docs';

/** The keywords whose value is one schema, a list of schemas, or schemas by name. */
const ONE = ['items', 'additionalProperties', 'propertyNames', 'not', 'contains'];
const LIST = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const BY_NAME = ['properties', '$defs', 'patternProperties'];

/**
 * A schema as it is written out: `description` first, for the reader; and no `readOnly`, which zod
 * writes for `.readonly()` (a TypeScript matter) and which tells OpenAPI tools to leave a field out
 * of requests.
 */
function tidy(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const { description, readOnly: _, [PROPERTY_DOCS]: docs = {}, ...rest } = schema as Json;
  const out: Json = description === undefined ? {} : { description };
  for (const [key, value] of Object.entries(rest)) {
    if (ONE.includes(key)) out[key] = tidy(value);
    else if (LIST.includes(key)) out[key] = (value as unknown[]).map(tidy);
    else if (BY_NAME.includes(key)) {
      const comments = key === 'properties' ? (docs as Record<string, string>) : {};
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => {
          const doc = comments[k];
          return [k, tidy(doc === undefined ? v : described(v as Json, doc))];
        }),
      );
    } else out[key] = value;
  }
  return out;
}

type Meta = z.core.JSONSchemaMeta;

/**
 * The metadata of one schema file: each exported schema constant it uses (but its root) becomes a
 * named definition (`$defs/LineItem` for `LineItemSchema`) described by its comment, which code
 * generators turn into named types; and the fragments, for what zod cannot see.
 */
function metadataFor(
  root: z.ZodType,
  docs: Docs,
  known: ReadonlyMap<Zod, Fragment>,
): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  for (const [schema, fragment] of known) registry.add(schema, fragment);
  for (const [schema, name] of docs.names) {
    if (schema === root) continue;
    const fragment = known.get(schema) ?? {};
    const description = [docs.schemas.get(schema), fragment.description]
      .filter((d) => d !== undefined)
      .join(' ');
    registry.add(schema, { ...fragment, id: name.replace(/Schema$/, ''), description });
  }
  return registry;
}

/** One schema file's JSON; throws, naming each place, when a property has no comment or a value checked by code has no fragment. */
export function renderSchema(entry: SchemaEntry, docs: Docs, fragments: ReadonlyMap<Zod, Fragment>): Json {
  const metadata = metadataFor(entry.schema, docs, fragments);
  const problems: string[] = [];
  const covered = new Set<string>();
  const uncovered: { path: string; what: string }[] = [];
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Customs become `{}` here and get their fragment from `metadata`; the check below makes sure.
    unrepresentable: 'any',
    metadata,
    override: ({ zodSchema, jsonSchema, path }) => {
      const where = `#${path.map((p) => `/${p}`).join('')}`;
      if (fragments.has(zodSchema)) covered.add(where);
      const what = checkedByCode(zodSchema);
      if (what !== undefined) uncovered.push({ path: where, what });
      if (z.globalRegistry.has(zodSchema)) {
        problems.push(`${where}: .meta()/.describe() in the library is not read; write a /** comment */`);
      }
      if (zodSchema._zod.def.type !== 'object') return;
      // Recorded on the object itself and applied by `tidy` to the finished JSON: a property's
      // schema may still be shared with other places here (one object for every use).
      const comments = docs.properties.get(zodSchema);
      const found: Record<string, string> = {};
      for (const key of Object.keys(jsonSchema.properties ?? {})) {
        const doc = comments?.get(key);
        if (doc === undefined)
          problems.push(`${where}/properties/${key} has no /** comment */ in the source`);
        else found[key] = doc;
      }
      (jsonSchema as Json)[PROPERTY_DOCS] = found;
    },
  }) as Json;
  for (const { path, what } of uncovered) {
    // A pipe's input side is reached at the same place as the pipe: one fragment covers both.
    if (!covered.has(path)) problems.push(`${path}: a ${what} that JSON Schema cannot see; add a fragment`);
  }
  const description = docs.schemas.get(entry.schema);
  if (description === undefined) problems.push('the schema constant has no /** comment */');
  if (problems.length > 0)
    throw new Error(`[schemas] ${entry.name}:\n  ${[...new Set(problems)].join('\n  ')}`);
  const { $schema, description: _, ...body } = tidy(generated) as Json;
  return {
    $schema,
    title: entry.title,
    description,
    $comment: 'Generated by `npm run docs:schemas` from the zod schemas of cco-erp; do not edit.',
    ...body,
  };
}

/** The modules whose comments describe the schemas, by file. */
async function sourceModules(): Promise<Map<string, Record<string, unknown>>> {
  const files = [
    ...SOURCE_DIRECTORIES.flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    ),
    ...SOURCE_FILES,
  ].sort();
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const path = join(ROOT, file);
    modules.set(path, (await import(pathToFileURL(path).href)) as Record<string, unknown>);
  }
  return modules;
}

/** Every schema file's text, by name (`change-order` for `schemas/change-order.json`). */
export async function renderSchemas(): Promise<Map<string, string>> {
  const docs = readDocs(await sourceModules());
  const known = fragments();
  return new Map(
    SCHEMAS.map((entry) => [entry.name, `${JSON.stringify(renderSchema(entry, docs, known), null, 2)}\n`]),
  );
}

/** `change-order` → `changeOrder`. */
function identifier(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * src/schemaFiles.ts: the schema files bundled by name for `schemaText` (src/schemas.ts), so that
 * a line in the table is all it takes to ship and print a new schema.
 */
export function renderSchemaFiles(): string {
  return formatted('src/schemaFiles.ts', unformattedSchemaFiles());
}

/** `text` as the project's formatter writes the file at `path` (so a longer table stays lint-clean). */
function formatted(path: string, text: string): string {
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  return execFileSync(biome, ['format', `--stdin-file-path=${path}`], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  });
}

function unformattedSchemaFiles(): string {
  const names = SCHEMAS.map((s) => s.name);
  const imports = [...names]
    .sort()
    .map((n) => `import ${identifier(n)} from '../schemas/${n}.json' with { type: 'json' };`);
  return `// Generated by \`npm run docs:schemas\` from scripts/schemas/table.ts; do not edit.
${imports.join('\n')}

/**
 * The names of the shipped JSON Schemas, in the order of the generator's table.
 * @example
 * SCHEMA_NAMES[0] //=> '${names[0]}'
 */
export const SCHEMA_NAMES = [${names.map((n) => `'${n}'`).join(', ')}] as const;

/**
 * The shipped JSON Schemas, parsed, by name.
 * @example
 * SCHEMA_FILES['${names[0]}'].$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export const SCHEMA_FILES: Readonly<Record<(typeof SCHEMA_NAMES)[number], { readonly $schema: string }>> = {
${names.map((n) => `  '${n}': ${identifier(n)},`).join('\n')}
};
`;
}
