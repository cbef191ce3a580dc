import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit tests as Stryker runs them, once per mutant: no type tests (tsc per run would dominate)
// and no coverage thresholds (Stryker measures its own coverage, per test).
export default mergeConfig(
  base,
  defineConfig({ test: { typecheck: { enabled: false }, coverage: { enabled: false } } }),
);
