import { defineConfig, mergeConfig } from 'vitest/config';
import stryker from './vitest.stryker.config.js';

// The quick mutation run (stryker.fast.config.json): the unit tests as Stryker runs them, less the
// three files that spend most of the time and add few kills: the per-profile breaker properties
// (test/profiles/builtIn.test.ts, about 170 s of the 5-minute suite on the 2-core machine) and the
// CLI tests that run the built executable in child processes, where Stryker sees no coverage.
// A mutant it reports killed is killed by the whole suite too, so its score is a lower bound.
export default mergeConfig(
  stryker,
  defineConfig({
    test: {
      exclude: [
        'test/profiles/builtIn.test.ts',
        'test/cli/child.test.ts',
        'test/cli/tty.test.ts',
        'node_modules/**',
      ],
    },
  }),
);
