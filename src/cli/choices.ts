// The values `--from` and `--profile` accept. Names that other issues will provide are listed as
// planned, so the flag's shape is final now and a planned name gets a clear usage error.

import type { InputIssue } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import { parseChangeOrder } from '../parse.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { err, ok, type Result } from '../result.js';

/** Reads one parsed JSON value as a change order. */
export type Reader = (input: unknown) => Result<ChangeOrder, readonly InputIssue[]>;

/** `--from`: the shape of each input value. */
const SOURCES = new Map<string, Reader | 'planned'>([
  ['model', parseChangeOrder],
  // Procore adapters (issue 5): fromProcoreErpEvent, fromProcoreRest.
  ['procore-event', 'planned'],
  ['procore-rest', 'planned'],
]);

/** `--profile`: the ERP profiles, by their export names. */
const PROFILES = new Map<string, ErpProfile | 'planned'>([
  ['sage300Cre', sage300Cre],
  // ERP profiles (issue 4).
  ['sage100Contractor', 'planned'],
  ['viewpointVista', 'planned'],
  ['spectrum', 'planned'],
  ['quickBooksDesktop', 'planned'],
  ['sageIntacct', 'planned'],
  ['cmic', 'planned'],
  ['xero', 'planned'],
]);

/** `sage-300-cre`, `SAGE300CRE` and `sage300Cre` name the same profile. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lookup<T>(table: Map<string, T | 'planned'>, name: string, what: string): Result<T, string> {
  for (const [known, value] of table) {
    if (key(known) !== key(name)) continue;
    if (value === 'planned') return err(`${what} "${known}" is not available in this build of cco-erp.`);
    return ok(value);
  }
  return err(`Unknown ${what} "${name}"; use one of: ${[...table.keys()].join(', ')}.`);
}

/**
 * The reader for `--from NAME`.
 * @example
 * readerFor('model') //=> { ok: true, value: parseChangeOrder }
 */
export function readerFor(name: string): Result<Reader, string> {
  return lookup(SOURCES, name, '--from');
}

/**
 * The profile for `--profile NAME`, matched without regard to case or punctuation.
 * @example
 * profileFor('sage-300-cre') //=> { ok: true, value: sage300Cre }
 */
export function profileFor(name: string): Result<ErpProfile, string> {
  return lookup(PROFILES, name, '--profile');
}

/**
 * The profile for `--profile-metadata FILE`: Procore's ERP metadata JSON, once
 * `profileFromProcoreMetadata` (issue 4) exists.
 */
export function profileFromMetadata(_json: unknown): Result<ErpProfile, string> {
  return err('--profile-metadata is not available in this build of cco-erp.');
}
