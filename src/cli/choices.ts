// The values `--from` and `--profile` accept, and the reading of `--profile-metadata`.

import { formatIssues } from '../formatIssues.js';
import type { InputIssue } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import { parseChangeOrder } from '../parse.js';
import { fromProcoreErpEvent } from '../procore/fromProcoreErpEvent.js';
import { fromProcoreRest, type ProcoreRestInput } from '../procore/fromProcoreRest.js';
import { builtInProfiles } from '../profiles/builtInProfiles.js';
import { profileFromProcoreMetadata } from '../profiles/fromProcoreMetadata.js';
import { err, ok, type Result } from '../result.js';
import { quote } from '../text/quote.js';
import type { Rules, Target } from './oneCco.js';

/** Reads one parsed JSON value as a change order. */
export type Reader = (input: unknown) => Result<ChangeOrder, readonly InputIssue[]>;

/** A `--from` value: how each input value is read, and which rules `check` applies to it. */
export interface Source {
  /** The reader of one input value. */
  readonly read: Reader;
  /** `export` for what was already accepted for export (a Procore export event). */
  readonly rules: Rules;
}

/** `--from`: the shape of each input value. The project's sync state comes from `--context`. */
const SOURCES = new Map<string, Source>([
  ['model', { read: parseChangeOrder, rules: 'send' }],
  // The event is what the approver accepted for export: it is checked as the export checks it.
  ['procore-event', { read: (input) => changeOrderOf(fromProcoreErpEvent(input)), rules: 'export' }],
  [
    'procore-rest',
    { read: (input) => changeOrderOf(fromProcoreRest(input as ProcoreRestInput)), rules: 'send' },
  ],
]);

/** `--profile`: the built-in profiles by their export names. */
const TARGETS = new Map<string, Target>(
  Object.entries(builtInProfiles).map(([name, profile]) => [name, { profile }]),
);

/** The `--from` values, for `--help`. */
export const SOURCE_NAMES: readonly string[] = [...SOURCES.keys()];
/** The `--profile` values, for `--help`. */
export const PROFILE_NAMES: readonly string[] = [...TARGETS.keys()];

function changeOrderOf(
  read: Result<{ changeOrder: ChangeOrder }, readonly InputIssue[]>,
): Result<ChangeOrder, readonly InputIssue[]> {
  return read.ok ? ok(read.value.changeOrder) : read;
}

/** `sage-300-cre`, `SAGE300CRE` and `sage300Cre` name the same profile. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lookup<T>(table: ReadonlyMap<string, T>, name: string, what: string): Result<T, string> {
  for (const [known, value] of table) if (key(known) === key(name)) return ok(value);
  return err(`Unknown ${what} ${quote(name)}; use one of: ${[...table.keys()].join(', ')}.`);
}

/**
 * The source for `--from NAME`, matched without regard to case or punctuation.
 * @example
 * sourceFor('model') //=> { ok: true, value: { read: parseChangeOrder, rules: 'send' } }
 */
export function sourceFor(name: string): Result<Source, string> {
  return lookup(SOURCES, name, '--from');
}

/**
 * The target for `--profile NAME`, matched without regard to case or punctuation; Sage 300 CRE
 * when no name is given.
 * @example
 * targetFor('sage-300-cre') //=> { ok: true, value: { profile: sage300Cre } }
 */
export function targetFor(name = 'sage300Cre'): Result<Target, string> {
  return lookup(TARGETS, name, '--profile');
}

/**
 * The target for `--profile-metadata FILE`: Procore's ERP metadata JSON, every problem listed.
 * @example
 * targetFromMetadata(JSON.parse(text)) //=> { ok: true, value: { profile: { name: 'Sage 300 CRE', … } } }
 */
export function targetFromMetadata(json: unknown): Result<Target, string> {
  const read = profileFromProcoreMetadata(json);
  if (read.ok) return ok({ profile: read.value });
  const lines = formatIssues(read.error).replace(/^/gm, '  ');
  return err(`the profile metadata is not usable:\n${lines}`);
}
