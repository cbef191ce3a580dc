import { defineConfig } from 'vitest/config';

// `npm run test:site`: the page in Chromium. Kept out of the unit suite (vitest.config.ts takes
// test/**/*.test.ts only): it needs the build (dist/) and a browser, and takes seconds, not
// milliseconds. The page's pure modules are unit-tested there (test/site/*.test.ts).
export default defineConfig({
  test: {
    include: ['test/site/**/*.browser.test.mjs'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
