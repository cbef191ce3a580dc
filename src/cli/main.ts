#!/usr/bin/env node
// The `cco-erp` executable: the only module with side effects (see package.json `sideEffects`).
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { runCli } from './run.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/**
 * Whether stdout was closed (`>&-`). Node then opens /dev/null read-write in its place, where a
 * shell's `>/dev/null` opens it write-only: the access mode (from /proc, so Linux only) tells them.
 */
function stdoutClosed(): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    const out = fstatSync(1);
    const devNull = statSync('/dev/null');
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2 && out.rdev === devNull.rdev;
  } catch {
    return false;
  }
}

// SIGTERM stops the reading; the results already computed are written whole and the exit code
// says so. A second SIGTERM (the listener is gone) ends the process at once.
const stop = new AbortController();
process.once('SIGTERM', () => stop.abort());

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutClosed: stdoutClosed(),
  stop: stop.signal,
  env: process.env,
  version: version(),
  now: () => performance.now(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`cco-erp: internal error: ${String((cause as Error)?.stack ?? cause)}\n`);
    process.exitCode = 2;
  },
);
