// `npm run docs:schemas`: writes schemas/*.json and src/schemaFiles.ts, and removes any schema file
// no longer in the table.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, renderSchemaFiles, renderSchemas } from './generate.js';

const dir = join(ROOT, 'schemas');
mkdirSync(dir, { recursive: true });
const rendered = await renderSchemas();
for (const file of readdirSync(dir)) {
  if (file.endsWith('.json') && !rendered.has(file.slice(0, -'.json'.length))) {
    rmSync(join(dir, file));
    console.log(`removed schemas/${file}`);
  }
}
for (const [name, text] of rendered) writeFileSync(join(dir, `${name}.json`), text);
writeFileSync(join(ROOT, 'src', 'schemaFiles.ts'), renderSchemaFiles());
console.log(`wrote ${[...rendered.keys()].map((n) => `schemas/${n}.json`).join(', ')}, src/schemaFiles.ts`);
