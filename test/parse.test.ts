import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder, parseExportContext } from '../src/parse.js';
import { changeOrderArb, exportContextArb } from '../src/testing/arbitraries.js';
import { sendingContext } from './fixtures.js';

const valid = {
  id: '1',
  number: '7',
  title: 'Rebar',
  description: '',
  status: 'Not Pricing',
  createdAt: '2024-03-10T07:30:00Z',
  commitment: { id: '2' },
  contractCompany: { id: '3', name: 'Acme' },
  lineItems: [{ id: '11', commitmentLineItemId: 'A', description: '', amount: '233.0' }],
};

describe('parseChangeOrder', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        const r = parseChangeOrder(input);
        expect(typeof r.ok).toBe('boolean');
        const c = parseExportContext(input);
        expect(typeof c.ok).toBe('boolean');
      }),
    );
  });

  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(changeOrderArb(), (co) => {
        expect(parseChangeOrder(JSON.parse(JSON.stringify(co)))).toEqual({ ok: true, value: co });
      }),
    );
    fc.assert(
      fc.property(exportContextArb(), (ctx) => {
        expect(parseExportContext(JSON.parse(JSON.stringify(ctx)))).toEqual({ ok: true, value: ctx });
      }),
    );
  });

  it('normalises the status and defaults erpStatus', () => {
    const r = parseChangeOrder(valid);
    expect(r.ok && [r.value.status, r.value.erpStatus]).toEqual(['not_pricing', 'not_sent']);
  });

  it('says what is wrong, where', () => {
    const r = parseChangeOrder({
      ...valid,
      id: '',
      title: 5,
      status: 'Done',
      createdAt: '2024-03-10',
      commitment: null,
      lineItems: [{ ...valid.lineItems[0], amount: 12.5 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.map((i) => [i.path.join('.'), [i.code, i.message]]));
    expect(byPath).toMatchObject({
      id: ['too_small', 'id must not be empty.'],
      title: ['invalid_type', 'title must be a string, not a number.'],
      status: ['invalid_value', expect.stringMatching(/^status must be one of "draft", .*; got "done"\.$/)],
      createdAt: ['invalid_instant', expect.stringMatching(/ISO-8601 instant with a zone/)],
      commitment: ['invalid_type', 'commitment must be an object, not null.'],
      'lineItems.0.amount': ['invalid_amount', expect.stringMatching(/JSON number 12\.5/)],
    });
    const missing = parseChangeOrder({});
    expect(!missing.ok && missing.error[0]).toEqual({
      code: 'missing',
      path: ['id'],
      message: 'id is required (a string).',
    });
    const root = parseChangeOrder([]);
    expect(!root.ok && root.error[0]!.message).toBe('The input must be an object, not an array.');
    const long = parseChangeOrder({ ...valid, status: 'x'.repeat(100) });
    expect(!long.ok && long.error[0]!.message).toMatch(/got "x{60}…"\./);
    const notString = parseChangeOrder({ ...valid, erpStatus: 3 });
    expect(!notString.ok && notString.error[0]!.message).toMatch(/got a number\./);
  });

  it('survives hostile input', () => {
    const hostile = {
      ...valid,
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(parseChangeOrder(hostile)).toEqual({
      ok: false,
      error: [{ code: 'unreadable_input', path: [], message: 'The input could not be read: Error: boom' }],
    });
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(parseChangeOrder({ ...valid, lineItems: deep }).ok).toBe(false);
    expect(parseChangeOrder(JSON.parse(`{"__proto__": {"id": "1"}, "id": "x"}`)).ok).toBe(false);
  });
});

describe('parseExportContext', () => {
  it('rejects an unknown time zone', () => {
    const r = parseExportContext({
      ...sendingContext,
      project: { erpSynced: true, timeZone: 'Mars/Olympus' },
    });
    expect(r).toEqual({
      ok: false,
      error: [
        {
          code: 'invalid_time_zone',
          path: ['project', 'timeZone'],
          message: 'Unknown time zone "Mars/Olympus"; use an IANA name such as "America/Los_Angeles".',
        },
      ],
    });
  });
});
