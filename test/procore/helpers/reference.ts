import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's root (CI runs from a clean clone with `shared/` beside it). */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** Procore's reference payloads and schemas, kept outside the repository. */
export const referenceDir = path.resolve(repoRoot, '../shared/reference/procore');

/**
 * Removes `//` and `/* … *\/` comments from JSONC, leaving strings alone: a `//` inside a string
 * (a URL, `"a//b"`) is text, and an escaped quote does not end the string.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += text.slice(start, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** A reference file from `../shared/reference/procore/`, comments stripped, parsed. */
export function loadReference(name: string): unknown {
  return JSON.parse(stripJsonComments(readFileSync(path.join(referenceDir, name), 'utf8')));
}

/** The ERP export event for a commitment change order, as Procore documents it. */
export const CCO_EVENT = 'erp-event-create_commitment_change_order.fixed.jsonc';
