// Runs every example CCO through the public API of the built package and prints, for each,
// the first failing rule or the Sage 300 CRE payload. `npm run demo` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangeOrder, parseExportContext, toSage300Payload, validate } from '../dist/index.js';

const here = new URL('.', import.meta.url).pathname;
const context = parseExportContext(JSON.parse(readFileSync(join(here, 'context.json'), 'utf8')));
if (!context.ok) {
  console.error('examples/context.json is not a valid context:', context.error);
  process.exit(2);
}

const dir = join(here, 'change-orders');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  console.log(`\n== ${file}`);
  const parsed = parseChangeOrder(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.ok) {
    for (const issue of parsed.error)
      console.log(`  cannot read ${issue.path.join('.')}: [${issue.code}] ${issue.message}`);
    continue;
  }
  const first = validate(parsed.value, context.value);
  if (first !== undefined) {
    console.log(`  cannot send: [${first.code}] ${first.message}`);
    continue;
  }
  const mapped = toSage300Payload(parsed.value, context.value);
  if (!mapped.ok) continue; // validate passed, so the mapper cannot refuse
  for (const notice of mapped.value.notices) console.log(`  notice [${notice.code}] ${notice.message}`);
  console.log(JSON.stringify(mapped.value.payload, null, 2).replace(/^/gm, '  '));
}
