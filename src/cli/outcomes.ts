// What each record becomes: one NDJSON result line, whatever happens while it is parsed, read,
// checked or mapped; and the counts behind the progress line and the summary.

import type { Writable } from 'node:stream';
import { formatIssues } from '../formatIssues.js';
import { describeCause } from '../internal/guard.js';
import type { InputIssue, Violation } from '../issues.js';
import { truncateGraphemes } from '../text/truncate.js';
import { type CliOptions, EXIT } from './args.js';
import type { Source } from './choices.js';
import { type FrameSink, notJson } from './framing.js';
import type { Rules, RunChecks } from './oneCco.js';

/** The longest `id` a result echoes, in characters; a longer one is cut there and ends with `…`. */
export const ID_LIMIT = 200;
/** The progress line is redrawn at most this often, in milliseconds. */
const PROGRESS_EVERY = 100;

type Kind = 'passed' | 'failed' | 'unreadable' | 'unchecked' | 'internal';
const NONE: readonly { readonly code: string }[] = [];

/** Where the progress line and the summary go. */
export interface Display {
  readonly stderr: Writable;
  readonly now: () => number;
  /** Whether to draw the progress line (stderr is a terminal, not in CI, no `--quiet`). */
  readonly progress: boolean;
}

/** `1 CCO`, `2 CCOs`. */
export function count(n: number, noun = 'CCO'): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Receives the records of a run and keeps its results until they are written. */
export class Outcomes implements FrameSink {
  private pending = '';
  /** The `"file":…,` prefix of every result while several inputs are read. */
  private fileField = '';
  private readonly counts = new Map<string, number>();
  private readonly kinds: Record<Kind, number> = {
    passed: 0,
    failed: 0,
    unreadable: 0,
    unchecked: 0,
    internal: 0,
  };
  private records = 0;
  private readonly started: number;
  private readonly timer: NodeJS.Timeout | undefined;
  private drawn = false;
  private readonly checking: { readonly all: boolean; readonly rules: Rules };

  constructor(
    private readonly options: CliOptions,
    private readonly source: Source,
    private readonly checks: RunChecks,
    private readonly display: Display,
  ) {
    this.started = display.now();
    this.checking = { all: options.all, rules: source.rules };
    // Redrawn by a timer, not per record: at most 10 times a second, and while input stalls too.
    this.timer = display.progress ? setInterval(() => this.draw(), PROGRESS_EVERY).unref() : undefined;
  }

  startFile(file: string | undefined): void {
    this.fileField = file === undefined ? '' : `"file":${JSON.stringify(file)},`;
  }

  /** One record: its result, whatever the library does with it (an exception is its result too). */
  record(text: string, line: number): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      this.error(line, 'invalid_json', notJson(line, cause));
      return;
    }
    try {
      this.handle(raw, line);
    } catch (cause) {
      const message = `Line ${line} could not be processed: ${describeCause(cause)}. This is a defect of cco-erp (please report it); the other CCOs are not affected.`;
      this.add(
        'internal',
        [{ code: 'internal_error' }],
        this.errorLine(line, 'internal_error', message, idOf(raw)),
      );
    }
  }

  error(line: number, code: string, message: string, id?: string, issues?: readonly InputIssue[]): void {
    this.add('unreadable', [{ code }], this.errorLine(line, code, message, id, issues));
  }

  /** An input that cannot be read (a missing file, a failing stream). */
  inputError(file: string, cause: unknown): void {
    const message = `Cannot read ${file}: ${cause instanceof Error ? cause.message : describeCause(cause)}`;
    this.counts.set('unreadable_input', (this.counts.get('unreadable_input') ?? 0) + 1);
    this.kinds.unreadable++;
    this.pending += `{"file":${JSON.stringify(file)},"ok":false,"error":{"code":"unreadable_input","message":${JSON.stringify(message)}}}\n`;
  }

  /** The results gathered since the last call. */
  take(): string {
    const text = this.pending;
    this.pending = '';
    return text;
  }

  /** Builds the result of a record read as JSON; throws only when the library does. */
  private handle(raw: unknown, line: number): void {
    const read = this.source.read(raw);
    if (!read.ok) {
      const issues = read.error;
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      const first = formatIssues(issues.slice(0, 1));
      const message = `Line ${line} is not a valid change order: ${first}${more}`;
      this.error(line, 'invalid_change_order', message, idOf(raw), issues);
      return;
    }
    const co = read.value.changeOrder;
    const missing = this.checks.missingCommitment(read.value);
    if (missing !== undefined) {
      const text = this.errorLine(line, 'commitment_not_given', `Line ${line}: ${missing}`, bounded(co.id));
      this.add('unchecked', [{ code: 'commitment_not_given' }], text);
      return;
    }
    const head = `{${this.fileField}"line":${line},"id":${jsonString(bounded(co.id))}`;
    let violations: readonly Violation[];
    if (this.options.command === 'map') {
      const mapped = this.checks.map(read.value, this.checking);
      if (mapped.ok) {
        this.add('passed', NONE, `${head},"ok":true,"export":${JSON.stringify(mapped.value)}}\n`);
        return;
      }
      violations = mapped.error;
    } else {
      violations = this.checks.check(read.value, this.checking);
    }
    if (violations.length === 0) {
      this.add('passed', NONE, `${head},"ok":true,"violations":[]}\n`);
      return;
    }
    const shown = violations.map((v) => ({ code: v.code, message: v.message, path: v.path }));
    this.add('failed', violations, `${head},"ok":false,"violations":${JSON.stringify(shown)}}\n`);
  }

  private errorLine(
    line: number,
    code: string,
    message: string,
    id?: string,
    issues?: readonly InputIssue[],
  ): string {
    const idField = id === undefined ? '' : `,"id":${JSON.stringify(id)}`;
    const issuesField = issues === undefined ? '' : `,"issues":${JSON.stringify(issues)}`;
    const error = `{"code":"${code}","message":${JSON.stringify(message)}${issuesField}}`;
    return `{${this.fileField}"line":${line}${idField},"ok":false,"error":${error}}\n`;
  }

  /** Counts a complete result and keeps it for writing: nothing is counted for a half-built one. */
  private add(kind: Kind, coded: readonly { readonly code: string }[], text: string): void {
    this.records++;
    this.kinds[kind]++;
    for (const { code } of coded) this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    this.pending += text;
  }

  private draw(): void {
    const elapsed = this.display.now() - this.started;
    const rate = Math.round((this.records * 1000) / Math.max(1, elapsed));
    const seconds = Math.floor(elapsed / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const refused = this.records - this.kinds.passed;
    this.display.stderr.write(
      `\rcco-erp: ${count(this.records)} read, ${refused} refused, ${rate}/s, ${clock} elapsed\x1b[K`,
    );
    this.drawn = true;
  }

  /** Stops the progress line and clears it, so that the summary starts on a clean line. */
  stopProgress(): void {
    clearInterval(this.timer);
    if (this.drawn) this.display.stderr.write('\r\x1b[K');
    this.drawn = false;
  }

  /** `3 CCOs read`. */
  counted(): string {
    return `${count(this.records)} read`;
  }

  /** The closing summary: totals, then the count of each rule and error code. */
  summary(): string {
    const { passed, failed, unreadable, unchecked, internal } = this.kinds;
    const verb = this.options.command === 'check' ? 'may be sent' : 'mapped';
    const inside =
      internal === 0 ? '' : `, ${internal} with ${internal === 1 ? 'an internal error' : 'internal errors'}`;
    const without = unchecked === 0 ? '' : `, ${unchecked} without their commitment`;
    const lines = [
      `cco-erp ${this.options.command}: ${this.counted()}, ${passed} ${verb}, ${failed} with violations, ${unreadable} unreadable${without}${inside}`,
    ];
    const width = Math.max(0, ...[...this.counts.keys()].map((k) => k.length));
    for (const [code, n] of [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${code.padEnd(width)}  ${n}`);
    }
    return `${lines.join('\n')}\n`;
  }

  exitCode(): number {
    const { unreadable, unchecked, internal } = this.kinds;
    if (unreadable > 0 || unchecked > 0 || internal > 0) return EXIT.error;
    return this.kinds.failed > 0 ? EXIT.violations : EXIT.ok;
  }
}

/** An id as a result echoes it: at most {@link ID_LIMIT} characters, never half of one. */
function bounded(id: string): string {
  if (id.length <= ID_LIMIT) return id;
  const cut = truncateGraphemes(id, ID_LIMIT);
  return cut.truncated ? `${cut.text}…` : id;
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

/** The `id` of an input that is not a valid change order, when it has a readable one. */
function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const id = (raw as { id?: unknown }).id;
  if (typeof id === 'string') return bounded(id);
  return typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
}
