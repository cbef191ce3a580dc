#!/usr/bin/env node
// The `cco-erp` executable: the only module with side effects (see package.json `sideEffects`).
import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
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
