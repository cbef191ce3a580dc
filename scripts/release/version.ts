// `npm run release:version [major|minor|patch] [--date YYYY-MM-DD] [--dry-run]`
//
// The release flow (docs/releasing.md): every change adds a bullet under `## [Unreleased]` in
// CHANGELOG.md (merge=union, so parallel branches never conflict). Releasing turns that section
// into `## [x.y.z] - date`, leaves an empty `[Unreleased]` above it, and writes the version into
// package.json and package-lock.json. The bump is inferred from the section, the way Changesets
// infers it from its files: `### Removed` or a bullet marked **BREAKING** is a major change
// (a minor one while the version is 0.x), `### Added`, `### Changed` or `### Deprecated` minor,
// `### Fixed` or `### Security` patch. An explicit argument overrides the inference.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bump = 'major' | 'minor' | 'patch';

const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m;
const NEXT_RELEASE = /^## \[/m;
const MINOR_SECTIONS = ['Added', 'Changed', 'Deprecated'];
const PATCH_SECTIONS = ['Fixed', 'Security'];

/** The body of the `[Unreleased]` section, without its heading. */
export function unreleased(changelog: string): string {
  const heading = UNRELEASED.exec(changelog);
  if (heading === null) throw new Error('[cco-erp] CHANGELOG.md has no "## [Unreleased]" section');
  const rest = changelog.slice(heading.index + heading[0].length);
  const end = NEXT_RELEASE.exec(rest);
  return end === null ? rest : rest.slice(0, end.index);
}

/** The bump the unreleased notes call for, or `undefined` when there are none. */
export function inferBump(notes: string, currentVersion: string): Bump | undefined {
  const sections = [...notes.matchAll(/^### (\w+)\s*\n([\s\S]*?)(?=^### |(?![\s\S]))/gm)]
    .filter(([, , body]) => /^\s*[-*] /m.test(body ?? ''))
    .map(([, name]) => name ?? '');
  if (sections.length === 0) return undefined;
  const breaking = sections.includes('Removed') || /\*\*BREAKING\*\*/.test(notes);
  if (breaking) return currentVersion.startsWith('0.') ? 'minor' : 'major';
  if (sections.some((s) => MINOR_SECTIONS.includes(s))) return 'minor';
  if (sections.some((s) => PATCH_SECTIONS.includes(s))) return 'patch';
  return 'patch';
}

/** `version` raised by `bump`: `1.2.3` + minor = `1.3.0`. */
export function bumpVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`[cco-erp] cannot bump "${version}": expected x.y.z`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The changelog with the unreleased notes moved under a heading for `version`, released on `date`. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const notes = unreleased(changelog);
  const heading = UNRELEASED.exec(changelog)!;
  const start = heading.index + heading[0].length;
  return `${changelog.slice(0, start)}\n## [${version}] - ${date}\n${notes.replace(/^\n*/, '\n')}${changelog.slice(start + notes.length)}`;
}

function main(args: string[]): void {
  const root = join(import.meta.dirname, '..', '..');
  const read = (f: string) => readFileSync(join(root, f), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  const lock = JSON.parse(read('package-lock.json'));
  const changelog = read('CHANGELOG.md');
  const explicit = args.find((a): a is Bump => a === 'major' || a === 'minor' || a === 'patch');
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1]! : new Date().toISOString().slice(0, 10);
  const bump = explicit ?? inferBump(unreleased(changelog), pkg.version);
  if (bump === undefined) throw new Error('[cco-erp] nothing to release: [Unreleased] has no entries');
  const version = bumpVersion(pkg.version, bump);
  console.log(`${pkg.name} ${pkg.version} → ${version} (${bump}${explicit ? '' : ', from CHANGELOG.md'})`);
  if (args.includes('--dry-run')) return;
  pkg.version = version;
  lock.version = version;
  lock.packages[''].version = version;
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(root, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  writeFileSync(join(root, 'CHANGELOG.md'), releaseChangelog(changelog, version, date));
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
