// `npm run site:build`: bundles the page (site/src/main.ts) with esbuild into site/dist/, against
// the package's published ESM build (dist/, so `npm run build` first): `cco-erp` is dist/index.js,
// `cco-erp/dist/…` a file of the build. Every JSON file of examples/ is bundled in, as text.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const siteDist = join(root, 'site', 'dist');
/** The files of the page besides its bundle, copied as they are. */
const STATIC = ['index.html', 'style.css', 'favicon.svg'];

/** Every .json and .jsonc file under examples/, by its path there, with `/` separators. */
export function exampleFiles() {
  const dir = join(root, 'examples');
  const files = {};
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.jsonc?$/.test(entry.name))
        files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** `cco-erp` and `cco-erp/dist/…` resolve into dist/; `virtual:examples` is the examples. */
const page = {
  name: 'cco-erp-site',
  setup(b) {
    b.onResolve({ filter: /^cco-erp$/ }, () => ({ path: join(root, 'dist', 'index.js') }));
    b.onResolve({ filter: /^cco-erp\/dist\// }, (args) => ({
      path: join(root, 'dist', args.path.slice('cco-erp/dist/'.length)),
    }));
    b.onResolve({ filter: /^virtual:examples$/ }, () => ({ path: 'examples', namespace: 'examples' }));
    b.onLoad({ filter: /.*/, namespace: 'examples' }, () => ({
      contents: `export default ${JSON.stringify(exampleFiles())};`,
      loader: 'js',
    }));
  },
};

/**
 * Builds the page into site/dist/: app.js (the bundle, minified), index.html, style.css,
 * favicon.svg. Fails when dist/ has not been built.
 * @returns esbuild's metafile (what went into the bundle).
 */
export async function buildSite() {
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error(
      'dist/index.js is missing: run `npm run build` first (the page bundles the published build).',
    );
  rmSync(siteDist, { recursive: true, force: true });
  mkdirSync(siteDist, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'site', 'src', 'main.ts')],
    outfile: join(siteDist, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
    plugins: [page],
  });
  for (const file of STATIC) copyFileSync(join(root, 'site', file), join(siteDist, file));
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  const metafile = await buildSite();
  const bytes = metafile.outputs[relative(root, join(siteDist, 'app.js')).split(sep).join('/')]?.bytes ?? 0;
  console.log(
    `site/dist/ built in ${Math.round(performance.now() - began)} ms (app.js ${(bytes / 1000).toFixed(1)} kB minified)`,
  );
}
