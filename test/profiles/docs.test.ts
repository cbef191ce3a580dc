import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, END, renderProfilesTable, START, withCurrentTable } from '../../scripts/gen-profiles-doc.js';
import { builtInProfiles, sage300Cre } from '../../src/index.js';
import { xero } from '../../src/profiles/xero.js';

describe('docs/erp-profiles.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('holds the table generated from the built-in profiles (run `npm run docs:profiles` when this fails)', () => {
    expect(withCurrentTable(doc)).toBe(doc);
  });

  it('the table has one row per built-in profile, read from its data', () => {
    const rows = (table: string) =>
      table
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) =>
          l
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        );
    expect(rows(renderProfilesTable()).map((r) => r[1])).toEqual(
      Object.values(builtInProfiles).map((p) => p.name),
    );
    const changed = rows(renderProfilesTable({ sage300Cre: { ...sage300Cre, title: { maxLength: 31 } } }));
    expect(changed[0]!.slice(0, 7)).toEqual([
      '`sage300Cre`',
      'Sage 300 CRE',
      '5, required',
      '31',
      'Scope, 1000, truncated',
      'yes',
      'summed',
    ]);
    expect(rows(renderProfilesTable({ xero }))[0]!.slice(2, 7)).toEqual([
      '255, required',
      '255',
      'not exported',
      'no',
      'kept apart',
    ]);
  });

  it('a document without the markers is an error, not a silent append', () => {
    expect(() => withCurrentTable('# nothing here')).toThrow(/profiles:start/);
    expect(withCurrentTable(`a\n${START}\nold\n${END}\nb`)).toBe(`a\n${renderProfilesTable()}\nb`);
  });
});
