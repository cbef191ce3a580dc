// Size budgets per entry point (`npm run test:size`), measured the way a user's bundler sees them:
// esbuild bundles the import with its dependencies, minifies it, and size-limit reports brotli.
// Budgets sit about 10% above the measured size; README.md lists the figures.

/**
 * Fails the check when the bundle contains bytes of node_modules/<name>. esbuild reads every
 * imported file before it tree-shakes, so this looks at what reached the output (the metafile).
 */
const forbid = (...names) => ({
  name: 'forbid',
  setup(build) {
    build.onEnd((result) => {
      for (const output of Object.values(result.metafile?.outputs ?? {}))
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          const hit = names.find((n) => input.includes(`node_modules/${n}/`));
          if (hit !== undefined && bytesInOutput > 0)
            return {
              errors: [{ text: `tree-shaking failed: ${bytesInOutput} B of ${input} in the bundle` }],
            };
        }
      return undefined;
    });
  },
});
const without =
  (...names) =>
  (config) => ({ ...quiet(config), plugins: [...(config.plugins ?? []), forbid(...names)] });
/**
 * esbuild warns that dist/index.js imports chunks only for their side effects while the package
 * says it has none: that is the point (the chunks are dropped), so only errors are shown.
 */
const quiet = (config) => ({ ...config, logLevel: 'error' });

export default [
  {
    name: 'cco-erp, everything (ESM)',
    path: 'dist/index.js',
    import: '*',
    limit: '70 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'import { aggregateLineItems }: no zod',
    path: 'dist/index.js',
    import: '{ aggregateLineItems }',
    limit: '16 kB',
    modifyEsbuildConfig: without('zod'),
  },
  {
    name: 'import { parseChangeOrder, parseExportContext }',
    path: 'dist/index.js',
    import: '{ parseChangeOrder, parseExportContext }',
    limit: '36 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'import { validate }: no zod',
    path: 'dist/index.js',
    import: '{ validate }',
    limit: '24 kB',
    modifyEsbuildConfig: without('zod'),
  },
  {
    name: 'import { toSage300Payload }: no zod',
    path: 'dist/index.js',
    import: '{ toSage300Payload }',
    limit: '25 kB',
    modifyEsbuildConfig: without('zod'),
  },
  {
    name: 'import { applyEdit }: no zod',
    path: 'dist/index.js',
    import: '{ applyEdit }',
    limit: '15.5 kB',
    modifyEsbuildConfig: without('zod'),
  },
  {
    name: 'import { exportChangeOrder }: no zod',
    path: 'dist/index.js',
    import: '{ exportChangeOrder }',
    limit: '25 kB',
    modifyEsbuildConfig: without('zod'),
  },
  {
    name: 'import { formatIssues }: no dependency at all',
    path: 'dist/index.js',
    import: '{ formatIssues }',
    limit: '2 kB',
    modifyEsbuildConfig: without('zod', 'decimal.js'),
  },
  {
    // The page (`npm run site`): already one bundle of all of cco-erp, zod, decimal.js, the page's
    // code and the examples as text; built by scripts/site/build.mjs, which test:size runs first.
    name: 'the page, site/dist/app.js (everything, examples included)',
    path: 'site/dist/app.js',
    limit: '70 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'cco-erp/testing (without fast-check)',
    path: 'dist/testing/index.js',
    import: '*',
    ignore: ['fast-check'],
    limit: '27 kB',
    modifyEsbuildConfig: quiet,
  },
];
