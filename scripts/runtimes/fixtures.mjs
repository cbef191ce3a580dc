// Reads examples/ into the plain object that exercise() takes. Uses node:fs, which Node, Deno and
// Bun all provide; the browser page fetches the same files over HTTP instead.
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../examples/', import.meta.url);

export function loadFixtures() {
  const read = (url) => JSON.parse(readFileSync(url, 'utf8'));
  const changeOrders = {};
  for (const file of readdirSync(new URL('change-orders/', root)).filter((f) => f.endsWith('.json')))
    changeOrders[file] = read(new URL(`change-orders/${file}`, root));
  return { context: read(new URL('context.json', root)), changeOrders };
}

/** The file names the browser page must fetch, relative to examples/. */
export function fixtureFiles() {
  return readdirSync(new URL('change-orders/', root))
    .filter((f) => f.endsWith('.json'))
    .sort();
}
