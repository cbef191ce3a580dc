// What the command must never do: erase its input, write into a closed stdout, leave half a
// result behind when stopped, or pass text that is not UTF-8 on as if it were.
import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run.js';
import { CONTEXT, Collect, cco, ndjson, run, tempDir, tempFile } from './helpers.js';

const check = ['check', '--context', CONTEXT];

describe('--output naming an input', () => {
  it.each([
    ['the same spelling', (file: string) => file],
    [
      'another spelling',
      (file: string) => join(dirname(file), '.', '..', basename(dirname(file)), basename(file)),
    ],
    [
      'a symbolic link',
      (file: string) => {
        const link = join(tempDir(), 'link.ndjson');
        symlinkSync(file, link);
        return link;
      },
    ],
    [
      'a hard link',
      (file: string) => {
        const link = join(tempDir(), 'hard.ndjson');
        linkSync(file, link);
        return link;
      },
    ],
  ])('is refused before anything is opened (%s), and the input is untouched', async (_, spell) => {
    const content = ndjson([cco({ id: 'a' }), cco({ id: 'b' })]);
    const input = tempFile('in.ndjson', content);
    const r = await run([...check, '-o', spell(input), input]);
    expect(r.code).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^cco-erp: --output .* is the input .*in\.ndjson: writing would erase it before it is read\. Write the results to another file\./,
    );
    expect(readFileSync(input, 'utf8')).toBe(content);
  });

  it('is refused for the context file too, and not for stdin ("-") or a new file', async () => {
    const context = tempFile('ctx.json', readFileSync(CONTEXT, 'utf8'));
    const r = await run(['check', '--context', context, '-o', context], ndjson([cco()]));
    expect(r.code).toBe(EXIT.error);
    expect(readFileSync(context, 'utf8')).toBe(readFileSync(CONTEXT, 'utf8'));
    const out = join(tempDir(), 'out.ndjson');
    const ok = await run([...check, '-o', out, '-'], ndjson([cco()]));
    expect(ok.code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{"line":1,/);
  });
});

describe('stdout closed', () => {
  it('exits 2 and says so, before reading, unless --output is given', async () => {
    const r = await run(check, ndjson([cco()]), { stdoutClosed: true });
    expect(r.code).toBe(EXIT.error);
    expect(r.stderr).toMatch(
      /^cco-erp: stdout is closed, so every result would be lost; redirect it or pass --output FILE\./,
    );
    const out = join(tempDir(), 'out.ndjson');
    expect((await run([...check, '-o', out], ndjson([cco()]), { stdoutClosed: true })).code).toBe(EXIT.ok);
  });
});

describe('a stop signal', () => {
  it('stops the reading, writes the results computed so far whole, and exits 143', async () => {
    const stop = new AbortController();
    const input = new PassThrough();
    const stdout = new Collect();
    const done = run(check, input, { stop: stop.signal, stdout });
    // Two whole CCOs, and the first half of a third: cut by the signal, it is not reported.
    const third = JSON.stringify(cco({ id: 'c' }));
    input.write(`${ndjson([cco({ id: 'a' }), cco({ id: 'b' })])}${third.slice(0, 20)}`);
    while (stdout.text.split('\n').length < 3) await new Promise((resolve) => setImmediate(resolve));
    stop.abort();
    const r = await done;
    expect(r.code).toBe(EXIT.stopped);
    expect(stdout.text.split('\n')).toEqual([
      expect.stringMatching(/"id":"a"/),
      expect.stringMatching(/"id":"b"/),
      '',
    ]);
    expect(r.stderr).toBe(
      'cco-erp check: 2 CCOs read, 2 may be sent, 0 with violations, 0 unreadable\n' +
        'cco-erp: stopped by SIGTERM after 2 CCOs read; the results written are whole lines, the rest of the input was not read.\n',
    );
    expect(input.destroyed).toBe(true);
  });

  it('before the first input is read, reads nothing', async () => {
    const stop = new AbortController();
    stop.abort();
    const r = await run([...check, tempFile('a.ndjson', ndjson([cco()]))], '', { stop: stop.signal });
    expect(r.code).toBe(EXIT.stopped);
    expect(r.stdout).toBe('');
  });
});

describe('text that is not UTF-8', () => {
  it('is that record’s invalid_utf8 result; the other records are read as usual', async () => {
    const latin1 = Buffer.from(`${JSON.stringify(cco({ id: 'x', title: 'Café' }))}\n`, 'latin1');
    const input = Buffer.concat([
      Buffer.from(ndjson([cco({ id: 'a' })])),
      latin1,
      Buffer.from(ndjson([cco({ id: 'é' })])),
    ]);
    const r = await run(check, input);
    expect(r.lines.map((l) => [l.line, l.id, (l.error as { code?: string } | undefined)?.code])).toEqual([
      [1, 'a', undefined],
      [2, undefined, 'invalid_utf8'],
      [3, 'é', undefined],
    ]);
    expect(r.code).toBe(EXIT.error);
    expect(r.stderr).toMatch(/\n {2}invalid_utf8 {2}1\n/);
    const array = Buffer.concat([
      Buffer.from('[\n'),
      latin1,
      Buffer.from(`,\n${JSON.stringify(cco({ id: 'b' }))}\n]`),
    ]);
    expect((await run(check, array)).lines.map((l) => l.id ?? (l.error as { code: string }).code)).toEqual([
      'invalid_utf8',
      'b',
    ]);
  });
});
