// The descriptions of the JSON Schemas come from the `/** … */` comments of the zod schemas, read
// from their source with the TypeScript parser: the comment on `export const XSchema = …` describes
// the schema, the comment on each property of a `z.object({ … })` describes that property. One text,
// kept beside the code, for both the TypeScript reader and the JSON Schema reader.

import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type * as z from 'zod';

/** The descriptions found, keyed by the zod schemas they describe. */
export interface Docs {
  /** The comment of each exported schema constant. */
  readonly schemas: ReadonlyMap<unknown, string>;
  /** The name of each exported schema constant (`LineItemSchema`). */
  readonly names: ReadonlyMap<z.core.$ZodType, string>;
  /** The comments of the properties of each object schema, by property name. */
  readonly properties: ReadonlyMap<unknown, ReadonlyMap<string, string>>;
}

/** A comment's text up to its first tag, on one line; `{@link X}` becomes `X`. */
function commentText(raw: string): string {
  const lines = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim());
  const until = lines.findIndex((line) => line.startsWith('@'));
  return (until === -1 ? lines : lines.slice(0, until))
    .join(' ')
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `/** … *\/` comment just before `node`, if any. */
function docOf(node: ts.Node, text: string): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.at(-1);
  if (last === undefined) return undefined;
  const raw = text.slice(last.pos, last.end);
  return raw.startsWith('/**') ? commentText(raw) : undefined;
}

/** `z.object(…)`, `z.strictObject(…)`, `z.looseObject(…)`: the object literal of its shape. */
function shapeLiteral(call: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  const callee = call.expression;
  const arg = call.arguments[0];
  return ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'z' &&
    ['object', 'strictObject', 'looseObject'].includes(callee.name.text) &&
    arg !== undefined &&
    ts.isObjectLiteralExpression(arg)
    ? arg
    : undefined;
}

/** The shape literal of `z.object({ … })` under method calls such as `.readonly().default(…)`. */
function objectLiteralOf(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let e = expression;
  while (ts.isCallExpression(e)) {
    const literal = shapeLiteral(e);
    if (literal !== undefined) return literal;
    if (!ts.isPropertyAccessExpression(e.expression)) return undefined;
    e = e.expression.expression;
  }
  return undefined;
}

/** Property comments by path: `[]` for the constant's own object, `['project']` for a nested one. */
type Found = { path: string[]; docs: Map<string, string> }[];

function collect(literal: ts.ObjectLiteralExpression, path: string[], text: string, found: Found): void {
  const docs = new Map<string, string>();
  found.push({ path, docs });
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const name = property.name.getText();
    const doc = docOf(property, text);
    if (doc !== undefined) docs.set(name, doc);
    if (ts.isPropertyAssignment(property)) {
      const nested = objectLiteralOf(property.initializer);
      if (nested !== undefined) collect(nested, [...path, name], text, found);
    }
  }
}

type Zod = z.core.$ZodType;

/** The object schema under optional, default, readonly and nullable wrappers and a pipe's input. */
function objectUnder(schema: Zod, where: string): z.core.$ZodObject {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: Zod; in?: Zod };
    if (def.type === 'object') return s as z.core.$ZodObject;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (next === undefined) throw new Error(`[schemas] ${where} is not an object schema (${def.type})`);
    s = next;
  }
}

/**
 * Reads the comments of the exported schema constants of `files` (whose module namespaces are in
 * `modules`, by file) and keys them by the schemas themselves.
 */
export function readDocs(modules: ReadonlyMap<string, Record<string, unknown>>): Docs {
  const schemas = new Map<unknown, string>();
  const names = new Map<z.core.$ZodType, string>();
  const properties = new Map<unknown, Map<string, string>>();
  for (const [file, module] of modules) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const value = module[name];
        if (value === undefined || declaration.initializer === undefined) continue;
        if (typeof value === 'object' && value !== null && '_zod' in value) names.set(value as Zod, name);
        const doc = docOf(statement, text);
        if (doc !== undefined) schemas.set(value, doc);
        const literal = objectLiteralOf(declaration.initializer);
        if (literal === undefined) continue;
        const found: Found = [];
        collect(literal, [], text, found);
        for (const { path, docs } of found) {
          let schema = objectUnder(value as Zod, name);
          for (const key of path) {
            const child = schema._zod.def.shape[key];
            if (child === undefined) throw new Error(`[schemas] ${name}.${key} is not in the schema`);
            schema = objectUnder(child, `${name}.${path.join('.')}`);
          }
          properties.set(schema, docs);
        }
      }
    }
  }
  return { schemas, names, properties };
}
