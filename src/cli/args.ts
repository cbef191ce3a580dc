import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../result.js';

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
  /** Report every violation, not only the first. */
  readonly all: boolean;
  /** Where results go; stdout when undefined. */
  readonly output: string | undefined;
}

/** `--help` or `--version`: print and exit 0. */
export type InfoRequest = { readonly info: 'help' | 'version' };

/** The usage text, printed by `--help` and after a usage error. */
export const USAGE = `Usage: cco-erp <check|map> --context FILE [options] [FILE...]

Reads commitment change orders (CCOs) from each FILE, or from stdin when no FILE is given or
FILE is "-", as one JSON object, a JSON array or NDJSON (one CCO per line), and writes one NDJSON
result per CCO, in input order. A summary goes to stderr.

Commands:
  check                     {"line","id","ok","violations"}: the first failing send rule of each
                            CCO ([] when it may be sent); every failing rule with --all
  map                       {"line","id","ok":true,"payload","notices"} for each CCO the ERP
                            accepts, check's result for the others

Options:
  --context FILE            the export context as JSON (user, project with its time zone,
                            settings); required: dates depend on the project's zone
  --format auto|ndjson|json how the input is framed (default auto: "[" starts an array, a first
                            line that is whole JSON starts NDJSON, else one JSON object)
  --from model|procore-event|procore-rest
                            the shape of each CCO (default model)
  --profile NAME            the ERP profile (default sage300Cre)
  --profile-metadata FILE   build the profile from Procore's ERP metadata JSON
  --all                     every violation of a CCO, not only the first
  --output FILE             write the results to FILE instead of stdout
  -h, --help                print this text
  --version                 print the version

Exit codes:
  0  every CCO may be sent (check) or was mapped (map)
  1  some CCO breaks a rule, and every input was read
  2  some input could not be read or parsed, or a usage error
`;

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
    return err((cause as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok({ info: 'help' });
  if (values.version) return ok({ info: 'version' });
  const [command, ...files] = positionals;
  if (command === undefined) return err('Missing the command: check or map.');
  if (command !== 'check' && command !== 'map') {
    return err(`Unknown command "${command}"; use check or map.`);
  }
  if (values.context === undefined) {
    return err(
      'Missing --context FILE: the export context (user permissions, project time zone, settings) decides the rules and the dates.',
    );
  }
  const format = values.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return err(`Unknown --format "${format}"; use ${FORMATS.join(', ')}.`);
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
    all: values.all ?? false,
    output: values.output,
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
      all: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
