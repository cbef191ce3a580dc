// The cco-erp command: reads change orders as a stream, checks or maps each one, writes one NDJSON
// result per change order in input order, and a summary on stderr. All I/O goes through `CliIo`
// and the files named on the command line, so the tests can run it in-process.

import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { formatIssues } from '../formatIssues.js';
import type { ExportContext } from '../model/context.js';
import { parseExportContext } from '../parse.js';
import { stripJsonComments } from '../profiles/stripJsonComments.js';
import { err, ok, type Result } from '../result.js';
import { SCHEMA_NAMES, schemaText } from '../schemas.js';
import { type CliOptions, EXIT, parseCli, USAGE } from './args.js';
import { type Source, sourceFor, targetFor, targetFromMetadata } from './choices.js';
import { DocumentFramer } from './documents.js';
import { type Framer, NdjsonFramer, withoutBom } from './framing.js';
import { RunChecks, type RunData, type Target } from './oneCco.js';
import { Outcomes } from './outcomes.js';
import { loadCommitments, loadVendorLinks } from './recordFiles.js';

/** The exit codes, where the command's callers look for them. */
export { EXIT };

/** What the command may touch besides the files named on its command line. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal: the progress line is shown only then, and never in CI. */
  readonly stderrIsTTY: boolean;
  /** Whether stdout was closed when the command started (`>&-`): results would be lost. */
  readonly stdoutClosed: boolean;
  /** Aborted on SIGTERM: reading stops, the results computed so far are written whole. */
  readonly stop: AbortSignal;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version, for `--version`. */
  readonly version: string;
  /** A clock in milliseconds, for the progress line. */
  readonly now: () => number;
}

/** Bytes read at a time from a file. */
const READ_CHUNK = 1024 * 1024;

/**
 * Runs `cco-erp` with `argv` (the arguments after the script). Never throws for bad input or bad
 * files; resolves to the exit code.
 * @example
 * const code = await runCli(['check', '--context', 'ctx.json', 'ccos.ndjson'], io); //=> 0, 1 or 2
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cli = parseCli(argv);
  if (!cli.ok) return usageError(io, cli.error);
  if ('info' in cli.value) {
    const info = cli.value;
    if (info.info !== 'schema') {
      io.stdout.write(info.info === 'help' ? USAGE : `${io.version}\n`);
      return EXIT.ok;
    }
    if (info.name === undefined) {
      io.stdout.write(`${SCHEMA_NAMES.join('\n')}\n`);
      return EXIT.ok;
    }
    const schema = schemaText(info.name);
    if (!schema.ok) return usageError(io, formatIssues(schema.error));
    io.stdout.write(schema.value);
    return EXIT.ok;
  }
  const options = cli.value;

  const source = sourceFor(options.from);
  if (!source.ok) return usageError(io, source.error);
  const target = await loadTarget(options);
  if (!target.ok) return usageError(io, target.error);
  const context = await loadContext(options.context);
  if (!context.ok) return usageError(io, context.error);
  // Read whole before any change order: a record that cannot be read stops the run here.
  const data = await loadRunData(options, source.value, target.value);
  if (!data.ok) return usageError(io, data.error);
  const inputs = options.files.length === 0 ? ['-'] : options.files;

  let out: Writable = io.stdout;
  if (options.output === undefined && io.stdoutClosed) {
    return usageError(
      io,
      'stdout is closed, so every result would be lost; redirect it or pass --output FILE.',
    );
  }
  if (options.output !== undefined) {
    const clash = await sameFile(options.output, [
      ...inputs,
      options.context,
      options.profileMetadata ?? '-',
      options.commitments ?? '-',
      options.vendorLinks ?? '-',
    ]);
    if (clash !== undefined) {
      return usageError(
        io,
        `--output ${options.output} is the input ${clash}: writing would erase it before it is read. Write the results to another file.`,
      );
    }
    const opened = await openOutput(options.output);
    if (!opened.ok) return usageError(io, opened.error);
    out = opened.value;
  }

  const checks = new RunChecks(context.value, target.value, data.value);
  const run = new Run(options, source.value, checks, out, io);
  try {
    for (const file of inputs) {
      if (io.stop.aborted) break;
      await run.read(file, inputs.length > 1);
    }
    await run.flush();
    if (out !== io.stdout) await close(out);
  } catch (cause) {
    run.outcomes.stopProgress();
    io.stderr.write(`cco-erp: cannot write the results: ${(cause as Error).message}\n`);
    return EXIT.error;
  }
  run.outcomes.stopProgress();
  io.stderr.write(run.outcomes.summary());
  if (io.stop.aborted) {
    io.stderr.write(
      `cco-erp: stopped by SIGTERM after ${run.outcomes.counted()}; the results written are whole lines, the rest of the input was not read.\n`,
    );
    return EXIT.stopped;
  }
  return run.outcomes.exitCode();
}

function usageError(io: CliIo, reason: string): number {
  io.stderr.write(`cco-erp: ${reason}\nRun "cco-erp --help" for usage.\n`);
  return EXIT.error;
}

async function readJson(file: string, what: string, comments = false): Promise<Result<unknown, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    return err(`cannot read ${what} ${file}: ${(cause as Error).message}`);
  }
  try {
    const json = text.replace(/^\uFEFF/, '');
    return ok(JSON.parse(comments ? stripJsonComments(json) : json));
  } catch (cause) {
    return err(`${what} ${file} is not valid JSON: ${(cause as Error).message}`);
  }
}

async function loadContext(file: string): Promise<Result<ExportContext, string>> {
  const json = await readJson(file, 'the context');
  if (!json.ok) return json;
  const parsed = parseExportContext(json.value);
  if (parsed.ok) return parsed;
  const issues = formatIssues(parsed.error).replace(/^/gm, '  ');
  return err(`the context ${file} is not a valid export context:\n${issues}`);
}

async function loadTarget(options: CliOptions): Promise<Result<Target, string>> {
  if (options.profileMetadata === undefined) return targetFor(options.profile);
  // Procore's metadata examples carry // comments (JSONC): they are allowed here.
  const json = await readJson(options.profileMetadata, 'the profile metadata', true);
  return json.ok ? targetFromMetadata(json.value) : json;
}

/** The commitments and vendor links of `--commitments` and `--vendor-links`, when given. */
async function loadRunData(
  options: CliOptions,
  source: Source,
  target: Target,
): Promise<Result<RunData, string>> {
  const from = source.records;
  let commitments: RunData['commitments'];
  if (options.commitments !== undefined) {
    const read = await loadCommitments(options.commitments, { from });
    if (!read.ok) return read;
    commitments = { file: options.commitments, list: read.value };
  }
  let vendorLinks: RunData['vendorLinks'];
  if (options.vendorLinks !== undefined) {
    const read = await loadVendorLinks(options.vendorLinks, { from, profile: target.profile });
    if (!read.ok) return read;
    vendorLinks = read.value;
  }
  return ok({ commitments, vendorLinks });
}

/** The first of `files` that is the same file as `output` (by device and inode, not by name). */
async function sameFile(output: string, files: readonly string[]): Promise<string | undefined> {
  const out = await stat(output).catch(() => undefined);
  if (out === undefined || !out.isFile()) return undefined;
  for (const file of files) {
    if (file === '-') continue;
    const input = await stat(file).catch(() => undefined);
    if (input !== undefined && input.dev === out.dev && input.ino === out.ino) return file;
  }
  return undefined;
}

function openOutput(file: string): Promise<Result<Writable, string>> {
  return new Promise((resolve) => {
    const stream = createWriteStream(file);
    stream.once('open', () => resolve(ok(stream)));
    stream.once('error', (cause) => resolve(err(`cannot write ${file}: ${cause.message}`)));
  });
}

function close(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** The reading and writing of one command; what each record becomes is in {@link Outcomes}. */
class Run {
  readonly outcomes: Outcomes;
  private writeError: Error | undefined;

  constructor(
    private readonly options: CliOptions,
    source: Source,
    checks: RunChecks,
    private readonly out: Writable,
    private readonly io: CliIo,
  ) {
    const progress = io.stderrIsTTY && !io.env.CI && !options.quiet;
    this.outcomes = new Outcomes(options, source, checks, {
      stderr: io.stderr,
      now: io.now,
      progress,
    });
    out.on('error', (cause: Error) => {
      this.writeError = cause;
    });
  }

  /** Reads one input (`-` is stdin) to its end, or until stopped, writing results as it goes. */
  async read(file: string, named: boolean): Promise<void> {
    this.outcomes.startFile(named ? file : undefined);
    const framer: Framer =
      this.options.format === 'ndjson'
        ? new NdjsonFramer()
        : new DocumentFramer({ detect: this.options.format === 'auto' });
    const stream = file === '-' ? this.io.stdin : createReadStream(file, { highWaterMark: READ_CHUNK });
    // A signal stops the reading even while no data comes.
    const stop = () => stream.destroy();
    this.io.stop.addEventListener('abort', stop, { once: true });
    let first = true;
    try {
      for await (const data of stream) {
        let chunk: Buffer = typeof data === 'string' ? Buffer.from(data) : data;
        if (first) {
          first = false;
          chunk = withoutBom(chunk);
        }
        framer.push(chunk, this.outcomes);
        // Waiting here for the output to drain pauses the reading: backpressure end to end.
        await this.flush();
        // A record cut by the signal is not reported as broken: the rest was never read.
        if (this.io.stop.aborted) return;
      }
    } catch (cause) {
      if (cause === this.writeError) throw cause;
      if (!this.io.stop.aborted) this.outcomes.inputError(file, cause);
      return;
    } finally {
      this.io.stop.removeEventListener('abort', stop);
    }
    if (!this.io.stop.aborted) framer.end(this.outcomes);
  }

  /** Writes the results gathered so far; resolves when the destination takes more. */
  async flush(): Promise<void> {
    if (this.writeError !== undefined) throw this.writeError;
    const text = this.outcomes.take();
    if (text !== '' && !this.out.write(text)) await this.drain();
  }

  private drain(): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (cause?: Error) => {
        this.out.off('drain', done);
        this.out.off('error', done);
        if (cause === undefined) resolve();
        else reject(cause);
      };
      this.out.on('drain', done);
      this.out.on('error', done);
    });
  }
}
