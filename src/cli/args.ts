import { parseArgs } from 'node:util';
import { describeCause } from '../internal/guard.js';
import { err, ok, type Result } from '../result.js';
import { SCHEMA_NAMES } from '../schemas.js';
import { quote } from '../text/quote.js';
import { PROFILE_NAMES, SOURCE_NAMES } from './choices.js';

/** What the command does with each change order. */
export type Command = 'check' | 'map';
/** How the input is framed: detected, one JSON value per line, or one JSON object or array. */
export type Format = 'auto' | 'ndjson' | 'json';

/** The command line, read and checked. */
export interface CliOptions {
  /** `check` or `map`. */
  readonly command: Command;
  /** Input files; `-` is stdin. Empty means stdin. */
  readonly files: readonly string[];
  /** The export context file (JSON). */
  readonly context: string;
  /** The input framing. */
  readonly format: Format;
  /** The input shape (`model`, or a Procore payload once the adapters exist). */
  readonly from: string;
  /** The ERP profile's name, when given. */
  readonly profile: string | undefined;
  /** A Procore ERP metadata file to build the profile from, when given. */
  readonly profileMetadata: string | undefined;
  /** A file of commitments with their schedules of values (`--from` shape), when given. */
  readonly commitments: string | undefined;
  /** A file of vendor links (`--from` shape), when given. */
  readonly vendorLinks: string | undefined;
  /** Report every violation, not only the first. */
  readonly all: boolean;
  /** Where results go; stdout when undefined. */
  readonly output: string | undefined;
  /** No progress line, even on a terminal. */
  readonly quiet: boolean;
}

/**
 * Exit codes: the public contract of the command.
 * @example
 * process.exitCode = EXIT.violations; //=> 1
 */
export const EXIT = {
  /** Every change order may be sent (check) or was mapped (map). */
  ok: 0,
  /** Some change order breaks a rule, and every input was read. */
  violations: 1,
  /** Some input could not be read or parsed, a CCO failed inside, or the command line is wrong. */
  error: 2,
  /** Stopped by SIGTERM (128 + 15), after writing whole results. */
  stopped: 143,
} as const;

/** `--help`, `--version` or `schema NAME`: print and exit (0, or 2 for an unknown schema). */
export type InfoRequest =
  | { readonly info: 'help' | 'version' }
  | { readonly info: 'schema'; readonly name: string | undefined };

/** The usage text, printed by `--help`; the profile and `--from` names come from their tables. */
export const USAGE = `Usage: cco-erp <check|map> --context FILE [options] [FILE...]
       cco-erp schema [NAME]

Reads commitment change orders (CCOs) from each FILE, or from stdin when no FILE is given or
FILE is "-", as NDJSON (one CCO per line), one JSON object or array, or JSON objects one after
another, and writes one NDJSON result per CCO, in input order. A summary goes to stderr.

Commands:
  check                     {"line","id","ok","violations"}: the first failing send rule of each
                            CCO ([] when it may be sent); every failing rule with --all. For
                            --from procore-event, the export rules (what map checks)
  map                       {"line","id","ok":true,"export"} for each CCO the ERP accepts (the
                            same export for every profile), the export rules' violations for
                            the others
  schema NAME               print a JSON Schema of the package (cco-erp/schemas/NAME.json), one
                            of: ${SCHEMA_NAMES.join(', ')}; without NAME, list them

Options:
  --context FILE            the export context as JSON (user, project with its time zone,
                            settings); required: dates depend on the project's zone
  --format auto|ndjson|json how the input is framed (default auto: a first value that ends on
                            its first line means NDJSON, one that spans lines means JSON values)
  --from ${SOURCE_NAMES.join('|')}
                            the shape of each CCO (default ${SOURCE_NAMES[0]})
  --profile NAME            the ERP profile (default sage300Cre), one of:
${wrap(PROFILE_NAMES.join(', '))}
  --profile-metadata FILE   build the profile from Procore's ERP metadata JSON
  --commitments FILE        the commitments with their schedules of values (a JSON array or
                            NDJSON; Procore create_commitment events or REST commitments with
                            --from procore-*): each CCO is checked against its own (SOV rules);
                            a CCO whose commitment is not in FILE is a commitment_not_given error
  --vendor-links FILE       links from companies to ERP vendors (a JSON array or NDJSON; Procore
                            link_vendor / create_vendor events with --from procore-*): they
                            decide the vendor rules and the exported vendorId
  --all                     every violation of a CCO, not only the first
  -o, --output FILE         write the results to FILE (never one of the inputs) instead of stdout
  --quiet                   no progress line on a terminal (the summary is still written)
  -h, --help                print this text
  --version                 print the version

Exit codes:
  0    every CCO may be sent (check) or was mapped (map)
  1    some CCO breaks a rule, and every input was read
  2    some input could not be read or parsed, a CCO failed with an internal error, a usage
       error, the output cannot be written, or stdout is closed
  143  stopped by SIGTERM: the results written are whole lines; the rest was not read
`;

function wrap(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= 94) lines[last] += ` ${word}`;
    else lines.push(`${' '.repeat(28)}${word}`);
  }
  return lines.join('\n');
}

const FORMATS: readonly Format[] = ['auto', 'ndjson', 'json'];

/**
 * Reads the command line (without `node` and the script). Never throws.
 * @returns The options, `--help` / `--version`, or the reason the command line is wrong.
 * @example
 * parseCli(['check', '--context', 'ctx.json', 'ccos.ndjson'])
 * //=> { ok: true, value: { command: 'check', files: ['ccos.ndjson'], context: 'ctx.json', … } }
 */
export function parseCli(argv: readonly string[]): Result<CliOptions | InfoRequest, string> {
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read(argv);
  } catch (cause) {
    return err(describeCause(cause).replace(/^TypeError: /, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return ok({ info: 'help' });
  if (values.version) return ok({ info: 'version' });
  const [command, ...files] = positionals;
  if (command === undefined) return err('Missing the command: check, map or schema.');
  if (command === 'schema') {
    if (files.length > 1) return err('schema takes one NAME.');
    return ok({ info: 'schema', name: files[0] });
  }
  if (command !== 'check' && command !== 'map') {
    return err(`Unknown command ${quote(command)}; use check, map or schema.`);
  }
  if (values.context === undefined) {
    return err(
      'Missing --context FILE: the export context (user permissions, project time zone, settings) decides the rules and the dates.',
    );
  }
  const format = values.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return err(`Unknown --format ${quote(format)}; use ${FORMATS.join(', ')}.`);
  }
  if (values.profile !== undefined && values['profile-metadata'] !== undefined) {
    return err('Give --profile or --profile-metadata, not both.');
  }
  return ok({
    command,
    files,
    context: values.context,
    format: format as Format,
    from: values.from ?? 'model',
    profile: values.profile,
    profileMetadata: values['profile-metadata'],
    commitments: values.commitments,
    vendorLinks: values['vendor-links'],
    all: values.all ?? false,
    output: values.output,
    quiet: values.quiet ?? false,
  });
}

function read(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      context: { type: 'string' },
      format: { type: 'string' },
      from: { type: 'string' },
      profile: { type: 'string' },
      'profile-metadata': { type: 'string' },
      commitments: { type: 'string' },
      'vendor-links': { type: 'string' },
      all: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
