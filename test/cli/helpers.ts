import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { type CliIo, runCli } from '../../src/cli/run.js';
import { sendable } from '../fixtures.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CONTEXT = join(ROOT, 'examples/context.json');
export const EXAMPLES = join(ROOT, 'examples/change-orders');

/**
 * A valid, sendable CCO as JSON input, with the given changes. Given an `id` (and no commitment),
 * it is on a commitment of its own (`2/<id>`, ERP id `SC-001` as always): CCOs of distinct ids then
 * share no commitment, and a run of them breaks no batch rule (`duplicate_erp_id`).
 */
export function cco(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const base = sendable();
  const own =
    typeof patch.id === 'string' && !('commitment' in patch)
      ? { commitment: { ...base.commitment, id: `${base.commitment.id}/${patch.id}` } }
      : {};
  return { ...base, ...own, ...patch };
}

export function ndjson(values: readonly unknown[]): string {
  return values.map((v) => `${JSON.stringify(v)}\n`).join('');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cco-erp-cli-'));
}

export function tempFile(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

/** A writable that keeps what it is given as text. */
export class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
}

/** Runs the command in this process with `stdin` as its input. */
export async function run(
  argv: readonly string[],
  stdin: string | Buffer | Readable = '',
  io: Partial<CliIo> = {},
): Promise<Ran> {
  const stdout = new Collect();
  const stderr = new Collect();
  const input = stdin instanceof Readable ? stdin : Readable.from([Buffer.from(stdin)]);
  const code = await runCli(argv, {
    stdin: input,
    stdout,
    stderr,
    stderrIsTTY: false,
    stdoutClosed: false,
    stop: new AbortController().signal,
    env: {},
    version: '9.9.9',
    now: () => 0,
    ...io,
  });
  return { code, stdout: stdout.text, stderr: stderr.text, lines: parseLines(stdout.text) };
}

/** The NDJSON lines of `text`; `[]` when it is not NDJSON (help text). */

export function parseLines(text: string): Record<string, unknown>[] {
  // Not NDJSON: help text, or a pretty-printed schema (`cco-erp schema NAME`).
  if (!text.startsWith('{') || text.startsWith('{\n')) return [];
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Runs `cco-erp` (the TypeScript source, through tsx) as a child process. */
export function spawnCli(argv: readonly string[], input = '', env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...argv], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
    cwd: ROOT,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, lines: parseLines(r.stdout) };
}
