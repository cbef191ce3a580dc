import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { ExportContext } from '../../src/model/context.js';
import { parseChangeOrder, parseExportContext } from '../../src/parse.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');

/** The raw JSON of an example CCO in `examples/change-orders/`. */
export function rawExample(name: string): unknown {
  return JSON.parse(readFileSync(join(examples, 'change-orders', `${name}.json`), 'utf8'));
}

/** An example CCO, parsed (throws if the example is not valid: a broken fixture). */
export function example(name: string): ChangeOrder {
  const r = parseChangeOrder(rawExample(name));
  if (!r.ok) throw new Error(`example ${name} does not parse: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The example context: Admin on Commitments and Change Orders, an approver, US/Pacific. */
export function exampleContext(): ExportContext {
  const r = parseExportContext(JSON.parse(readFileSync(join(examples, 'context.json'), 'utf8')));
  if (!r.ok) throw new Error(`examples/context.json does not parse: ${JSON.stringify(r.error)}`);
  return r.value;
}
