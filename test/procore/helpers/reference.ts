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

/**
 * Procore's documented `create_vendor` event. The upstream example is not valid JSON: it ends with
 * one closing brace too many (the copy's fourth line says so). Exactly that brace is removed here,
 * and only when it is there, so that a corrected upstream copy would fail loudly.
 */
export function loadCreateVendorEvent(): unknown {
  const text = stripJsonComments(
    readFileSync(path.join(referenceDir, 'erp-event-create_vendor.jsonc'), 'utf8'),
  );
  const trimmed = text.trimEnd();
  if (!/\}\s*\}\s*\}$/.test(trimmed))
    throw new Error('create_vendor: the extra closing brace is gone; read it as it is');
  return JSON.parse(trimmed.slice(0, -1));
}

/** The ERP event for a new commitment with its schedule of values, as Procore documents it. */
export const COMMITMENT_EVENT = 'erp-event-create_commitment.jsonc';
