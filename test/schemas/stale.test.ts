// schemas/*.json are generated (npm run docs:schemas), committed, shipped and printed by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { renderSchema, renderSchemaFiles, renderSchemas } from '../../scripts/schemas/generate.js';
import { SCHEMAS } from '../../scripts/schemas/table.js';
import { SCHEMA_NAMES, schemaText } from '../../src/schemas.js';
import { errors, value } from '../helpers/result.js';
import { ROOT } from './helpers.js';

const committed = (name: string) => readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8');

describe('schemas/', () => {
  it('holds exactly the schemas of the generator table, which schemaText knows by name', () => {
    const files = readdirSync(join(ROOT, 'schemas')).sort();
    const names = SCHEMAS.map((s) => s.name);
    expect(files).toEqual(names.map((n) => `${n}.json`).sort());
    expect([...SCHEMA_NAMES]).toEqual(names);
  });

  it('is generated from the zod schemas and not stale (npm run docs:schemas), src/schemaFiles.ts too', async () => {
    const rendered = await renderSchemas();
    for (const [name, text] of rendered) expect(committed(name), `schemas/${name}.json`).toBe(text);
    expect(readFileSync(join(ROOT, 'src', 'schemaFiles.ts'), 'utf8')).toBe(renderSchemaFiles());
  });

  it('is in the package and exported as cco-erp/schemas/<name>.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schemas');
    expect(pkg.exports['./schemas/*']).toBe('./schemas/*');
  });
});

describe('schemaText', () => {
  it.each(SCHEMA_NAMES)('gives %s byte for byte as the committed file', (name) => {
    expect(value(schemaText(name))).toBe(committed(name));
    expect(value(schemaText(`${name}.json`))).toBe(committed(name));
  });

  it('refuses an unknown name with the list of names', () => {
    expect(SCHEMA_NAMES).toEqual([
      'change-order',
      'export-context',
      'commitment',
      'vendor-link',
      'erp-profile',
      'result-line',
    ]);
    expect(errors(schemaText('commitments'))).toEqual([
      {
        code: 'unknown_schema',
        path: [],
        message:
          'No schema "commitments"; the schemas are change-order, export-context, commitment, vendor-link, erp-profile, result-line.',
      },
    ]);
  });

  it('quotes a hostile name short and never throws for a name that is not text', () => {
    const [issue] = errors(schemaText(`${'x'.repeat(5_000_000)}\n`));
    expect(issue?.message.length).toBeLessThan(200);
    expect(issue?.message).toMatch(/^No schema "x{60}…"; /);
    for (const name of [undefined, 42, null, {}, Symbol('s')] as unknown as string[])
      expect(errors(schemaText(name))[0]?.code).toBe('unknown_schema');
  });
});

describe('the generator', () => {
  it('refuses to write a property without a comment, or a value checked by code without a fragment', () => {
    const schema = z.object({ amount: z.custom<string>(() => true), when: z.string().refine(() => true) });
    const docs = { schemas: new Map([[schema, 'A test.']]), names: new Map(), properties: new Map() };
    expect(() => renderSchema({ name: 'test', title: 'Test', schema }, docs, new Map())).toThrow(
      [
        '[schemas] test:',
        '  #/properties/amount has no /** comment */ in the source',
        '  #/properties/when has no /** comment */ in the source',
        '  #/properties/when: a refine that JSON Schema cannot see; add a fragment',
        '  #/properties/amount: a custom that JSON Schema cannot see; add a fragment',
      ].join('\n'),
    );
  });

  it('writes a value checked by code with its fragment, and the comments as descriptions', () => {
    const when = z.string().refine(() => true);
    const schema = z.object({ when });
    const docs = {
      schemas: new Map([[schema, 'A test.']]),
      names: new Map(),
      properties: new Map([[schema, new Map([['when', 'When.']])]]),
    };
    const json = renderSchema(
      { name: 'test', title: 'Test', schema },
      docs,
      new Map([[when, { pattern: '^x$' }]]),
    );
    expect(json.properties).toEqual({ when: { description: 'When.', type: 'string', pattern: '^x$' } });
  });
});
