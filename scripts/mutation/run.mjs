// `npm run test:mutation [-- stryker options]`: Stryker over src/ (stryker.config.json), then the
// score per area (score.mjs). Property tests run FC_RUNS=20 times per mutant unless FC_RUNS is set.
// Stryker runs the tests in a copy of the repository (.stryker-tmp/sandbox-*/): every file they read
// is inside the repository (the Procore reference copies are in test/procore/fixtures/).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const env = { ...process.env, FC_RUNS: process.env.FC_RUNS ?? '20' };
const run = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
const stryker = fileURLToPath(
  new URL('../../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url),
);
const status = run([stryker, 'run', ...process.argv.slice(2)]);
if (status !== 0) process.exit(status);
process.exit(run([fileURLToPath(new URL('score.mjs', import.meta.url))]));
