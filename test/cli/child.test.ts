// The command as a user runs it: a child process, its stdin, its stdout, its exit code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTEXT, cco, ndjson, ROOT, spawnCli, tempFile } from './helpers.js';

describe('cco-erp as a process', () => {
  it('is the package bin, an ES module with a shebang', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(pkg.bin).toEqual({ 'cco-erp': './dist/cli/main.js' });
    expect(pkg.sideEffects).toEqual(['./dist/cli/main.js', './dist/cli/main.cjs']);
    expect(readFileSync(`${ROOT}src/cli/main.ts`, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 when every CCO from stdin may be sent', () => {
    const r = spawnCli(['check', '--context', CONTEXT], ndjson([cco({ id: 'a' }), cco({ id: 'b' })]));
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(r.stderr).toBe('cco-erp check: 2 CCOs read, 2 may be sent, 0 with violations, 0 unreadable\n');
  });

  it('exits 1 on violations and 2 on an unreadable line, with results on stdout', () => {
    const broken = cco({ id: 'x', status: 'draft' });
    expect(spawnCli(['check', '--context', CONTEXT], ndjson([broken])).code).toBe(1);
    const r = spawnCli(['map', '--context', CONTEXT], `${ndjson([broken])}not json\n${ndjson([cco()])}`);
    expect(r.code).toBe(2);
    expect(r.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('exits 2 with the reason on a usage error', () => {
    const r = spawnCli(['check']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cco-erp: Missing --context FILE/);
  });

  it('prints its version from package.json', () => {
    const r = spawnCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version}\n`);
  });

  it('reads files and writes --output', () => {
    const input = tempFile('in.json', JSON.stringify([cco({ id: 'f' })]));
    const out = `${input}.out`;
    const r = spawnCli(['map', '--context', CONTEXT, '--output', out, input]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ line: 1, id: 'f', ok: true });
  });
});
