// `npm run test:runtimes`: runs the same scenario against the built package (dist/, so `npm run
// build` first) under Node 20 ESM and CJS, Deno, Bun and headless Chromium, and fails unless every
// runtime prints exactly what Node's ESM run prints. Prints how long each runtime took.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInBrowser } from './browser.mjs';
import { assertMeaningful } from './exercise.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
if (!existsSync(chromiumPath)) {
  console.error(
    `${chromiumPath} is missing: apt-get update && apt-get install -y chromium (.ci/run does it).`,
  );
  process.exit(2);
}

const run = (command, args) => () =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const runtimes = [
  ['node ESM', run(process.execPath, [`${here}esm.mjs`])],
  ['node CJS', run(process.execPath, [`${here}cjs.cjs`])],
  ['deno ESM', run(bin('deno'), ['run', '--allow-read', '--allow-env', `${here}esm.mjs`])],
  ['bun ESM', run(bin('bun'), [`${here}esm.mjs`])],
  ['bun CJS', run(bin('bun'), [`${here}cjs.cjs`])],
  ['chromium ESM', () => runInBrowser(chromiumPath)],
];

let reference;
let failed = false;
for (const [name, start] of runtimes) {
  const began = performance.now();
  let output;
  try {
    output = await start();
  } catch (e) {
    console.error(`✗ ${name}: ${e.message}`);
    failed = true;
    continue;
  }
  const ms = Math.round(performance.now() - began);
  if (reference === undefined) {
    assertMeaningful(output);
    reference = output;
  }
  if (output === reference) console.log(`✓ ${name} (${ms} ms, ${output.length} bytes)`);
  else {
    failed = true;
    const at = [...output].findIndex((ch, i) => ch !== reference[i]);
    console.error(`✗ ${name} differs from node ESM at byte ${at}:`);
    console.error(`  node: ${JSON.stringify(reference.slice(Math.max(0, at - 40), at + 40))}`);
    console.error(`  ${name}: ${JSON.stringify(output.slice(Math.max(0, at - 40), at + 40))}`);
  }
}
process.exit(failed ? 1 : 0);
