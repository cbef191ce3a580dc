// The Python ETL step of docs/other-languages.md: it compiles, and it runs (where Python's
// `jsonschema` is installed) on the examples with the schema and the command of this checkout, and
// reports what the library says of each example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder } from '../../src/parse.js';
import { validateAll } from '../../src/rules/validate.js';
import { CONTEXT, EXAMPLES } from '../cli/helpers.js';
import { exampleContext } from '../helpers/fixtures.js';
import { ROOT } from './helpers.js';

const doc = readFileSync(join(ROOT, 'docs', 'other-languages.md'), 'utf8');
const blocks = [...doc.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const dir = mkdtempSync(join(tmpdir(), 'cco-erp-python-'));
const script = join(dir, 'etl_step.py');
writeFileSync(script, blocks[0] ?? '');

const hasJsonSchema = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0;

/** What the library says of each example: the report the Python step must print. */
function expectedReport(records: readonly unknown[]) {
  const report = {
    sendable: [] as string[],
    violations: {} as Record<string, string[]>,
    malformed: [] as string[],
  };
  for (const record of records) {
    const parsed = parseChangeOrder(record);
    if (!parsed.ok) {
      report.malformed.push(String((record as { id?: unknown }).id));
      continue;
    }
    const codes = validateAll(parsed.value, exampleContext()).map((v) => v.code);
    if (codes.length === 0) report.sendable.push(parsed.value.id);
    else report.violations[parsed.value.id] = codes;
  }
  return report;
}

describe('the Python ETL step of docs/other-languages.md', () => {
  it('is one block that python3 compiles', () => {
    expect(blocks).toHaveLength(1);
    const compiled = spawnSync('python3', ['-m', 'py_compile', script], { encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  });

  it(`runs on the examples and reports what the library says (jsonschema ${hasJsonSchema ? 'installed: runs it' : 'missing: it must stop on that alone'})`, () => {
    const files = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const records = files.map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as unknown);
    const input = join(dir, 'ccos.ndjson');
    writeFileSync(input, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const ran = spawnSync('python3', [script, CONTEXT, input], {
      encoding: 'utf8',
      cwd: ROOT,
      env: {
        ...process.env,
        CI: '',
        CCO_ERP: `"${process.execPath}" --import tsx "${join(ROOT, 'src', 'cli', 'main.ts')}"`,
        CCO_ERP_SCHEMA: join(ROOT, 'schemas', 'change-order.json'),
      },
    });
    if (!hasJsonSchema) {
      expect(ran.stderr).toMatch(/ModuleNotFoundError: No module named 'jsonschema'/);
      return;
    }
    expect(ran.stderr).toBe('');
    const report = JSON.parse(ran.stdout) as { sendable: string[]; violations: object; malformed: object };
    const expected = expectedReport(records);
    expect(report.sendable).toEqual(expected.sendable);
    expect(report.violations).toEqual(expected.violations);
    expect(Object.keys(report.malformed)).toEqual(expected.malformed);
    // 07 sends its amount as a JSON number: the schema names the place.
    expect(Object.values(report.malformed).flat().join('\n')).toMatch(
      /^lineItems\/0\/amount: 1250\.5 is not of type 'string'$/m,
    );
    expect(ran.status).toBe(1);
  });
});
