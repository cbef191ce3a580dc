// The progress line as a person sees it: the command runs under a pseudo-terminal (util-linux
// `script`), fed slowly, and the test reads what the terminal received and what its screen shows.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXT, cco, ndjson, ROOT, tempDir, tempFile } from './helpers.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ESC = String.fromCharCode(27);

/**
 * A producer that writes `batches` batches of CCOs, each 100 ms after the pipe took the one before:
 * a pipe holds about two, so the command reads for over a second however late it starts. Each batch
 * is on commitments of its own (`BATCH` becomes its number): no CCO repeats an earlier one's ERP id
 * on its commitment (duplicate_erp_id).
 */
const producer = tempFile(
  'produce.mjs',
  `import { readFileSync } from 'node:fs';
const batch = readFileSync(process.argv[2], 'utf8');
let left = Number(process.argv[3]);
const next = () => {
  if (left-- > 0) process.stdout.write(batch.replaceAll('BATCH', String(left)), () => setTimeout(next, 100));
};
next();
`,
);
const batch = tempFile(
  'batch.ndjson',
  ndjson(
    Array.from({ length: 50 }, (_, i) =>
      cco({ id: String(i), commitment: { id: `BATCH/${i}`, erpId: 'SC-001' } }),
    ),
  ),
);

/** Runs `cco-erp check` (stdout to /dev/null) under a pseudo-terminal; returns what the terminal got. */
function underTerminal(flags: string, stderr = ''): { raw: string; seconds: number } {
  const cli = `"${process.execPath}" --import tsx src/cli/main.ts check --context "${CONTEXT}" ${flags}`;
  const command = `"${process.execPath}" "${producer}" "${batch}" 15 | ${cli} >/dev/null ${stderr}`;
  const start = performance.now();
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
    timeout: 60_000,
  });
  expect(r.status).toBe(0);
  // The terminal turns each "\n" into "\r\n": undo it, so that "\r" is the command's own.
  return { raw: r.stdout.replaceAll('\r\n', '\n'), seconds: (performance.now() - start) / 1000 };
}

/** The lines a terminal shows after `raw`: `\r` returns to column 0, `ESC[K` erases to the end. */
function screen(raw: string): string[] {
  const lines: string[] = [''];
  let col = 0;
  for (const part of raw.split(new RegExp(`(\r|\n|${ESC}\\[K)`))) {
    const row = lines.length - 1;
    if (part === '\r') col = 0;
    else if (part === '\n') {
      lines.push('');
      col = 0;
    } else if (part === `${ESC}[K`) lines[row] = lines[row]!.slice(0, col);
    else {
      lines[row] = lines[row]!.slice(0, col) + part + lines[row]!.slice(col + part.length);
      col += part.length;
    }
  }
  return lines.filter((l) => l !== '');
}

const summary = 'cco-erp check: 750 CCOs read, 750 may be sent, 0 with violations, 0 unreadable';

describe.runIf(hasScript)('the progress line on a terminal', () => {
  it('is redrawn in place at most 10 times a second, and cleared before the summary', () => {
    const { raw, seconds } = underTerminal('');
    const frames =
      raw.match(
        new RegExp(`\rcco-erp: \\d+ CCOs? read, \\d+ refused, \\d+/s, \\d+:\\d\\d elapsed${ESC}\\[K`, 'g'),
      ) ?? [];
    // 15 batches 100 ms apart: at least a few redraws however slow the machine, never more than 10/s.
    expect(frames.length).toBeGreaterThanOrEqual(2);
    expect(frames.length).toBeLessThanOrEqual(10 * seconds + 1);
    const counts = frames.map((f) => Number(/(\d+) CCOs? read/.exec(f)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // In place: no line break between two frames; cleared: the screen holds only the summary.
    expect(raw.slice(raw.indexOf(frames[0]!), raw.lastIndexOf(frames.at(-1)!))).not.toMatch(/\n/);
    expect(raw).toContain(`\r${ESC}[K${summary}`);
    expect(screen(raw)).toEqual([summary]);
  }, 90_000);

  it.each([
    ['with --quiet', '--quiet', ''],
    ['when stderr is not the terminal', '', `2>"${join(tempDir(), 'err.txt')}"`],
  ])(
    'never appears %s',
    (_, flags, stderr) => {
      const { raw } = underTerminal(flags, stderr);
      expect(raw).not.toContain('\r');
      expect(raw).not.toContain(ESC);
      expect(screen(raw)).toEqual(stderr === '' ? [summary] : []);
    },
    90_000,
  );
});
