import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDir } from './helpers/reference.js';

// The copied Procore files are only trustworthy while each names its public source and the README
// lists it with that source.

const readme = readFileSync(path.join(referenceDir, 'README.md'), 'utf8');
const copies = readdirSync(referenceDir).filter((name) => name !== 'README.md');

/** The README's table: file name → the source column. */
const listed = new Map(
  [...readme.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1] as string, m[2] as string]),
);

/** The `owner/repo` a copy's first line names (`// SOURCE: github procore/documentation, …`). */
function sourceRepo(name: string): string | undefined {
  const first = readFileSync(path.join(referenceDir, name), 'utf8').split('\n', 1)[0] ?? '';
  return /^(?:\/\/|#) SOURCE: (?:derived from )?github ([\w.-]+\/[\w.-]+)/.exec(first)?.[1];
}

describe('test/procore/fixtures', () => {
  it('holds the copies the adapter tests read', () => {
    expect(copies.length).toBeGreaterThanOrEqual(9);
  });

  it.each(copies)('%s names its public source in its first line, and the README lists it with it', (name) => {
    const repo = sourceRepo(name);
    expect(repo, `${name}: first line should be "// SOURCE: github owner/repo, …"`).toBeDefined();
    expect(listed.get(name), `${name} is not in README.md's table`).toBeDefined();
    expect(listed.get(name), `README.md's row for ${name} should name ${repo}`).toContain(`github ${repo}`);
  });

  it('lists no file that is not there', () => {
    expect([...listed.keys()].filter((name) => !copies.includes(name))).toEqual([]);
  });
});
