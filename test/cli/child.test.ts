// The command as a user runs it: a child process, its stdin, its stdout, its exit code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXT, cco, ndjson, ROOT, spawnCli, tempDir, tempFile } from './helpers.js';

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

describe('cco-erp stopped or cut off', () => {
  it('on SIGTERM with stdout on a full pipe, writes whole lines only, says so, and exits 143', async () => {
    // The consumer reads one line, then stops reading for 3 s: the pipe fills and the command waits
    // in the middle of a write. SIGTERM comes then; by default Node would die with half a line.
    const dir = tempDir();
    const input = tempFile(
      'in.ndjson',
      ndjson(Array.from({ length: 3000 }, (_, i) => cco({ id: String(i), description: 'd'.repeat(2000) }))),
    );
    const cli = `"${process.execPath}" --import tsx src/cli/main.ts map --context "${CONTEXT}" < "${input}" 2> "${dir}/err"`;
    const script = `(${cli} & echo $! > "${dir}/pid"; wait $!; echo $? > "${dir}/code") | (read -r first; touch "${dir}/started"; sleep 3; printf '%s\\n' "$first"; cat) > "${dir}/out"`;
    const shell = spawn('sh', ['-c', script], { cwd: ROOT, env: { ...process.env, CI: '' } });
    const done = new Promise((resolve) => shell.on('close', resolve));
    while (!existsSync(join(dir, 'started'))) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 'SIGTERM');
    await done;
    const text = readFileSync(join(dir, 'out'), 'utf8');
    expect(readFileSync(join(dir, 'code'), 'utf8')).toBe('143\n');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => JSON.parse(line).line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.length).toBeLessThan(3000);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toMatch(
      /\ncco-erp: stopped by SIGTERM after \d+ CCOs? read; the results written are whole lines/,
    );
  }, 60_000);

  it('with stdout closed (>&-), exits 2 and says why; with stdout on /dev/null, runs', () => {
    const cli = `"${process.execPath}" --import tsx src/cli/main.ts check --context "${CONTEXT}"`;
    const sh = (redirect: string) =>
      spawnSync('sh', ['-c', `${cli} ${redirect}`], {
        input: ndjson([cco()]),
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, CI: '' },
      });
    const closed = sh('>&-');
    expect(closed.status).toBe(2);
    expect(closed.stderr).toMatch(
      /^cco-erp: stdout is closed, so every result would be lost; redirect it or pass --output FILE\./,
    );
    const discarded = sh('>/dev/null');
    expect(discarded.status).toBe(0);
    expect(discarded.stderr).toBe(
      'cco-erp check: 1 CCO read, 1 may be sent, 0 with violations, 0 unreadable\n',
    );
  });
});
