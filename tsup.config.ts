import { defineConfig } from 'tsup';

// One output file per source file (with shared chunks) so bundlers can drop what a user does not
// import: a single-entry bundle would drag zod and decimal.js into every import.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  // The CLI reads its version with import.meta.url; the CommonJS copy needs the shim.
  shims: true,
  outDir: 'dist',
});
