import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A user clones the repository alone. On the project's own machines a folder of reference files
// sits beside it; nothing in the repository may read or cite it, or the clone's tests and docs
// break. (Copies live in test/procore/fixtures/ and test/profiles/fixtures/.)

const root = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['test', 'scripts', 'bench', 'docs', 'examples', 'src'] as const;
const TEXT = /\.(?:[cm]?[jt]s|json|jsonc|md|txt)$/;
const SKIP = new Set(['node_modules', 'dist', 'coverage', '.readme-tmp']);

/** The neighbour folder: `../shared`, or a path that starts in it (`shared/reference/…`). */
const NEIGHBOUR = [/\.\.\/shared\b/, /(?<![\w.-])shared\/(?:reference|seed|tools|docs|hooks)\b/];

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : files(rel);
    return TEXT.test(entry.name) ? [rel] : [];
  });
}

/** Each line of the repository's text files that names the neighbour folder, as `file:line: text`. */
function outsideReferences(): string[] {
  const self = path.relative(root, import.meta.filename);
  return FOLDERS.flatMap(files)
    .filter((file) => file !== self)
    .flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          NEIGHBOUR.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
}

describe('the repository is self-contained', () => {
  it('the pattern finds what it must find', () => {
    const sample = [
      '  "../shared/reference/procore"',
      'copy in `shared/seed/`',
      "new URL('../../../shared', u)",
    ];
    expect(sample.filter((line) => NEIGHBOUR.some((re) => re.test(line)))).toEqual(sample);
    expect(NEIGHBOUR.some((re) => re.test('on a shared machine; bench/shared-data.mjs'))).toBe(false);
  });

  it('nothing in test/, scripts/, bench/, docs/, examples/ or src/ reads or cites a folder beside the repository', () => {
    expect(outsideReferences()).toEqual([]);
  });
});
