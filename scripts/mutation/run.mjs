// `npm run test:mutation [-- stryker options]`: Stryker over src/ (stryker.config.json), then the
// score per area (score.mjs). Property tests run FC_RUNS=20 times per mutant unless FC_RUNS is set.
//
// Stryker runs the tests in a copy of the repository, .stryker-tmp/sandbox-*/. Some tests read
// `../shared/` beside the repository (Procore's reference files), so the copy gets the same
// neighbour: .stryker-tmp/shared links to the real one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared', import.meta.url));
const link = `${root}.stryker-tmp/shared`;
if (existsSync(shared) && !existsSync(link)) {
  mkdirSync(`${root}.stryker-tmp`, { recursive: true });
  symlinkSync(shared, link, 'dir');
}

const env = { ...process.env, FC_RUNS: process.env.FC_RUNS ?? '20' };
const run = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
const stryker = fileURLToPath(
  new URL('../../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url),
);
const status = run([stryker, 'run', ...process.argv.slice(2)]);
if (status !== 0) process.exit(status);
process.exit(run([fileURLToPath(new URL('score.mjs', import.meta.url))]));
