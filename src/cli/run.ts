// The cco-erp command: reads change orders as a stream, checks or maps each one, writes one NDJSON
// result per change order in input order, and a summary on stderr. All I/O goes through `CliIo`
// and the files named on the command line, so the tests can run it in-process.

import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { exportChangeOrder } from '../export/exportChangeOrder.js';
import type { InputIssue, Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { parseExportContext } from '../parse.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { stripJsonComments } from '../profiles/stripJsonComments.js';
import { validate, validateAll } from '../rules/validate.js';
import { type CliOptions, parseCli, USAGE } from './args.js';
import { profileFor, profileFromMetadata, type Reader, readerFor } from './choices.js';
import { type FrameSink, framerFor } from './framing.js';

/** What the command may touch besides the files named on its command line. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal: the progress line is shown only then, and never in CI. */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version, for `--version`. */
  readonly version: string;
  /** A clock in milliseconds, for the progress line. */
  readonly now: () => number;
}

/** Exit codes: the public contract of the command. */
export const EXIT = {
  /** Every change order may be sent (check) or was mapped (map). */
  ok: 0,
  /** Some change order breaks a rule, and every input was read. */
  violations: 1,
  /** Some input could not be read or parsed, or the command line is wrong. */
  error: 2,
} as const;

/** Bytes read at a time from a file. */
const READ_CHUNK = 1024 * 1024;
/** How often the progress line is redrawn, in milliseconds. */
const PROGRESS_EVERY = 250;

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
    io.stdout.write(cli.value.info === 'help' ? USAGE : `${io.version}\n`);
    return EXIT.ok;
  }
  const options = cli.value;

  const reader = readerFor(options.from);
  if (!reader.ok) return usageError(io, reader.error);
  const profile = await loadProfile(options);
  if (!profile.ok) return usageError(io, profile.error);
  const context = await loadContext(options.context);
  if (!context.ok) return usageError(io, context.error);

  let out: Writable = io.stdout;
  if (options.output !== undefined) {
    const opened = await openOutput(options.output);
    if (!opened.ok) return usageError(io, opened.error);
    out = opened.value;
  }

  const run = new Run(options, reader.value, context.value, profile.value, out, io);
  try {
    const inputs = options.files.length === 0 ? ['-'] : options.files;
    for (const file of inputs) await run.read(file, inputs.length > 1);
    await run.flush();
    if (out !== io.stdout) await close(out);
  } catch (cause) {
    run.clearProgress();
    io.stderr.write(`cco-erp: cannot write the results: ${(cause as Error).message}\n`);
    return EXIT.error;
  }
  run.clearProgress();
  io.stderr.write(run.summary());
  return run.exitCode();
}

function usageError(io: CliIo, reason: string): number {
  io.stderr.write(`cco-erp: ${reason}\nRun "cco-erp --help" for usage.\n`);
  return EXIT.error;
}

async function readJson(
  file: string,
  what: string,
  comments = false,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    return { ok: false, error: `cannot read ${what} ${file}: ${(cause as Error).message}` };
  }
  try {
    const json = text.replace(/^\uFEFF/, '');
    return { ok: true, value: JSON.parse(comments ? stripJsonComments(json) : json) };
  } catch (cause) {
    return { ok: false, error: `${what} ${file} is not valid JSON: ${(cause as Error).message}` };
  }
}

async function loadContext(file: string) {
  const json = await readJson(file, 'the context');
  if (!json.ok) return json;
  const parsed = parseExportContext(json.value);
  if (parsed.ok) return parsed;
  return {
    ok: false as const,
    error: `the context ${file} is not a valid export context:\n${parsed.error.map((i) => `  ${issueLine(i)}`).join('\n')}`,
  };
}

async function loadProfile(options: CliOptions) {
  if (options.profileMetadata !== undefined) {
    // Procore's metadata examples carry // comments (JSONC): they are allowed here.
    const json = await readJson(options.profileMetadata, 'the profile metadata', true);
    return json.ok ? profileFromMetadata(json.value) : json;
  }
  return options.profile === undefined
    ? { ok: true as const, value: sage300Cre }
    : profileFor(options.profile);
}

function openOutput(file: string): Promise<{ ok: true; value: Writable } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const stream = createWriteStream(file);
    stream.once('open', () => resolve({ ok: true, value: stream }));
    stream.once('error', (cause) => resolve({ ok: false, error: `cannot write ${file}: ${cause.message}` }));
  });
}

function close(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

function issueLine(issue: InputIssue): string {
  return `${issue.path.length === 0 ? '' : `${issue.path.join('.')}: `}${issue.message} [${issue.code}]`;
}

/** The state of one command: counts, pending output, the progress line. */
class Run implements FrameSink {
  private pending = '';
  private writeError: Error | undefined;
  private readonly counts = new Map<string, number>();
  private records = 0;
  private passed = 0;
  private failed = 0;
  private unreadable = 0;
  /** The `"file":…,` prefix of every result while several inputs are read. */
  private fileField = '';
  private readonly progress: boolean;
  private lastProgress: number;
  private readonly started: number;
  private readonly validateOptions: { profile: ErpProfile };

  constructor(
    private readonly options: CliOptions,
    private readonly reader: Reader,
    private readonly context: ExportContext,
    profile: ErpProfile,
    private readonly out: Writable,
    private readonly io: CliIo,
  ) {
    this.validateOptions = { profile };
    this.progress = io.stderrIsTTY && !io.env.CI;
    this.started = io.now();
    this.lastProgress = this.started;
    out.on('error', (cause: Error) => {
      this.writeError = cause;
    });
  }

  /** Reads one input (`-` is stdin) to its end, writing results as it goes. */
  async read(file: string, named: boolean): Promise<void> {
    this.fileField = named ? `"file":${JSON.stringify(file)},` : '';
    const framer = framerFor(this.options.format);
    const stream = file === '-' ? this.io.stdin : createReadStream(file, { highWaterMark: READ_CHUNK });
    let first = true;
    try {
      for await (const data of stream) {
        let chunk: Buffer = typeof data === 'string' ? Buffer.from(data) : data;
        if (first) {
          first = false;
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        }
        framer.push(chunk, this);
        // Waiting here for the output to drain pauses the reading: backpressure end to end.
        await this.flush();
      }
    } catch (cause) {
      if (cause === this.writeError) throw cause;
      this.inputError(file, cause as Error);
      return;
    }
    framer.end(this);
  }

  record(text: string, line: number): void {
    this.records++;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      this.error(line, 'invalid_json', `Line ${line} is not valid JSON: ${(cause as Error).message}`);
      return;
    }
    const read = this.reader(raw);
    if (!read.ok) {
      const issues = read.error;
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      this.error(
        line,
        'invalid_change_order',
        `Line ${line} is not a valid change order: ${issueLine(issues[0]!)}${more}`,
        idOf(raw),
        issues,
      );
      return;
    }
    if (this.options.command === 'check') this.check(read.value, line);
    else this.map(read.value, line);
    if (this.progress && (this.records & 1023) === 0) this.showProgress();
  }

  error(line: number, code: string, message: string, id?: string, issues?: readonly InputIssue[]): void {
    this.unreadable++;
    this.count(code);
    const idField = id === undefined ? '' : `,"id":${JSON.stringify(id)}`;
    const issuesField = issues === undefined ? '' : `,"issues":${JSON.stringify(issues)}`;
    this.write(
      `{${this.fileField}"line":${line}${idField},"ok":false,"error":{"code":"${code}","message":${JSON.stringify(message)}${issuesField}}}\n`,
    );
  }

  private check(co: ChangeOrder, line: number): void {
    if (this.options.all) {
      this.result(co, line, validateAll(co, this.context, this.validateOptions));
    } else {
      const first = validate(co, this.context, this.validateOptions);
      this.result(co, line, first === undefined ? [] : [first]);
    }
  }

  private map(co: ChangeOrder, line: number): void {
    const mapped = exportChangeOrder(co, this.context, this.validateOptions);
    if (!mapped.ok) {
      this.result(co, line, this.options.all ? mapped.error : mapped.error.slice(0, 1));
      return;
    }
    this.passed++;
    this.write(
      `{${this.fileField}"line":${line},"id":${jsonString(co.id)},"ok":true,"export":${JSON.stringify(mapped.value)}}\n`,
    );
  }

  private result(co: ChangeOrder, line: number, violations: readonly Violation[]): void {
    const head = `{${this.fileField}"line":${line},"id":${jsonString(co.id)}`;
    if (violations.length === 0) {
      this.passed++;
      this.write(`${head},"ok":true,"violations":[]}\n`);
      return;
    }
    this.failed++;
    for (const v of violations) this.count(v.code);
    this.write(`${head},"ok":false,"violations":${JSON.stringify(violations.map(shape))}}\n`);
  }

  private inputError(file: string, cause: Error): void {
    this.unreadable++;
    this.count('unreadable_input');
    this.write(
      `{"file":${JSON.stringify(file)},"ok":false,"error":{"code":"unreadable_input","message":${JSON.stringify(`Cannot read ${file}: ${cause.message}`)}}}\n`,
    );
  }

  private count(code: string): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  private write(text: string): void {
    this.pending += text;
  }

  /** Writes the output gathered from one input chunk; resolves when the destination takes more. */
  async flush(): Promise<void> {
    if (this.writeError !== undefined) throw this.writeError;
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    if (!this.out.write(text)) await this.drain();
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

  private showProgress(): void {
    const now = this.io.now();
    if (now - this.lastProgress < PROGRESS_EVERY) return;
    this.lastProgress = now;
    const rate = Math.round((this.records * 1000) / Math.max(1, now - this.started));
    this.io.stderr.write(`\rcco-erp: ${this.records} CCOs, ${rate} CCOs/s\x1b[K`);
  }

  clearProgress(): void {
    if (this.progress && this.lastProgress !== this.started) this.io.stderr.write('\r\x1b[K');
  }

  /** The closing summary: totals, then the count of each rule and error code. */
  summary(): string {
    const verb = this.options.command === 'check' ? 'may be sent' : 'mapped';
    const lines = [
      `cco-erp ${this.options.command}: ${this.records} CCOs read, ${this.passed} ${verb}, ${this.failed} with violations, ${this.unreadable} unreadable`,
    ];
    const width = Math.max(0, ...[...this.counts.keys()].map((k) => k.length));
    for (const [code, n] of [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${code.padEnd(width)}  ${n}`);
    }
    return `${lines.join('\n')}\n`;
  }

  exitCode(): number {
    if (this.unreadable > 0) return EXIT.error;
    return this.failed > 0 ? EXIT.violations : EXIT.ok;
  }
}

/** `JSON.stringify(text)`, without its cost for the usual ids: short, plain ASCII. */
function jsonString(text: string): string {
  if (text.length > 32) return JSON.stringify(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/** A violation as printed: `{ code, message, path }`. */
function shape(v: Violation): { code: string; message: string; path: Violation['path'] } {
  return { code: v.code, message: v.message, path: v.path };
}

/** The `id` of an input that is not a valid change order, when it has a readable one. */
function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const id = (raw as { id?: unknown }).id;
  if (typeof id === 'string') return id.slice(0, 200);
  return typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
}
