import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ID_LIMIT } from '../../src/cli/outcomes.js';
import { EXIT } from '../../src/cli/run.js';
import {
  type ErpProfile,
  exportChangeOrder,
  parseChangeOrder,
  parseExportContext,
  profileFromProcoreMetadata,
  sage300Cre,
} from '../../src/index.js';
import { readMetadataExample } from '../profiles/helpers.js';
import { CONTEXT, Collect, cco, EXAMPLES, ndjson, parseLines, run, tempDir, tempFile } from './helpers.js';

const check = ['check', '--context', CONTEXT];
const map = ['map', '--context', CONTEXT];

describe('check', () => {
  it('writes one result per CCO, in input order, and exits 0 when all may be sent', async () => {
    const input = ndjson([cco({ id: 'a' }), cco({ id: 'b' }), cco({ id: 'c' })]);
    const r = await run(check, input);
    expect(r.code).toBe(EXIT.ok);
    expect(r.lines).toEqual(['a', 'b', 'c'].map((id, i) => ({ line: i + 1, id, ok: true, violations: [] })));
    expect(r.stderr).toBe('cco-erp check: 3 CCOs read, 3 may be sent, 0 with violations, 0 unreadable\n');
  });

  it('reports the first failing rule, or all of them with --all, and exits 1', async () => {
    const broken = cco({ id: 'x', title: 'T'.repeat(31), status: 'pending' });
    const first = await run(check, ndjson([cco(), broken]));
    expect(first.code).toBe(EXIT.violations);
    expect(first.lines[1]).toEqual({
      line: 2,
      id: 'x',
      ok: false,
      violations: [
        { code: 'title_too_long', message: 'Title is 31 characters; Sage 300 CRE allows 30.', path: [] },
      ],
    });
    const all = await run([...check, '--all'], ndjson([cco(), broken]));
    expect(all.code).toBe(EXIT.violations);
    expect((all.lines[1]!.violations as { code: string }[]).map((v) => v.code)).toEqual([
      'title_too_long',
      'not_approved',
    ]);
    expect(all.stderr).toContain('1 with violations');
    expect(all.stderr).toContain('\n  not_approved    1\n  title_too_long  1\n');
  });

  it('reports bad lines with their numbers, goes on, and exits 2', async () => {
    const input = [
      JSON.stringify(cco({ id: 'a' })),
      '{"id": "b", ',
      '',
      JSON.stringify(cco({ id: 'c', lineItems: [{ ...(cco().lineItems as object[])[0], amount: 12.5 }] })),
      JSON.stringify([1, 2]),
      JSON.stringify(cco({ id: 'e', title: 'T'.repeat(40) })),
      JSON.stringify({ id: 7 }),
    ].join('\n');
    const r = await run(check, input);
    expect(r.code).toBe(EXIT.error);
    expect(
      r.lines.map((l) => [l.line, l.id, l.ok, (l.error as { code?: string } | undefined)?.code]),
    ).toEqual([
      [1, 'a', true, undefined],
      [2, undefined, false, 'invalid_json'],
      [4, 'c', false, 'invalid_change_order'],
      [5, undefined, false, 'invalid_change_order'],
      [6, 'e', false, undefined],
      [7, '7', false, 'invalid_change_order'],
    ]);
    const amount = r.lines[2]!.error as { message: string; issues: { code: string; path: unknown[] }[] };
    expect(amount.message).toMatch(
      /^Line 4 is not a valid change order: lineItems\[0\]\.amount: Amount is the JSON number 12\.5/,
    );
    expect(amount.issues).toEqual([
      expect.objectContaining({ code: 'invalid_amount', path: ['lineItems', 0, 'amount'] }),
    ]);
    expect((r.lines[5]!.error as { message: string }).message).toMatch(/\(and \d+ more\)/);
    expect(r.stderr).toContain('6 CCOs read, 1 may be sent, 1 with violations, 4 unreadable');
    expect(r.stderr).toMatch(/invalid_change_order {2}3/);
  });

  it('reads a JSON array and a pretty-printed object, with the line each CCO starts on', async () => {
    const array = await run(check, JSON.stringify([cco({ id: 'a' }), cco({ id: 'b' })], null, 2));
    const linesOfOne = JSON.stringify(cco(), null, 2).split('\n').length;
    expect(array.lines.map((l) => [l.line, l.id])).toEqual([
      [2, 'a'],
      [2 + linesOfOne, 'b'],
    ]);
    const object = await run(check, JSON.stringify(cco({ id: 'o' }), null, 2));
    expect(object.lines).toEqual([{ line: 1, id: 'o', ok: true, violations: [] }]);
  });

  it('honours --format', async () => {
    const pretty = JSON.stringify(cco({ id: 'p' }), null, 2);
    const lines = pretty.split('\n').length;
    const asLines = await run([...check, '--format', 'ndjson'], pretty);
    expect(asLines.code).toBe(EXIT.error);
    expect(asLines.lines).toHaveLength(lines);
    expect(asLines.lines.every((l) => (l.error as { code: string }).code === 'invalid_json')).toBe(true);
    const asJson = await run([...check, '--format', 'json'], pretty);
    expect(asJson.lines).toEqual([{ line: 1, id: 'p', ok: true, violations: [] }]);
    // JSON values one after another: NDJSON is read the same way.
    const twoLines = ndjson([cco({ id: 'a' }), cco({ id: 'b' })]);
    expect((await run([...check, '--format', 'json'], twoLines)).lines.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('reads files, several at once with their names, and "-" for stdin', async () => {
    const a = tempFile('a.ndjson', ndjson([cco({ id: 'a1' }), cco({ id: 'a2' })]));
    const b = tempFile('b.json', JSON.stringify([cco({ id: 'b1' })]));
    const one = await run([...check, a]);
    expect(one.lines.map((l) => [l.file, l.line, l.id])).toEqual([
      [undefined, 1, 'a1'],
      [undefined, 2, 'a2'],
    ]);
    const many = await run([...check, a, '-', b], ndjson([cco({ id: 's1' })]));
    expect(many.lines.map((l) => [l.file, l.line, l.id])).toEqual([
      [a, 1, 'a1'],
      [a, 2, 'a2'],
      ['-', 1, 's1'],
      [b, 1, 'b1'],
    ]);
  });

  it('reports a file it cannot read, goes on, and exits 2', async () => {
    const a = tempFile('a.ndjson', ndjson([cco({ id: 'a1' })]));
    const missing = join(tempDir(), 'missing.ndjson');
    const r = await run([...check, missing, a]);
    expect(r.code).toBe(EXIT.error);
    expect(r.lines[0]).toEqual({
      file: missing,
      ok: false,
      error: { code: 'unreadable_input', message: expect.stringMatching(/^Cannot read .*ENOENT/) },
    });
    expect(r.lines[1]).toMatchObject({ file: a, id: 'a1', ok: true });
    expect(r.stderr).toMatch(/unreadable_input {2}1/);
  });

  it('reads the examples', async () => {
    const files = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(EXAMPLES, f));
    const r = await run([...check, ...files]);
    expect(r.code).toBe(EXIT.error); // 07 sends its amount as a JSON number, on purpose
    expect(
      r.lines.map((l) =>
        l.ok ? 'ok' : ((l.violations as { code: string }[] | undefined)?.[0]?.code ?? 'unreadable'),
      ),
    ).toEqual([
      'ok',
      'ok',
      'title_too_long',
      'ok',
      'ok',
      'vendor_not_linked',
      'unreadable',
      'line_not_erp_coded',
    ]);
  });

  it('writes any id as JSON', async () => {
    const ids = ['plain-id_1', 'quote " and \\ backslash', 'é👷', 'x'.repeat(40), 'tab\t'];
    const r = await run(check, ndjson(ids.map((id) => cco({ id }))));
    expect(r.lines.map((l) => l.id)).toEqual(ids);
  });

  it('handles an empty input', async () => {
    const r = await run(check, '');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('0 CCOs read');
  });
});

describe('map', () => {
  it('writes the export of each sendable CCO and check-like results for the others', async () => {
    const two = cco({
      id: 'm',
      lineItems: [
        ...(cco().lineItems as object[]),
        { ...(cco().lineItems as object[])[0], id: '12', amount: '-0.5' },
      ],
    });
    const r = await run(
      map,
      ndjson([two, cco({ id: 'v', contractCompany: { id: '1', name: 'X' }, status: 'void' })]),
    );
    expect(r.code).toBe(EXIT.violations);
    expect(r.lines[0]).toMatchObject({
      line: 1,
      id: 'm',
      ok: true,
      export: {
        commitmentId: 'SC-001',
        date: '2024-03-09',
        total: '1250.00',
        lines: [{ amount: '1250.00' }],
        notices: [{ code: 'lines_aggregated', lineItemIds: ['11', '12'] }],
      },
    });
    expect(r.lines[1]).toMatchObject({
      line: 2,
      id: 'v',
      ok: false,
      violations: [{ code: 'vendor_not_linked' }],
    });
    const all = await run(
      [...map, '--all'],
      ndjson([cco({ id: 'v', contractCompany: { id: '1', name: 'X' }, status: 'void' })]),
    );
    expect((all.lines[0]!.violations as { code: string }[]).map((v) => v.code)).toEqual([
      'vendor_not_linked',
      'not_approved',
    ]);
    expect(r.stderr).toContain('cco-erp map: 2 CCOs read, 1 mapped, 1 with violations, 0 unreadable');
  });

  it('maps a CCO that waits for acceptance (gate rules decide who sends, not what is exported)', async () => {
    const pending = cco({ erpStatus: 'pending_acceptance' });
    expect((await run(check, ndjson([pending]))).code).toBe(EXIT.violations);
    expect((await run(map, ndjson([pending]))).code).toBe(EXIT.ok);
  });

  it('writes to --output', async () => {
    const out = join(tempDir(), 'out.ndjson');
    const r = await run([...map, '--output', out], ndjson([cco()]));
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(parseLines(readFileSync(out, 'utf8'))).toEqual([
      expect.objectContaining({ id: '9001', ok: true }),
    ]);
  });
});

describe('usage errors exit 2 and say why', () => {
  it.each([
    [['check'], /Missing --context FILE/],
    [['check', '--context', '/nonexistent/ctx.json'], /cannot read the context \/nonexistent\/ctx\.json/],
    [['check', '--context', 'BAD_JSON'], /is not valid JSON/],
    [
      ['check', '--context', 'BAD_CONTEXT'],
      /not a valid export context:\n {2}project\.timeZone: Unknown time zone/,
    ],
    [['check', '--context', CONTEXT, '--from', 'csv'], /Unknown --from "csv"/],
    [['check', '--context', CONTEXT, '--profile-metadata', 'META'], /the profile metadata is not usable/],
    [
      ['check', '--context', CONTEXT, '--profile-metadata', '/nonexistent/m.json'],
      /cannot read the profile metadata/,
    ],
    [
      ['check', '--context', CONTEXT, '--output', '/nonexistent/dir/out.ndjson'],
      /cannot write \/nonexistent/,
    ],
    [['check', '--context', CONTEXT, '--bogus'], /bogus/],
  ])('%j', async (argv, reason) => {
    const files: Record<string, string> = {
      BAD_JSON: tempFile('bad.json', '{ nope'),
      BAD_CONTEXT: tempFile(
        'ctx.json',
        JSON.stringify({
          ...JSON.parse(readFileSync(CONTEXT, 'utf8')),
          project: { erpSynced: true, timeZone: 'Mars/Olympus' },
        }),
      ),
      META: tempFile('meta.json', '{}'),
    };
    const r = await run(
      argv.map((a) => files[a] ?? a),
      ndjson([cco()]),
    );
    expect(r.code).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toContain('cco-erp --help');
  });

  it('takes --profile sage300Cre and a BOM in the context', async () => {
    const ctx = tempFile('ctx.json', `\uFEFF${readFileSync(CONTEXT, 'utf8')}`);
    const r = await run(['check', '--context', ctx, '--profile', 'sage-300-cre'], `\uFEFF${ndjson([cco()])}`);
    expect(r.code).toBe(EXIT.ok);
    expect(r.lines).toHaveLength(1);
  });

  it('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Usage: cco-erp <check|map>');
    expect((await run(['--version'])).stdout).toBe('9.9.9\n');
  });
});

describe('streaming', () => {
  it('honours backpressure: reading waits for a slow consumer, and order is kept', async () => {
    const total = 400;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < total; i += 10) {
          produced += 10;
          maxAhead = Math.max(maxAhead, produced - written);
          yield Buffer.from(ndjson(Array.from({ length: 10 }, (_, k) => cco({ id: String(i + k) }))));
        }
      })(),
      { objectMode: false, highWaterMark: 1 },
    );
    let text = '';
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        written = text.split('\n').length - 1;
        setTimeout(done, 2);
      },
    });
    const r = await run(['check', '--context', CONTEXT], input, { stdout: slow });
    expect(r.code).toBe(EXIT.ok);
    expect(parseLines(text).map((l) => l.id)).toEqual(Array.from({ length: total }, (_, i) => String(i)));
    // Without backpressure the whole input would be read before the consumer took 10 lines.
    expect(maxAhead).toBeLessThanOrEqual(60);
  });

  it('stops with exit 2 when the output fails', async () => {
    const broken = new Writable({
      write(_chunk, _enc, done) {
        done(new Error('EPIPE'));
      },
    });
    const r = await run(check, ndjson([cco(), cco()]), { stdout: broken });
    expect(r.code).toBe(EXIT.error);
    expect(r.stderr).toMatch(/cannot write the results: EPIPE/);
  });

  it('reports an input stream that fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from(ndjson([cco({ id: 'a' })])));
        this.destroy(new Error('disk on fire'));
      },
    });
    const r = await run(check, failing);
    expect(r.code).toBe(EXIT.error);
    expect(r.lines.at(-1)).toMatchObject({ file: '-', error: { code: 'unreadable_input' } });
  });
});

describe('framing, end to end', () => {
  const ids = (lines: Record<string, unknown>[]) =>
    lines.map((l) => l.id ?? (l.error as { code: string }).code);

  it('gives every NDJSON line one result, in order, whatever the first lines hold', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => cco({ id: String(i) }));
    const r = await run(check, `garbage\n{"broken\n${ndjson(many)}`);
    expect(r.lines).toHaveLength(20_002);
    expect(r.lines.map((l) => l.line)).toEqual(Array.from({ length: 20_002 }, (_, i) => i + 1));
    expect(ids(r.lines.slice(0, 3))).toEqual(['invalid_json', 'invalid_json', '0']);
    expect(r.stderr).toMatch(
      /^cco-erp check: 20002 CCOs read, 20000 may be sent, 0 with violations, 2 unreadable\n/,
    );
  });

  it('reads a first line [1,2] or [] followed by CCOs as NDJSON, and a lone one-line array as an array', async () => {
    for (const first of ['[1,2]', '[]']) {
      const r = await run(check, `${first}\n${ndjson([cco({ id: 'a' }), cco({ id: 'b' })])}`);
      expect(ids(r.lines)).toEqual(['invalid_change_order', 'a', 'b']);
    }
    const array = await run(check, JSON.stringify([cco({ id: 'a' }), cco({ id: 'b' })]));
    expect(ids(array.lines)).toEqual(['a', 'b']);
  });

  it('reads pretty-printed objects one after another (cat a.json b.json), one result each', async () => {
    const files = ['a', 'b', 'c'].map((id) => JSON.stringify(cco({ id }), null, 2));
    const r = await run(check, files.join('\n'));
    const height = files[0]!.split('\n').length;
    expect(r.lines.map((l) => [l.line, l.id])).toEqual([
      [1, 'a'],
      [1 + height, 'b'],
      [1 + 2 * height, 'c'],
    ]);
  });
});

describe('messages', () => {
  it('say "1 CCO", not "1 CCOs"', async () => {
    const r = await run(check, ndjson([cco()]));
    expect(r.stderr).toBe('cco-erp check: 1 CCO read, 1 may be sent, 0 with violations, 0 unreadable\n');
  });

  it('bound the id a result echoes, never splitting a character', async () => {
    // The 200th character is inside a grapheme of 5 code points: the cut goes before it, not inside.
    const huge = `${'x'.repeat(ID_LIMIT - 1)}${'👷🏽‍♀️'.repeat(10)}${'y'.repeat(5_000_000)}`;
    const valid = await run(check, ndjson([cco({ id: huge })]));
    const invalid = await run(check, ndjson([{ id: huge }]));
    for (const r of [valid, invalid]) {
      expect(r.stdout.length).toBeLessThan(20_000);
      expect(r.lines[0]!.id).toBe(`${'x'.repeat(ID_LIMIT - 1)}…`);
    }
  });
});

describe('progress', () => {
  const ESC = String.fromCharCode(27);

  /** Runs check on a stream fed by `steps`, with fake interval timers and the clock at `t`. */
  async function watch(io: { stderrIsTTY: boolean; env?: Record<string, string> }, argv = check) {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let t = 0;
      const input = new PassThrough();
      const stderr = new Collect();
      const stdout = new Collect();
      const done = run(argv, input, { ...io, stderr, stdout, now: () => t });
      /** Lets the run go on (real I/O, not the faked timers) until it wrote `n` results. */
      const results = async (n: number) => {
        while (stdout.text.split('\n').length <= n) await new Promise((resolve) => setImmediate(resolve));
      };
      const frames: string[] = [];
      input.write(ndjson([cco({ id: 'a' }), cco({ id: 'b', status: 'draft' })]));
      await results(2);
      t = 1500;
      vi.advanceTimersByTime(100);
      frames.push(stderr.text);
      vi.advanceTimersByTime(50);
      frames.push(stderr.text);
      input.write(ndjson([cco({ id: 'c' })]));
      await results(3);
      t = 61_000;
      vi.advanceTimersByTime(50);
      frames.push(stderr.text);
      input.end();
      const r = await done;
      return { frames, stderr: stderr.text, code: r.code };
    } finally {
      vi.useRealTimers();
    }
  }

  it('redraws one line on a terminal at most every 100 ms, and clears it before the summary', async () => {
    const { frames, stderr } = await watch({ stderrIsTTY: true });
    const first = `\rcco-erp: 2 CCOs read, 1 refused, 1/s, 0:01 elapsed${ESC}[K`;
    expect(frames).toEqual([
      first,
      first,
      `${first}\rcco-erp: 3 CCOs read, 1 refused, 0/s, 1:01 elapsed${ESC}[K`,
    ]);
    expect(stderr).toBe(
      `${frames[2]}\r${ESC}[Kcco-erp check: 3 CCOs read, 2 may be sent, 1 with violations, 0 unreadable\n  not_approved  1\n`,
    );
  });

  it.each([
    ['on a pipe', { stderrIsTTY: false }, check],
    ['in CI', { stderrIsTTY: true, env: { CI: 'true' } }, check],
    ['with --quiet', { stderrIsTTY: true }, [...check, '--quiet']],
  ])('draws nothing %s, and writes the summary', async (_, io, argv) => {
    const { frames, stderr } = await watch(io, argv);
    expect(frames).toEqual(['', '', '']);
    expect(stderr).toMatch(/^cco-erp check: 3 CCOs read/);
  });
});

describe('readers and profiles from the other issues', () => {
  /** Procore's example event, its SOV line synced (the example's has no `origin_id`). */
  const event = () => {
    const e = JSON.parse(
      readFileSync(join(EXAMPLES, '..', 'procore', 'create_commitment_change_order.json'), 'utf8'),
    );
    e.request_data.commitment_items[0].origin_id = 'SOV-177';
    return e;
  };

  it('--from procore-event reads Procore ERP events and maps them', async () => {
    const r = await run(
      ['map', '--context', CONTEXT, '--from', 'procore-event'],
      ndjson([event(), { request_data: {} }]),
    );
    const [first, second] = parseLines(r.stdout);
    expect(first).toMatchObject({ line: 1, ok: true, export: { changeOrderId: 'cco-1', total: '199.75' } });
    expect(second).toMatchObject({
      line: 2,
      ok: false,
      error: {
        code: 'invalid_change_order',
        issues: [{ code: 'missing', path: ['request_data', 'change_order'] }, {}],
      },
    });
    expect(r.code).toBe(EXIT.error);
  });

  it('--profile viewpointVista applies Vista limits and maps with the one export', async () => {
    const long = cco({ title: 'A title of forty characters, all in all.' });
    const sage = await run(['check', '--context', CONTEXT], ndjson([long]));
    expect(parseLines(sage.stdout)[0]).toMatchObject({ ok: false, violations: [{ code: 'title_too_long' }] });
    const vista = await run(['map', '--context', CONTEXT, '--profile', 'viewpointVista'], ndjson([long]));
    expect(parseLines(vista.stdout)[0]).toMatchObject({ ok: true, export: { title: long.title } });
    expect(vista.code).toBe(EXIT.ok);
  });

  it('--profile-metadata reads Procore ERP metadata with its // comments', async () => {
    // Procore's example as strict JSON, with a comment added on top.
    const metadata = tempFile(
      'metadata.jsonc',
      `// Sage 300 CRE connector\n${JSON.stringify(readMetadataExample(), null, 2)}`,
    );
    const r = await run(
      ['check', '--context', CONTEXT, '--profile-metadata', metadata],
      ndjson([cco({ title: 'x'.repeat(31) })]),
    );
    expect(parseLines(r.stdout)[0]).toMatchObject({ ok: false, violations: [{ code: 'title_too_long' }] });
    expect(r.code).toBe(EXIT.violations);
  });

  it('map writes one export whatever the profile: equal data, equal output (never chosen by object identity)', async () => {
    const metadataJson = readMetadataExample();
    const metadata = tempFile('metadata.json', JSON.stringify(metadataJson));
    const loaded = profileFromProcoreMetadata(metadataJson);
    if (!loaded.ok) throw new Error('the metadata example must load');
    const cos = [cco(), cco({ id: 'x', title: 'x'.repeat(31) })];
    const context = parseExportContext(JSON.parse(readFileSync(CONTEXT, 'utf8')));
    if (!context.ok) throw new Error('the example context must parse');
    // The library, with copies of the profiles: the CLI must say the same, line for line.
    const expected = (profile: ErpProfile) =>
      cos.map((raw) => {
        const co = parseChangeOrder(raw);
        if (!co.ok) throw new Error('the example CCO must parse');
        const r = exportChangeOrder(co.value, context.value, { profile: structuredClone(profile) });
        return r.ok
          ? r.value
          : r.error.slice(0, 1).map(({ code, message, path }) => ({ code, message, path }));
      });
    const actual = (lines: Record<string, unknown>[]) => lines.map((l) => l.export ?? l.violations);
    const fromMetadata = await run(
      ['map', '--context', CONTEXT, '--profile-metadata', metadata],
      ndjson(cos),
    );
    expect(actual(fromMetadata.lines)).toEqual(expected(loaded.value));
    const builtIn = await run(['map', '--context', CONTEXT, '--profile', 'sage300Cre'], ndjson(cos));
    expect(actual(builtIn.lines)).toEqual(expected(sage300Cre));
  });
});
