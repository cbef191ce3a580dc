// The scenario in headless Chromium: a tiny HTTP server on 127.0.0.1 serves the ESM build, the
// dependencies' own ESM files from node_modules (through an import map) and the examples; a page
// runs exercise() and Playwright reads the string it produced.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { fixtureFiles } from './fixtures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Only these folders are served; nothing else of the machine is reachable. */
const SERVED = ['dist/', 'node_modules/', 'scripts/runtimes/', 'examples/'];
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
/** The bare specifiers the ESM build imports; each maps to the file Node itself resolves. */
const DEPENDENCIES = ['zod', 'decimal.js'];

/** The flags this machine needs: no sandbox as root, no background connections to the outside. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function importMap() {
  const imports = {};
  for (const name of DEPENDENCIES) {
    const file = fileURLToPath(import.meta.resolve(name));
    const url = `/${file.slice(root.length).split(sep).join('/')}`;
    imports[name] = url;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  return { imports };
}

function page() {
  return `<!doctype html><meta charset="utf-8"><title>cco-erp in the browser</title>
<script type="importmap">${JSON.stringify(importMap())}</script>
<script type="module">
try {
  const lib = await import('/dist/index.js');
  const { exercise } = await import('/scripts/runtimes/exercise.mjs');
  const get = async (path) => (await fetch(path)).json();
  const changeOrders = {};
  for (const file of ${JSON.stringify(fixtureFiles())})
    changeOrders[file] = await get('/examples/change-orders/' + file);
  window.__result = exercise(lib, { context: await get('/examples/context.json'), changeOrders });
} catch (e) {
  window.__error = String(e && e.stack || e);
}
</script>`;
}

function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname).slice(1);
  if (path === '') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page());
    return;
  }
  const file = normalize(join(root, path));
  const allowed = SERVED.some((folder) => file.startsWith(join(root, folder)));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}

/**
 * Runs the scenario in Chromium and returns its string.
 * @param {string} executablePath - the Chromium binary (Debian's `/usr/bin/chromium`)
 */
export async function runInBrowser(executablePath) {
  const server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (e) => problems.push(String(e)));
    tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => window.__result !== undefined || window.__error !== undefined, null, {
      timeout: 30_000,
    });
    const { result, error } = await tab.evaluate(() => ({ result: window.__result, error: window.__error }));
    if (error !== undefined || problems.length > 0)
      throw new Error(`the page failed:\n${[error, ...problems].filter(Boolean).join('\n')}`);
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await runInBrowser(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'));
}
