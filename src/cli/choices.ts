// The values `--from` and `--profile` accept, and the reading of `--profile-metadata`.

import { formatPath } from '../internal/describe.js';
import type { InputIssue } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import { parseChangeOrder } from '../parse.js';
import { fromProcoreErpEvent } from '../procore/fromProcoreErpEvent.js';
import { fromProcoreRest, type ProcoreRestInput } from '../procore/fromProcoreRest.js';
import { builtInProfiles } from '../profiles/builtInProfiles.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { profileFromProcoreMetadata } from '../profiles/fromProcoreMetadata.js';
import { err, ok, type Result } from '../result.js';

/** Reads one parsed JSON value as a change order. */
export type Reader = (input: unknown) => Result<ChangeOrder, readonly InputIssue[]>;

/** `--from`: the shape of each input value. The project's sync state comes from `--context`. */
const SOURCES = new Map<string, Reader>([
  ['model', parseChangeOrder],
  ['procore-event', (input) => changeOrderOf(fromProcoreErpEvent(input))],
  ['procore-rest', (input) => changeOrderOf(fromProcoreRest(input as ProcoreRestInput))],
]);

function changeOrderOf(
  read: Result<{ changeOrder: ChangeOrder }, readonly InputIssue[]>,
): Result<ChangeOrder, readonly InputIssue[]> {
  return read.ok ? ok(read.value.changeOrder) : read;
}

/** `--profile`: the built-in ERP profiles, by their export names. */
const PROFILES = new Map<string, ErpProfile>(Object.entries(builtInProfiles));

/** `sage-300-cre`, `SAGE300CRE` and `sage300Cre` name the same profile. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lookup<T>(table: Map<string, T>, name: string, what: string): Result<T, string> {
  for (const [known, value] of table) if (key(known) === key(name)) return ok(value);
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
 * The profile for `--profile-metadata FILE`: Procore's ERP metadata JSON, every problem listed.
 * @example
 * profileFromMetadata(JSON.parse(text)) //=> { ok: true, value: { name: 'Sage 300 CRE', … } }
 */
export function profileFromMetadata(json: unknown): Result<ErpProfile, string> {
  const read = profileFromProcoreMetadata(json);
  if (read.ok) return read;
  const lines = read.error.map((i) => `  ${formatPath(i.path as PropertyKey[])}: [${i.code}] ${i.message}`);
  return err(`the profile metadata is not usable:\n${lines.join('\n')}`);
}
