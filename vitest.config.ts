import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The executable's few lines run in child processes (test/cli/child.test.ts), out of v8's sight.
      exclude: ['src/cli/main.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
    },
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
