// INPUT_ISSUE_CODES is the closed list of input issue codes: hostile.test.ts checks that every
// reader's issues on hostile input have a listed code; here, that the list names no code the
// library never produces, and that zod's own kinds come out as listed codes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_ISSUE_CODES, parseChangeOrder } from '../src/index.js';
import { aChangeOrder } from '../src/testing/index.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('INPUT_ISSUE_CODES', () => {
  it('lists each code once, in snake_case', () => {
    expect(new Set(INPUT_ISSUE_CODES).size).toBe(INPUT_ISSUE_CODES.length);
    for (const code of INPUT_ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('lists no code that no source file besides the list itself produces', () => {
    const root = join(import.meta.dirname, '..', 'src');
    const text = sources(root)
      .filter((path) => !path.endsWith(join('src', 'issues.ts')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = INPUT_ISSUE_CODES.filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('names zod’s own issue kinds by the listed codes: missing, invalid_type, invalid_value, too_small', () => {
    const co = aChangeOrder().build();
    const codes = (input: unknown) => {
      const r = parseChangeOrder(input);
      return r.ok ? [] : r.error.map((i) => i.code);
    };
    const { title: _, ...untitled } = co;
    expect(codes(untitled)).toEqual(['missing']);
    expect(codes({ ...co, title: 5 })).toEqual(['invalid_type']);
    expect(codes({ ...co, status: 'bogus' })).toEqual(['invalid_value']);
    expect(codes({ ...co, lineItems: co.lineItems.map((l) => ({ ...l, id: '' })) })).toContain('too_small');
  });
});
