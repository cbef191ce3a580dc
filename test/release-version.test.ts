import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpVersion, inferBump, releaseChangelog, unreleased } from '../scripts/release/version.js';

const HEAD = '# Changelog\n\nIntro.\n\n';
const log = (unreleasedBody: string, older = '## [0.1.0] - 2026-01-01\n\n### Added\n\n- First.\n') =>
  `${HEAD}## [Unreleased]\n${unreleasedBody}\n${older}`;

describe('release:version (scripts/release/version.ts)', () => {
  it('reads only the [Unreleased] section', () => {
    expect(unreleased(log('\n### Fixed\n\n- A bug.\n'))).toBe('\n### Fixed\n\n- A bug.\n\n');
    expect(unreleased(`${HEAD}## [Unreleased]\n\n### Added\n\n- Last.\n`)).toBe('\n### Added\n\n- Last.\n');
    expect(() => unreleased(HEAD)).toThrow('[cco-erp] CHANGELOG.md has no "## [Unreleased]" section');
  });

  it('infers the bump from the sections that have entries', () => {
    expect(inferBump('\n### Fixed\n\n- A bug.\n', '1.2.3')).toBe('patch');
    expect(inferBump('\n### Security\n\n- A CVE.\n', '1.2.3')).toBe('patch');
    expect(inferBump('\n### Fixed\n\n- A bug.\n\n### Added\n\n- A thing.\n', '1.2.3')).toBe('minor');
    expect(inferBump('\n### Changed\n\n* A behaviour.\n', '1.2.3')).toBe('minor');
    expect(inferBump('\n### Removed\n\n- An export.\n', '1.2.3')).toBe('major');
    expect(inferBump('\n### Changed\n\n- **BREAKING** a rule code.\n', '1.2.3')).toBe('major');
    expect(inferBump('\n### Removed\n\n- An export.\n', '0.4.0')).toBe('minor');
    expect(inferBump('\n### Added\n\n', '1.2.3')).toBeUndefined();
    expect(inferBump('\n', '1.2.3')).toBeUndefined();
    expect(inferBump('\n### Other\n\n- Something.\n', '1.2.3')).toBe('patch');
  });

  it('bumps semantic versions', () => {
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('0.9.19', 'patch')).toBe('0.9.20');
    expect(() => bumpVersion('1.2', 'patch')).toThrow('[cco-erp] cannot bump "1.2"');
  });

  it('moves the unreleased notes under the new version and leaves [Unreleased] empty', () => {
    const released = releaseChangelog(log('\n### Fixed\n\n- A bug.\n'), '0.1.1', '2026-11-26');
    expect(released).toBe(
      `${HEAD}## [Unreleased]\n\n## [0.1.1] - 2026-11-26\n\n### Fixed\n\n- A bug.\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- First.\n`,
    );
    expect(unreleased(released)).toBe('\n');
    expect(inferBump(unreleased(released), '0.1.1')).toBeUndefined();
  });

  it('releases this repository’s CHANGELOG.md without losing a line', () => {
    const changelog = readFileSync(join(import.meta.dirname, '..', 'CHANGELOG.md'), 'utf8');
    const released = releaseChangelog(changelog, '9.9.9', '2026-11-26');
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(lines(released).sort()).toEqual([...lines(changelog), '## [9.9.9] - 2026-11-26'].sort());
    expect(released).toMatch(/## \[Unreleased\]\n\n## \[9\.9\.9\] - 2026-11-26\n\n### /);
  });
});
