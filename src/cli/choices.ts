// The values `--from` and `--profile` accept, and the reading of `--profile-metadata`.

import { formatIssues } from '../formatIssues.js';
import type { InputIssue } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment } from '../model/commitment.js';
import { parseChangeOrder } from '../parse.js';
import { fromProcoreErpEvent } from '../procore/fromProcoreErpEvent.js';
import { fromProcoreRest, type ProcoreRestInput } from '../procore/fromProcoreRest.js';
import { builtInProfiles } from '../profiles/builtInProfiles.js';
import { profileFromProcoreMetadata } from '../profiles/fromProcoreMetadata.js';
import { err, ok, type Result } from '../result.js';
import type { RecordFormat } from '../sov/readRecords.js';
import { quote } from '../text/quote.js';
import type { Rules, Target } from './oneCco.js';

/** One input value read: the change order, and its commitment when the payload carries it. */
export interface Read {
  /** The change order. */
  readonly changeOrder: ChangeOrder;
  /** The commitment with its schedule of values, when the payload carries them (a Procore event). */
  readonly commitment?: Commitment | undefined;
}

/** Reads one parsed JSON value as a change order. */
export type Reader = (input: unknown) => Result<Read, readonly InputIssue[]>;

/** A `--from` value: how each input value is read, and which rules `check` applies to it. */
export interface Source {
  /** The reader of one input value. */
  readonly read: Reader;
  /** `export` for what was already accepted for export (a Procore export event). */
  readonly rules: Rules;
  /** How the records of `--commitments` and `--vendor-links` are written. */
  readonly records: RecordFormat;
}

/** `--from`: the shape of each input value. The project's sync state comes from `--context`. */
const SOURCES = new Map<string, Source>([
  ['model', { read: readModel, rules: 'send', records: 'model' }],
  // The event is what the approver accepted for export: it is checked as the export checks it.
  ['procore-event', { read: fromProcoreErpEvent, rules: 'export', records: 'procore-event' }],
  [
    'procore-rest',
    {
      read: (input) => fromProcoreRest(input as ProcoreRestInput),
      rules: 'send',
      // REST commitments are read by the same adapter as the events; vendor links come as events.
      records: 'procore-event',
    },
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

function readModel(input: unknown): Result<Read, readonly InputIssue[]> {
  const read = parseChangeOrder(input);
  return read.ok ? ok({ changeOrder: read.value }) : read;
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
 * sourceFor('model') //=> { ok: true, value: { read: readModel, rules: 'send', records: 'model' } }
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
