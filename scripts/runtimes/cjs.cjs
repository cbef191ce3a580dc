// The scenario through the CommonJS build (`require`). Run by Node and Bun.
const lib = require('../../dist/index.cjs');

(async () => {
  const { exercise } = await import('./exercise.mjs');
  const { loadFixtures } = await import('./fixtures.mjs');
  process.stdout.write(exercise(lib, loadFixtures()));
})();
