// One CCO's failure is that CCO's result: the library is made to throw for one id, in each of the
// calls the command makes (reading, the rules, the mappers), and the run goes on with the next.
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/run.js';
import { CONTEXT, cco, ndjson, run } from './helpers.js';

/** The id that makes the mocked library throw, and what it throws. */
const BOOM = 'boom';
const throws = vi.hoisted(() => ({ what: new Error('kaboom') as unknown }));

function trap<A extends unknown[], R>(real: (...args: A) => R, id: (...args: A) => unknown) {
  return (...args: A): R => {
    if (id(...args) === 'boom') throw throws.what;
    return real(...args);
  };
}

vi.mock('../../src/parse.js', async (original) => {
  const real = await original<typeof import('../../src/parse.js')>();
  return {
    ...real,
    parseChangeOrder: trap(real.parseChangeOrder, (input) => (input as { title?: unknown }).title),
  };
});
vi.mock('../../src/rules/validate.js', async (original) => {
  const real = await original<typeof import('../../src/rules/validate.js')>();
  return {
    ...real,
    validate: trap(real.validate, (co) => co.id),
    validateAll: trap(real.validateAll, (co) => co.id),
  };
});
// The command checks and exports through one BatchChecker per run (for duplicate_erp_id).
vi.mock('../../src/rules/validateBatch.js', async (original) => {
  const real = await original<typeof import('../../src/rules/validateBatch.js')>();
  class BatchChecker extends real.BatchChecker {
    override check = trap(super.check.bind(this), (co) => co.id);
    override export = trap(super.export.bind(this), (co) => co.id);
  }
  return { ...real, BatchChecker };
});
vi.mock('../../src/export/exportChangeOrder.js', async (original) => {
  const real = await original<typeof import('../../src/export/exportChangeOrder.js')>();
  return { ...real, exportChangeOrder: trap(real.exportChangeOrder, (co) => co.id) };
});

const input = (poisoned: Record<string, unknown>) =>
  ndjson([cco({ id: 'a' }), poisoned, cco({ id: 'c', status: 'draft' }), cco({ id: 'd' })]);

describe('an exception while handling one CCO', () => {
  it.each([
    ['the reader', ['check'], { id: 'b', title: BOOM }],
    ['the first-rule check', ['check'], { id: BOOM }],
    ['the every-rule check', ['check', '--all'], { id: BOOM }],
    ['the export (Sage 300 CRE)', ['map'], { id: BOOM }],
    ['the export under another profile', ['map', '--profile', 'viewpointVista'], { id: BOOM }],
  ])('in %s is that CCO’s internal_error result, and the run goes on', async (_, command, patch) => {
    const r = await run([...command, '--context', CONTEXT], input(cco(patch)));
    expect(r.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(r.lines[1]).toEqual({
      line: 2,
      id: patch.id,
      ok: false,
      error: {
        code: 'internal_error',
        message:
          'Line 2 could not be processed: Error: kaboom. This is a defect of cco-erp (please report it); the other CCOs are not affected.',
      },
    });
    expect(r.code).toBe(EXIT.error);
    expect(r.stderr).toMatch(
      /^cco-erp \w+: 4 CCOs read, 2 \w+( \w+)*, 1 with violations, 0 unreadable, 1 with an internal error\n/,
    );
    expect(r.stderr).toMatch(/\n {2}internal_error {2,}1\n/);
  });

  it('is described whatever was thrown: an object without a prototype, a throwing toString', async () => {
    throws.what = Object.create(null);
    const bare = await run(['check', '--context', CONTEXT], input(cco({ id: BOOM })));
    throws.what = {
      toString() {
        throw new Error('no');
      },
    };
    const hostile = await run(['check', '--context', CONTEXT], input(cco({ id: BOOM })));
    throws.what = new Error('kaboom');
    for (const r of [bare, hostile]) {
      expect(r.lines).toHaveLength(4);
      expect(r.lines[1]).toMatchObject({
        error: { code: 'internal_error', message: expect.stringContaining('an error that cannot be shown') },
      });
    }
  });
});
