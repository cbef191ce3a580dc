// `npm run site`: builds the page and serves site/dist/ on 127.0.0.1 (port 4173, or any free port
// when it is taken; `--port N` or PORT to choose), printing the URL. A static file server and
// nothing else: the page does all its work in the browser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, siteDist } from './build.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Answers a GET for a file under `folder` (`/` is index.html); 404 for anything else. */
function handler(folder) {
  return (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      path = '';
    }
    const file = normalize(join(folder, path === '/' ? 'index.html' : path));
    const inside = file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
    if (request.method !== 'GET' || !inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(readFileSync(file));
  };
}

/**
 * Serves `folder` on 127.0.0.1.
 * @param {{ folder?: string, port?: number }} options - `port` 0 takes any free port; a taken
 *   fixed port falls back to a free one.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ folder = siteDist, port = 0 } = {}) {
  const server = createServer(handler(folder));
  const listen = (p) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listen(port);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || port === 0) throw e;
    console.error(`port ${port} is taken; using a free one`);
    await listen(0);
  }
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `--port must be a whole number from 0 to 65535; got ${process.argv[flag + 1] ?? process.env.PORT}.`,
    );
    process.exit(2);
  }
  await buildSite();
  const { url } = await serveSite({ port });
  console.log(`cco-erp page: ${url}  (site/dist/, Ctrl+C to stop)`);
}
