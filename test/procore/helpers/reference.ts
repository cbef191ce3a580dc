import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripJsonComments } from '../../../src/profiles/stripJsonComments.js';

/** The repository's root. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** Copies of Procore's reference payloads and schemas, each naming its public source (README.md). */
export const referenceDir = path.resolve(repoRoot, 'test/procore/fixtures');

/** A reference file from `test/procore/fixtures/`, comments stripped, parsed. */
export function loadReference(name: string): unknown {
  return JSON.parse(stripJsonComments(readFileSync(path.join(referenceDir, name), 'utf8')));
}

/** The ERP export event for a commitment change order, as Procore documents it. */
export const CCO_EVENT = 'erp-event-create_commitment_change_order.fixed.jsonc';
