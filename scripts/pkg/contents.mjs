// Part of `npm run test:pkg`: what `npm pack` would publish. The tarball must hold the licence that
// package.json names (MIT requires the notice in every copy), the README, and every file that
// package.json points at (`main`, `module`, `types`, `bin`, each `exports` target, each
// `typesVersions` target; a `*` target such as `./schemas/*` must match at least one file), and
// nothing outside the folders of `files` (`dist/`, `schemas/`) beyond what npm always adds.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
);
const files = new Set(packed.files.map((f) => f.path));

/** Every string leaf of a JSON value (the targets of `exports`, `bin`, `typesVersions`). */
const leaves = (value) =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => leaves(v));
const pointedAt = [pkg.main, pkg.module, pkg.types, ...leaves(pkg.bin), ...leaves(pkg.exports)]
  .concat(leaves(pkg.typesVersions))
  .filter((p) => p !== undefined)
  .map((p) => p.replace(/^\.\//, ''));

const problems = [];
if (pkg.license !== 'MIT')
  problems.push(`package.json says license ${JSON.stringify(pkg.license)}, expected "MIT"`);
for (const required of ['LICENSE', 'README.md', 'package.json'])
  if (!files.has(required)) problems.push(`${required} is not in the package`);
/** Whether a target (`schemas/*`: any file under it) names a file of the package. */
const inPackage = (target) =>
  target.includes('*')
    ? [...files].some((f) => f.startsWith(target.slice(0, target.indexOf('*'))))
    : files.has(target);
for (const target of new Set(pointedAt))
  if (!inPackage(target)) problems.push(`package.json points at ${target}, which is not in the package`);
const folders = pkg.files.map((f) => `${f.replace(/\/$/, '')}/`);
for (const file of files)
  if (!folders.some((f) => file.startsWith(f)) && !['LICENSE', 'README.md', 'package.json'].includes(file))
    problems.push(
      `${file} is in the package: only ${folders.join(', ')} are published (add it to "files" on purpose)`,
    );
const licencePath = new URL('../../LICENSE', import.meta.url);
const licence = existsSync(licencePath) ? readFileSync(licencePath, 'utf8') : '';
if (!/^MIT License\b/.test(licence) || !licence.includes('Copyright (c) 2026 cco-erp contributors'))
  problems.push('LICENSE is not the MIT licence of "cco-erp contributors"');

if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(
  `✓ the package holds LICENSE, README.md and the ${new Set(pointedAt).size} files package.json points at (${files.size} files)`,
);
